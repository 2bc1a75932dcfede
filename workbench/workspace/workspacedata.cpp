// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/workspace/workspacedata.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hb::Ui {

namespace {
constexpr int FormatVersion = 1;

// QJsonParseError gives a byte offset; people look for a line and a column.
SourceLocation locationOf(const QByteArray &bytes, qsizetype offset)
{
    SourceLocation where;
    where.file = QStringLiteral(".hookbench");
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const QByteArrayView before(bytes.constData(), offset);
    where.line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    where.column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return where;
}
} // namespace

QByteArray WorkspaceData::serialize() const
{
    QJsonArray requests;
    for (const SavedRequest &r : savedRequests)
        requests.append(r.toJson());
    QJsonObject environmentObject;
    for (auto it = environments.cbegin(); it != environments.cend(); ++it) {
        QJsonObject variables;
        for (auto v = it->cbegin(); v != it->cend(); ++v)
            variables.insert(v.key(), v.value());
        environmentObject.insert(it.key(), variables);
    }
    QJsonArray entries;
    for (const HistoryEntry &e : history)
        entries.append(e.toJson());
    QJsonArray breakpointList;
    for (const SavedBreakpoint &b : breakpoints)
        breakpointList.append(b.toJson());
    const QJsonObject root{{QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("breakpoints"), breakpointList},
                           {QStringLiteral("savedRequests"), requests},
                           {QStringLiteral("environments"), environmentObject},
                           {QStringLiteral("activeEnvironment"), activeEnvironment},
                           {QStringLiteral("history"), entries}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<WorkspaceData> WorkspaceData::parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidInput, error.errorString(),
                         locationOf(bytes, error.offset));
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Hb::Ui::WorkspaceData",
                                                     "the top level is not a JSON object"),
                         locationOf(bytes, 0));
    const QJsonObject root = doc.object();
    WorkspaceData data;
    for (const QJsonValue &v : root.value(QStringLiteral("savedRequests")).toArray())
        data.savedRequests.append(SavedRequest::fromJson(v.toObject()));
    const QJsonObject environments = root.value(QStringLiteral("environments")).toObject();
    for (auto it = environments.begin(); it != environments.end(); ++it) {
        Variables variables;
        const QJsonObject o = it.value().toObject();
        for (auto v = o.begin(); v != o.end(); ++v)
            variables.insert(v.key(), v.value().toString());
        data.environments.insert(it.key(), variables);
    }
    data.activeEnvironment = root.value(QStringLiteral("activeEnvironment")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("history")).toArray()) {
        if (data.history.size() >= HistoryCapacity)
            break;
        data.history.append(HistoryEntry::fromJson(v.toObject()));
    }
    for (const QJsonValue &v : root.value(QStringLiteral("breakpoints")).toArray()) {
        const SavedBreakpoint saved = SavedBreakpoint::fromJson(v.toObject());
        if (!saved.breakpoint.phase.isEmpty())
            data.breakpoints.append(saved);
    }
    return data;
}

} // namespace Hb::Ui
