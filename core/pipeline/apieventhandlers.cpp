// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/apieventhandlers.h"

#include "core/pipeline/eventmessage.h"
#include "core/pipeline/exchange.h"
#include "core/plugin/iplugindriver.h"

namespace Hb::Pipeline {

namespace {
QString metaString(const nlohmann::json &meta, const char *key)
{
    const auto it = meta.find(key);
    return it != meta.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                               : QString();
}
} // namespace

std::shared_ptr<const ApiEventHandlers> ApiEventHandlers::create(const Api::ApiDefinition &api,
                                                                 Plugin::IPluginDriver *driver,
                                                                 Api::Diagnostics &diagnostics)
{
    auto handlers = std::make_shared<ApiEventHandlers>();
    handlers->m_driver = driver;
    handlers->m_driverName = api.customMiddleware.driver;
    handlers->m_apiId = api.apiId;
    handlers->m_orgId = api.orgId;
    auto warn = [&](const QString &message) {
        diagnostics.append({Api::Diagnostic::Severity::Warning, {api.sourceFile}, message});
    };
    for (auto it = api.eventHandlers.cbegin(); it != api.eventHandlers.cend(); ++it) {
        for (const Api::EventHandlerConfig &conf : it.value()) {
            if (conf.handlerName == u"cp_dynamic_handler") {
                // Tyk: "no plugin driver is available" unless the API's driver is loaded.
                if (!driver) {
                    warn(QStringLiteral("event handler cp_dynamic_handler for %1 is not loaded: "
                                        "no plugin driver is available (custom_middleware.driver "
                                        "\"%2\")")
                             .arg(it.key(), api.customMiddleware.driver));
                    continue;
                }
                handlers->m_handlers[it.key()].append(
                    {conf.handlerName, metaString(conf.handlerMeta, "name")});
            } else if (conf.handlerName == u"eh_log_handler") {
                // Tyk skips a disabled log handler (LogMessageEventHandler.Init).
                const auto disabled = conf.handlerMeta.find("disabled");
                if (disabled != conf.handlerMeta.end() && disabled->is_boolean() &&
                    disabled->get<bool>())
                    continue;
                handlers->m_handlers[it.key()].append(
                    {conf.handlerName, metaString(conf.handlerMeta, "prefix")});
            } else {
                warn(QStringLiteral("event handler %1 for %2 is not run by Hookbench (it runs "
                                    "cp_dynamic_handler and eh_log_handler)")
                         .arg(conf.handlerName, it.key()));
            }
        }
    }
    if (handlers->m_handlers.isEmpty())
        return nullptr;
    return handlers;
}

QStringList ApiEventHandlers::fire(const FiredEvent &event, const Exchange &ex, qint64 nowNs) const
{
    QStringList lines;
    const auto it = m_handlers.constFind(event.type);
    if (it == m_handlers.cend())
        return lines;
    for (const Handler &handler : it.value()) {
        if (handler.kind == u"eh_log_handler") {
            // Tyk logs prefix:Type: the key-failure metas' LogMessage has a pointer receiver
            // and the event carries them by value, so Tyk's richer line never applies
            // (gateway/event_handler_log.go, HandleEvent).
            lines.append(
                QStringLiteral("%1 → eh_log_handler: %2:%1").arg(event.type, handler.name));
            continue;
        }
        const QByteArray payload = EventMessage::coprocessPayload(event, ex.request, nowNs,
                                                                  handler.name, m_apiId, m_orgId);
        const bool sent = m_driver->dispatchEvent(payload);
        lines.append(sent ? QStringLiteral("%1 → cp_dynamic_handler %2: DispatchEvent sent to the "
                                           "%3 driver")
                                .arg(event.type, handler.name, m_driverName)
                          : QStringLiteral("%1 → cp_dynamic_handler %2: the %3 driver takes no "
                                           "events (as in Tyk)")
                                .arg(event.type, handler.name, m_driverName));
    }
    return lines;
}

} // namespace Hb::Pipeline
