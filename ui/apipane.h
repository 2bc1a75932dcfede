// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;
class QsciScintilla;

namespace Hb::Ui {

class ApiListModel;

// The loaded API definitions and, below, the selected one's JSON (read-only for now).
class ApiPane : public QWidget
{
    Q_OBJECT
public:
    explicit ApiPane(ApiListModel *model, QWidget *parent = nullptr);

    // The read-only JSON view of the selected definition.
    QWidget *definitionView() const;

Q_SIGNALS:
    // The user picked an API; the composer offers its listen path.
    void apiActivated(const QString &listenPath);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDefinition(int row);

    ApiListModel *m_model;
    QTableView *m_table;
    QsciScintilla *m_editor;
};

} // namespace Hb::Ui
