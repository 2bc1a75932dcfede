// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/history/replaycomparison.h"

#include <QJsonDocument>
#include <QMap>

namespace Hb::Ui {

namespace {
// Name (lower case) -> values joined, so repeated headers compare as one.
QMap<QString, std::pair<QString, QString>> headerMap(const Http::HeaderList &headers)
{
    QMap<QString, std::pair<QString, QString>> out;
    for (const auto &[name, value] : headers.fields()) {
        const QString key = QString::fromUtf8(name).toLower();
        auto &slot = out[key];
        if (slot.first.isEmpty())
            slot.first = QString::fromUtf8(name);
        else
            slot.second += QStringLiteral(", ");
        slot.second += QString::fromUtf8(value);
    }
    return out;
}

QStringList phaseLines(const QList<HistoryPhase> &phases)
{
    QStringList out;
    for (const HistoryPhase &p : phases)
        out.append(p.name + u' ' + p.outcome);
    return out;
}
} // namespace

ReplayComparison::ReplayComparison(const HistoryEntry &recorded, const HistoryEntry &replayed)
    : m_recordedStatus(recorded.response.status)
    , m_replayedStatus(replayed.response.status)
{
    const auto before = headerMap(recorded.response.headers);
    const auto after = headerMap(replayed.response.headers);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (isVolatileHeader(it.key()))
            continue;
        const auto other = after.constFind(it.key());
        if (other == after.cend())
            m_headers.append({HeaderChange::Kind::Removed, it->first, it->second, {}});
        else if (other->second != it->second)
            m_headers.append({HeaderChange::Kind::Changed, it->first, it->second, other->second});
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!isVolatileHeader(it.key()) && !before.contains(it.key()))
            m_headers.append({HeaderChange::Kind::Added, it->first, {}, it->second});
    }
    m_body =
        LineDiff::compare(bodyLines(recorded.response.body), bodyLines(replayed.response.body));
    m_phases = LineDiff::compare(phaseLines(recorded.phases), phaseLines(replayed.phases));
}

QString ReplayComparison::summary() const
{
    if (same())
        return tr("same");
    QStringList parts;
    if (statusChanged())
        parts.append(tr("status %1 → %2").arg(m_recordedStatus).arg(m_replayedStatus));
    if (!m_headers.isEmpty())
        parts.append(tr("headers"));
    if (bodyChanged())
        parts.append(tr("body"));
    if (phasesChanged())
        parts.append(tr("phases"));
    return tr("differs: %1").arg(parts.join(QStringLiteral(", ")));
}

QStringList ReplayComparison::bodyLines(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    const QString text = error.error == QJsonParseError::NoError
                             ? QString::fromUtf8(json.toJson(QJsonDocument::Indented))
                             : QString::fromUtf8(body);
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

bool ReplayComparison::isVolatileHeader(const QString &name)
{
    return name.compare(QLatin1String("Date"), Qt::CaseInsensitive) == 0;
}

} // namespace Hb::Ui
