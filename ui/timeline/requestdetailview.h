// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/timeline/timelinemodel.h"

#include <QWidget>

class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace Hb::Ui {

// One request of the timeline in detail: its phases in order (outcome, time, note) and, for
// the selected phase, what it changed in the request (a diff of the request before and
// after it), the lines the plugin logged, the session-cache decisions, the error with its
// place in the user's code and, for a coprocess hook, the Object it was sent and returned.
// A second tab shows the request's analytics record, before and after the analytics plugin.
class RequestDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit RequestDetailView(QWidget *parent = nullptr);

    // Shows request `id`; the tab the user picked stays picked.
    void showRequest(quint64 id, const QList<PhaseDetail> &phases,
                     const std::optional<AnalyticsDetail> &analytics = std::nullopt);
    // Replaces the shown request's analytics record (it may come after the request finished)
    // without touching the phase the user picked.
    void showAnalytics(const std::optional<AnalyticsDetail> &analytics);
    void clear();
    // The selected phase's text and the Analytics tab's text, for tests.
    QString phaseText() const;
    QString analyticsText() const;

private:
    void showPhase(int index);
    // The coprocess Objects of a hook phase as read-only JSON blocks; empty for other phases.
    QString objectsHtml(const PhaseDetail &p) const;
    // The record, and when the plugin changed it, what it changed and the record it left.
    QString analyticsHtml(const AnalyticsDetail &a) const;

    QTabWidget *m_tabs;
    QTreeWidget *m_phases;
    QTextBrowser *m_text;
    QTextBrowser *m_analytics;
    QList<PhaseDetail> m_details;
    quint64 m_id = 0;
};

} // namespace Hb::Ui
