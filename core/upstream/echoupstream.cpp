// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/upstream/echoupstream.h"

#include "core/common/untrustedjson.h"

#include <QUrl>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace Hb::Upstream {

namespace {
// Bytes go in as they are; invalid UTF-8 is replaced when the JSON is written, which saves
// a round trip through QString for every field.
std::string utf8(const QByteArray &b)
{
    return std::string(b.constData(), size_t(b.size()));
}

// Decodes "a=1&b=2&a=3" into {"a": ["1","3"], "b": "2"} as httpbin does (single values as
// strings, repeated ones as arrays).
nlohmann::json formToJson(const QByteArray &encoded)
{
    nlohmann::json out = nlohmann::json::object();
    if (encoded.isEmpty())
        return out;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        const std::string k = utf8(QByteArray::fromPercentEncoding(key));
        const std::string v = utf8(QByteArray::fromPercentEncoding(value));
        auto it = out.find(k);
        if (it == out.end())
            out[k] = v;
        else if (it->is_array())
            it->push_back(v);
        else
            *it = nlohmann::json::array({*it, v});
    }
    return out;
}
} // namespace

Http::HttpResponse EchoUpstream::echo(const UpstreamTarget &target,
                                      const Http::HttpRequest &request)
{
    nlohmann::json headers = nlohmann::json::object();
    for (const auto &[name, value] : request.headers.fields()) {
        const std::string key = Http::HeaderList::canonicalName(name).toStdString();
        auto it = headers.find(key);
        // Repeated headers are joined with ", " as an HTTP intermediary may do; appended in
        // place, as copying the joined string for every repeat is quadratic.
        if (it == headers.end()) {
            headers[key] = utf8(value);
        } else {
            std::string &joined = it->get_ref<std::string &>();
            joined.append(", ").append(value.constData(), size_t(value.size()));
        }
    }
    const QByteArray contentType = request.headers.value("Content-Type").toLower();
    nlohmann::json json = nullptr;
    nlohmann::json form = nlohmann::json::object();
    if (contentType.startsWith("application/json") || contentType.contains("+json")) {
        json = parseUntrustedJsonOrDiscarded(
            std::string_view(request.body.data(), request.body.size()));
        if (json.is_discarded())
            json = nullptr;
    } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
        form = formToJson(request.body);
    }
    const QByteArray host = request.headers.value("Host");
    const std::string url = target.scheme.toStdString() + "://" +
                            (host.isEmpty() ? target.host.toStdString() : utf8(host)) +
                            utf8(request.target);
    const nlohmann::json body = {
        {"args", formToJson(request.query())},
        {"data", utf8(request.body)},
        {"form", form},
        {"headers", headers},
        {"json", json},
        {"method", utf8(request.method)},
        {"origin", utf8(request.remoteIp())},
        {"path", utf8(request.path())},
        {"query", utf8(request.query())},
        {"url", url},
    };
    Http::HttpResponse response;
    response.status = 200;
    response.headers.add("Content-Type", "application/json");
    // Indented by two with sorted keys, as httpbin prints it, so scripts and tests that grep
    // httpbin's output ("X-Test": "1") work against the echo too.
    response.body = QByteArray::fromStdString(
        body.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    response.body.append('\n');
    return response;
}

void EchoUpstream::send(const UpstreamTarget &target, const Http::HttpRequest &request, int,
                        Callback done)
{
    done(echo(target, request));
}

} // namespace Hb::Upstream
