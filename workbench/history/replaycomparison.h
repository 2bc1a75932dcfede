// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/history/historyentry.h"
#include "workbench/history/linediff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Hb::Ui {

// What changed between a recorded request's outcome and the same request replayed: status,
// response headers (added, removed, changed), body lines (JSON bodies are compared
// pretty-printed, so a changed field is one line) and the phases' outcomes. No widgets.
class ReplayComparison
{
    Q_DECLARE_TR_FUNCTIONS(Hb::Ui::ReplayComparison)
public:
    struct HeaderChange
    {
        enum class Kind { Added, Removed, Changed };
        Kind kind = Kind::Changed;
        QString name;
        QString recorded; // empty when added
        QString replayed; // empty when removed
    };

    ReplayComparison() = default;
    ReplayComparison(const HistoryEntry &recorded, const HistoryEntry &replayed);

    bool same() const
    {
        return !statusChanged() && m_headers.isEmpty() && !bodyChanged() && !phasesChanged();
    }
    bool statusChanged() const { return m_recordedStatus != m_replayedStatus; }
    bool bodyChanged() const { return LineDiff::hasChanges(m_body); }
    bool phasesChanged() const { return LineDiff::hasChanges(m_phases); }
    int recordedStatus() const { return m_recordedStatus; }
    int replayedStatus() const { return m_replayedStatus; }
    const QList<HeaderChange> &headerChanges() const { return m_headers; }
    const QList<LineDiff::Line> &bodyDiff() const { return m_body; }
    // "name outcome" per phase (durations left out: they always differ).
    const QList<LineDiff::Line> &phaseDiff() const { return m_phases; }
    // One line for a list: "same", or what differs.
    QString summary() const;

    // Body text as compared: JSON pretty-printed, anything else as UTF-8 text.
    static QStringList bodyLines(const QByteArray &body);
    // Headers whose value is expected to change from run to run; they are not compared.
    static bool isVolatileHeader(const QString &name);

private:
    int m_recordedStatus = 0;
    int m_replayedStatus = 0;
    QList<HeaderChange> m_headers;
    QList<LineDiff::Line> m_body;
    QList<LineDiff::Line> m_phases;
};

} // namespace Hb::Ui
