// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/timeline/timelinemodel.h"

#include <QWidget>

class QTextBrowser;
class QTreeWidget;

namespace Hb::Ui {

// One request of the timeline in detail: its phases in order (outcome, time, note) and, for
// the selected phase, what it changed in the request (a diff of the request before and
// after it), the lines the plugin logged, the session-cache decisions, the error with its
// place in the user's code and, for a coprocess hook, the Object it was sent and returned.
class RequestDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit RequestDetailView(QWidget *parent = nullptr);

    void showRequest(quint64 id, const QList<PhaseDetail> &phases);
    void clear();
    // The selected phase's text, for tests.
    QString phaseText() const;

private:
    void showPhase(int index);
    // The coprocess Objects of a hook phase as read-only JSON blocks; empty for other phases.
    QString objectsHtml(const PhaseDetail &p) const;

    QTreeWidget *m_phases;
    QTextBrowser *m_text;
    QList<PhaseDetail> m_details;
};

} // namespace Hb::Ui
