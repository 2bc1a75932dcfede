// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/stripauthphase.h"

#include "core/api/apidefinition.h"
#include "core/gocompat/urlquery.h"
#include "core/pipeline/exchange.h"

namespace Hb::Pipeline {

namespace {
QByteArray stringField(const nlohmann::json &config, const char *name)
{
    const auto it = config.find(name);
    return it != config.end() && it->is_string() ? QByteArray::fromStdString(it->get<std::string>())
                                                 : QByteArray();
}
} // namespace

StripAuthPhase::StripAuthPhase(const Api::ApiDefinition &api)
{
    auto add = [this](const nlohmann::json &config) {
        if (!config.is_object())
            return;
        Credential c;
        const QByteArray headerName = stringField(config, "auth_header_name");
        c.header = headerName.isEmpty() ? QByteArray("Authorization") : headerName;
        const QByteArray cookieName = stringField(config, "cookie_name");
        c.cookie = cookieName.isEmpty() ? c.header : cookieName;
        const auto useParam = config.find("use_param");
        if (useParam != config.end() && useParam->is_boolean() && useParam->get<bool>()) {
            const QByteArray paramName = stringField(config, "param_name");
            c.param = !paramName.isEmpty()    ? paramName
                      : !headerName.isEmpty() ? headerName
                                              : QByteArray("Authorization");
        }
        m_credentials.append(c);
    };
    const auto configs = api.raw.find("auth_configs");
    if (configs != api.raw.end() && configs->is_object() && !configs->empty()) {
        for (const auto &[type, config] : configs->items())
            add(config);
    } else {
        const auto auth = api.raw.find("auth");
        add(auth != api.raw.end() ? *auth : nlohmann::json::object());
    }
}

PhaseStatus StripAuthPhase::run(Exchange &ex, const PhaseCompletion &)
{
    Http::HttpRequest &request = ex.request;
    for (const Credential &c : std::as_const(m_credentials)) {
        if (!c.param.isEmpty()) {
            auto values = GoCompat::UrlQuery::parseValues(request.query());
            values.remove(c.param);
            request.setQuery(GoCompat::UrlQuery::encode(values));
        }
        request.headers.remove(c.header);
        // Tyk's cookie rule, quirks included: the first cookie whose trimmed text starts
        // with the name goes, and the rest are joined back with ";".
        QList<QByteArray> cookies = request.headers.value("Cookie").split(';');
        for (qsizetype i = 0; i < cookies.size(); ++i) {
            if (cookies.at(i).trimmed().startsWith(c.cookie)) {
                cookies.removeAt(i);
                request.headers.set("Cookie", cookies.join(';'));
                break;
            }
        }
    }
    return PhaseStatus::Continue;
}

} // namespace Hb::Pipeline
