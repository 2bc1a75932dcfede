// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "workbench/history/historyentry.h"
#include "workbench/workspace/savedbreakpoint.h"
#include "workbench/workspace/savedrequest.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace Hb::Ui {

using Variables = QMap<QString, QString>;
using Environments = QMap<QString, Variables>; // environment name -> its variables

// What a workspace's `.hookbench` file holds: saved requests, environments, the debugger's
// breakpoints and the request history (newest first). A plain value; WorkspaceFile reads and
// writes it.
struct WorkspaceData
{
    static constexpr int HistoryCapacity = 1000;

    QList<SavedRequest> savedRequests;
    Environments environments;
    QString activeEnvironment; // empty: none
    QList<HistoryEntry> history;
    QList<SavedBreakpoint> breakpoints;

    // Pretty-printed JSON; QJsonObject keeps keys sorted, so the file diffs well.
    QByteArray serialize() const;
    // Reads the file's bytes. Malformed JSON is an error with the line and column.
    static Result<WorkspaceData> parse(const QByteArray &bytes);
    bool operator==(const WorkspaceData &other) const = default;
};

} // namespace Hb::Ui
