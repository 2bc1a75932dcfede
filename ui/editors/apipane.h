// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/diagnostic.h"
#include "workbench/models/apiformmapping.h"
#include "ui/editors/editorbuffers.h"

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
class UnsavedBufferStore;

// The loaded API definitions and, below, the selected one as a form and as JSON text. Both
// edit one document (ApiFormMapping): the form changes only the keys it knows, the text is
// re-parsed on every edit. Save writes the file atomically and asks for a reload. Edits not
// saved stay with their file while another definition is shown and, with a store, are kept
// on disk until saved or reverted.
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
    QPushButton *revertButton() const { return m_revert; }
    QString currentFile() const { return m_file; }
    // 1-based lines carrying an error marker in the editor.
    QList<int> markedLines() const;

    // Writes the editor's text to the definition's file and asks for a reload; false when
    // there is nothing to save or the file cannot be written.
    bool save();
    // Reads the shown definition's file again; its unsaved edit and recovery copy go (the
    // editor can still undo the revert).
    bool revert();
    // Whether `file` has edits not saved.
    bool isModified(const QString &file) const { return m_buffers.isModified(file); }
    // Keeps recovery copies of unsaved edits in `store` (not owned; null: none).
    void setUnsavedBufferStore(UnsavedBufferStore *store) { m_buffers.setStore(store); }
    // Shows a recovered buffer as the unsaved edit of its definition; false when no listed
    // definition was read from that file.
    bool restoreUnsaved(const UnsavedBuffer &buffer);
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
    // Keeps the shown text as the file's unsaved buffer, or drops it when back to the file.
    void bufferChanged();
    void markProblems();

    ApiListModel *m_model;
    ApiFormMapping m_mapping;
    QTableView *m_table;
    QTabWidget *m_tabs;
    ApiFormWidget *m_form;
    QsciScintilla *m_editor;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
    QString m_file;
    bool m_syncing = false;
    int m_errorMarker = 0;
    EditorBuffers m_buffers;        // edits not yet saved, by file
    Api::Diagnostics m_diagnostics; // from the last reload
};

} // namespace Hb::Ui
