// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/logs/logentry.h"

#include <QWidget>

#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Hb::Ui {

class LogFilterModel;
class LogModel;

// The Logs pane: every line the workbench, the engine and the plugins wrote, newest at the
// bottom (followed while the view is scrolled to the end), with a level filter, a search
// field (Ctrl+F), Copy (Ctrl+C, the selected lines as text) and Clear.
class LogPane : public QWidget
{
    Q_OBJECT
public:
    explicit LogPane(QWidget *parent = nullptr);

    void append(LogEntry entry);
    void append(LogLevel level, const QString &source, const QString &text);
    // Every line kept, filtered or not, as LogModel::format writes them.
    QString toPlainText() const;

    QComboBox *levelFilter() const { return m_level; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    // "12 of 40 shown"
    QLabel *countLabel() const { return m_count; }

    // The first "FILE:LINE" in `text` whose FILE (an absolute path) exists; line 0 when none.
    static std::pair<QString, int> locationIn(const QString &text);

Q_SIGNALS:
    // A line naming a place in a file was double-clicked (or Enter pressed on it).
    void locationActivated(const QString &file, int line);

private:
    void copySelection();
    void updateCount();

    LogModel *m_model;
    LogFilterModel *m_filter;
    QComboBox *m_level;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_view;
};

} // namespace Hb::Ui
