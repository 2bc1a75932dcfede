// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/api/diagnostic.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Hb::Engine {

// What Tyk does when several API definitions share a listen path (gateway/api_loader.go,
// countApisByListenHash and the loop in processSpec): each of them, unless it was already
// loaded with that listen path before this (re)load, is moved to "<path>-<api_id>" (then
// "_" is appended while that is taken too), and Tyk logs "Listen path collision, changed
// to ...". So on a first load none of them serves the shared path. Each move is reported
// as a warning naming both files.
class ListenPathCollisions
{
public:
    // `previous` maps the api_id of each API served before this load to its listen path.
    static Api::Diagnostics resolve(QList<Api::ApiDefinition> &apis,
                                    const QHash<QString, QString> &previous);
};

} // namespace Hb::Engine
