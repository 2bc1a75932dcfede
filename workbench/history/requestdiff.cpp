// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/history/requestdiff.h"

#include "workbench/history/linediff.h"

#include <QCoreApplication>
#include <QMap>

namespace Hb::Ui {

namespace {
using Kind = RequestDiff::Change::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("Hb::Ui::RequestDiff", text);
}

// name (lower case) -> (name as written, values in order)
QMap<QByteArray, std::pair<QByteArray, QList<QByteArray>>> byName(const Http::HeaderList &headers)
{
    QMap<QByteArray, std::pair<QByteArray, QList<QByteArray>>> out;
    for (const auto &[name, value] : headers.fields()) {
        auto &entry = out[name.toLower()];
        if (entry.first.isEmpty())
            entry.first = name;
        entry.second.append(value);
    }
    return out;
}

QString joined(const QList<QByteArray> &values)
{
    QStringList out;
    for (const QByteArray &v : values)
        out << QString::fromUtf8(v);
    return out.join(QStringLiteral(", "));
}

bool isText(const QByteArray &body)
{
    return !body.contains('\0') && QString::fromUtf8(body).toUtf8() == body;
}
} // namespace

QList<RequestDiff::Change> RequestDiff::compare(const Http::HttpRequest &before,
                                                const Http::HttpRequest &after)
{
    QList<Change> changes;
    if (before.method != after.method)
        changes.append({Kind::Changed, tr("method: %1 → %2")
                                           .arg(QString::fromLatin1(before.method),
                                                QString::fromLatin1(after.method))});
    if (before.target != after.target)
        changes.append({Kind::Changed, tr("target: %1 → %2")
                                           .arg(QString::fromUtf8(before.target),
                                                QString::fromUtf8(after.target))});
    const auto old = byName(before.headers);
    const auto now = byName(after.headers);
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        const auto other = now.constFind(it.key());
        const QString name = QString::fromLatin1(it->first);
        if (other == now.cend())
            changes.append({Kind::Removed, name + u": " + joined(it->second)});
        else if (other->second != it->second)
            changes.append({Kind::Changed,
                            name + u": " + joined(it->second) + u" → " + joined(other->second)});
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!old.contains(it.key()))
            changes.append(
                {Kind::Added, QString::fromLatin1(it->first) + u": " + joined(it->second)});
    }
    if (before.body != after.body) {
        if (isText(before.body) && isText(after.body)) {
            changes.append({Kind::Note, tr("body:")});
            const auto lines = LineDiff::compare(QString::fromUtf8(before.body).split(u'\n'),
                                                 QString::fromUtf8(after.body).split(u'\n'));
            for (const LineDiff::Line &line : lines) {
                if (line.kind == LineDiff::Line::Kind::Added)
                    changes.append({Kind::Added, line.text});
                else if (line.kind == LineDiff::Line::Kind::Removed)
                    changes.append({Kind::Removed, line.text});
            }
        } else {
            changes.append(
                {Kind::Changed,
                 tr("body: %1 bytes → %2 bytes").arg(before.body.size()).arg(after.body.size())});
        }
    }
    return changes;
}

} // namespace Hb::Ui
