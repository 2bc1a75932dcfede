// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/breakpoint.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace Hb::Ui {

class RequestDetailView;
class TimelineFilterModel;
class TimelineModel;

// The hook timeline: a filter bar (text, API, status class, outcome), one row per request
// with its phases drawn as bars, and below it the selected request's phases and analytics
// record in detail.
// Follows the newest request while the view is scrolled to the bottom.
class TimelinePane : public QWidget
{
    Q_OBJECT
public:
    TimelinePane(TimelineModel *model, const QList<std::pair<QString, QString>> &apis,
                 QWidget *parent = nullptr);
    // (id, name) of the APIs the filter offers, after a reload; the chosen one stays chosen
    // while it exists.
    void setApiChoices(const QList<std::pair<QString, QString>> &apis);

    QTableView *view() const { return m_view; }
    TimelineFilterModel *filter() const { return m_filter; }
    RequestDetailView *detail() const { return m_detail; }
    // Shows request `id` in the detail view (selecting its row when the filters show it).
    void showRequest(quint64 id);
    // The breakpoint "Break Here" sets for the request in `row` of the view: before the phase
    // it ended in (the one that answered or failed, else its last), on its API, for requests
    // with its method and path as they were at that phase. Empty (no phase) while the request
    // is still running.
    Engine::Breakpoint breakpointFor(const QModelIndex &row) const;

Q_SIGNALS:
    // The row context menu's intents; the window finds the request in the history.
    void openInComposerRequested(quint64 requestId);
    void replayRequested(quint64 requestId);
    void copyAsCurlRequested(quint64 requestId);
    void breakHereRequested(const Hb::Engine::Breakpoint &breakpoint);

private:
    void showSelected();
    void showContextMenu(const QPoint &position);

    TimelineModel *m_model;
    TimelineFilterModel *m_filter;
    QLineEdit *m_text;
    QComboBox *m_api;
    QComboBox *m_status;
    QComboBox *m_outcome;
    QTableView *m_view;
    RequestDetailView *m_detail;
    quint64 m_shown = 0;
    int m_shownPhases = 0; // how many phases of m_shown the detail view shows
};

} // namespace Hb::Ui
