// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/diagnostic.h"
#include "ui/apiformmapping.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QsciScintilla;

namespace Hb::Ui {

class ApiFormWidget;
class ApiListModel;

// The loaded API definitions and, below, the selected one as a form and as JSON text. Both
// edit one document (ApiFormMapping): the form changes only the keys it knows, the text is
// re-parsed on every edit. Save writes the file atomically and asks for a reload.
class ApiPane : public QWidget
{
    Q_OBJECT
public:
    explicit ApiPane(ApiListModel *model, QWidget *parent = nullptr);

    // The JSON editor of the selected definition.
    QWidget *definitionView() const;
    QsciScintilla *editor() const { return m_editor; }
    ApiFormWidget *form() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveButton() const { return m_save; }
    QString currentFile() const { return m_file; }
    // 1-based lines carrying an error marker in the editor.
    QList<int> markedLines() const;

    // Writes the editor's text to the definition's file and asks for a reload; false when
    // there is nothing to save or the file cannot be written.
    bool save();
    // Marks the problems a reload found in the shown file at their line and column.
    void showDiagnostics(const QString &error, const Api::Diagnostics &diagnostics);

Q_SIGNALS:
    // The user picked an API; the composer offers its listen path.
    void apiActivated(const QString &listenPath);
    // A definition was saved: the engine should re-read its files.
    void reloadRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildEditor();
    void showDefinition(int row);
    void textEdited();
    void formEdited();
    void markProblems();

    ApiListModel *m_model;
    ApiFormMapping m_mapping;
    QTableView *m_table;
    QTabWidget *m_tabs;
    ApiFormWidget *m_form;
    QsciScintilla *m_editor;
    QPushButton *m_save;
    QLabel *m_status;
    QString m_file;
    bool m_syncing = false;
    int m_errorMarker = 0;
    QHash<QString, QString> m_unsaved;       // file -> edited text not yet saved
    Api::Diagnostics m_diagnostics;          // from the last reload
};

} // namespace Hb::Ui
