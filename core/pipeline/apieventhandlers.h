// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/api/diagnostic.h"
#include "core/pipeline/firedevent.h"

#include <QMap>
#include <QStringList>

#include <memory>

namespace Hb::Plugin {
class IPluginDriver;
}

namespace Hb::Pipeline {

class Exchange;

// One API's event_handlers, ready to run (Tyk: gateway/event_system.go, EventHandlerByName,
// and APISpec.FireEvent). Hookbench runs `cp_dynamic_handler` (the API's coprocess driver's
// DispatchEvent with the handler_meta's `name`; gRPC sends it, Python's dispatcher ignores it
// as Tyk's does) and `eh_log_handler` (a line in the trace); other handlers are reported when
// the API loads and skipped.
class ApiEventHandlers
{
public:
    // Null when the API has no handler Hookbench runs. `driver` is the driver named by the
    // API's custom_middleware.driver (may be null); problems go to `diagnostics`.
    static std::shared_ptr<const ApiEventHandlers> create(const Api::ApiDefinition &api,
                                                          Plugin::IPluginDriver *driver,
                                                          Api::Diagnostics &diagnostics);

    // Hands `event` to each handler of its type; one line per handler, for the trace.
    QStringList fire(const FiredEvent &event, const Exchange &exchange, qint64 nowNs) const;

private:
    struct Handler
    {
        QString kind; // handler_name
        QString name; // handler_meta.name (cp_dynamic_handler) or .prefix (eh_log_handler)
    };

    QMap<QString, QList<Handler>> m_handlers; // by event type
    Plugin::IPluginDriver *m_driver = nullptr;
    QString m_driverName;
    QString m_apiId;
    QString m_orgId;
};

} // namespace Hb::Pipeline
