// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/scriptreplyapplier.h"

#include "core/common/iclock.h"
#include "core/gocompat/urlquery.h"
#include "core/coprocess/returnoverrides.h"
#include "core/pipeline/exchange.h"

#include <QDateTime>
#include <QLocale>

namespace Hb::Pipeline {

namespace {
QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Go's unescape: every '%' must start a two-digit hex escape.
bool validEscapes(QByteArrayView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != '%')
            continue;
        if (i + 2 >= s.size() || !isHex(s[i + 1]) || !isHex(s[i + 2]))
            return false;
        i += 2;
    }
    return true;
}

// Go's parseHost / validOptionalPort for "host[:port]" and "[v6]:port".
std::optional<QString> hostError(QByteArrayView host)
{
    QByteArrayView port;
    if (host.startsWith('[')) {
        const qsizetype close = host.lastIndexOf(']');
        if (close < 0)
            return QStringLiteral("missing ']' in host");
        port = host.sliced(close + 1);
        if (!port.isEmpty() && !port.startsWith(':'))
            return QStringLiteral("invalid port after host");
    } else if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0) {
        port = host.sliced(colon);
    }
    for (qsizetype i = 1; i < port.size(); ++i) {
        if (port[i] < '0' || port[i] > '9')
            return QStringLiteral("invalid port \"%1\" after host")
                .arg(QString::fromUtf8(port.toByteArray()));
    }
    if (!validEscapes(host))
        return QStringLiteral("invalid URL escape in host");
    return std::nullopt;
}

// The request-target the proxy uses for a URL Go parsed: its path and query.
QByteArray targetOf(QByteArray url)
{
    if (const qsizetype hash = url.indexOf('#'); hash >= 0)
        url.truncate(hash);
    if (url.startsWith('/') && !url.startsWith("//"))
        return url;
    const qsizetype authority = url.indexOf("//");
    const qsizetype colon = url.indexOf(':');
    if (authority >= 0 && (authority == 0 || (colon >= 0 && authority == colon + 1))) {
        const qsizetype path = url.indexOf('/', authority + 2);
        const qsizetype query = url.indexOf('?', authority + 2);
        if (path >= 0 && (query < 0 || path < query))
            return url.mid(path);
        return query >= 0 ? '/' + url.mid(query) : QByteArray("/");
    }
    // A relative path ("foo") joins the upstream path as "/foo" would; an opaque or empty
    // URL leaves only the upstream's path.
    if (colon >= 0 || url.isEmpty())
        return url.startsWith('?') ? '/' + url : QByteArray("/");
    return '/' + url;
}

} // namespace

QByteArray ScriptReplyApplier::httpDate(const IClock *clock)
{
    const qint64 secs = clock ? clock->nowSecs() : QDateTime::currentSecsSinceEpoch();
    return QLocale::c()
        .toString(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC),
                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

std::optional<QString> ScriptReplyApplier::urlError(const QByteArray &url)
{
    for (const char c : url) {
        if (uchar(c) < 0x20 || uchar(c) == 0x7f)
            return QStringLiteral("net/url: invalid control character in URL");
    }
    QByteArrayView rest(url);
    if (const qsizetype hash = rest.indexOf('#'); hash >= 0) {
        if (!validEscapes(rest.sliced(hash + 1)))
            return QStringLiteral("invalid URL escape in the fragment");
        rest = rest.first(hash);
    }
    if (rest == "*")
        return std::nullopt;
    // Scheme: a letter, then letters, digits, '+', '-', '.', up to ':'.
    QByteArrayView scheme;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const char c = rest[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (letter)
            continue;
        if (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))
            continue;
        if (c == ':') {
            if (i == 0)
                return QStringLiteral("missing protocol scheme");
            scheme = rest.first(i);
            rest = rest.sliced(i + 1);
        }
        break;
    }
    if (const qsizetype q = rest.indexOf('?'); q >= 0)
        rest = rest.first(q); // Go keeps the raw query unchecked
    if (!rest.startsWith('/')) {
        if (!scheme.isEmpty())
            return std::nullopt; // opaque
        const qsizetype colon = rest.indexOf(':');
        const qsizetype slash = rest.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash))
            return QStringLiteral("first path segment in URL cannot contain colon");
    }
    if (rest.startsWith("//")) {
        QByteArrayView authority = rest.sliced(2);
        const qsizetype slash = authority.indexOf('/');
        if (slash >= 0) {
            rest = authority.sliced(slash);
            authority = authority.first(slash);
        } else {
            rest = {};
        }
        if (const qsizetype at = authority.lastIndexOf('@'); at >= 0)
            authority = authority.sliced(at + 1);
        if (auto e = hostError(authority))
            return e;
    }
    if (!validEscapes(rest))
        return QStringLiteral("invalid URL escape in the path");
    return std::nullopt;
}

ScriptReplyApplier::Outcome ScriptReplyApplier::applyRequest(Exchange &ex,
                                                             const Plugin::HookReply &reply,
                                                             const Options &options)
{
    const coprocess::MiniRequestObject &returned = reply.object->request();
    const Plugin::ScriptReply &script = *reply.script;
    if (!script.ignoreBody)
        ex.request.body = bytes(returned.raw_body());

    const QByteArray url = bytes(returned.url());
    if (const auto error = urlError(url)) {
        ex.phaseLogs.append(
            {QStringLiteral("warning"),
             QStringLiteral("the hook returned URL \"%1\", which Go cannot parse (%2): Tyk stops "
                            "applying the hook's changes there and goes on")
                 .arg(QString::fromUtf8(url), *error)});
        return Outcome::UrlRejected;
    }
    ex.request.target = targetOf(url);

    for (const std::string &name : returned.delete_headers())
        ex.request.headers.remove(bytes(name));
    for (const auto &[name, value] : returned.set_headers()) {
        const QByteArray key = options.canonicalHeaderNames
                                   ? Http::HeaderList::canonicalName(bytes(name))
                                   : bytes(name);
        ex.request.headers.set(key, bytes(value));
    }

    // Tyk rebuilds the query from the URL the hook returned, and rewrites it only if the
    // parameters changed (then sorted by key, as url.Values.Encode writes them).
    const QMap<QByteArray, QList<QByteArray>> before =
        GoCompat::UrlQuery::parseValues(ex.request.query());
    QMap<QByteArray, QList<QByteArray>> query = before;
    for (const std::string &name : returned.delete_params())
        query.remove(bytes(name));
    for (const auto &[name, value] : returned.add_params())
        query[bytes(name)] = {bytes(value)};
    for (const auto &[name, value] : script.extendedParams)
        query[name].append(value);
    if (query != before)
        ex.request.setQuery(GoCompat::UrlQuery::encode(query));

    const bool postPhase = options.type == HookType::PostKeyAuth || options.type == HookType::Post;
    if (postPhase && options.requireSession && ex.session && script.sessionMeta) {
        nlohmann::json &session = ex.session->json();
        const auto current = session.find("meta_data");
        // Go compares a nil map as different from an empty one.
        const bool same =
            current != session.end() && current->is_object() && *current == *script.sessionMeta;
        if (!same) {
            if (script.sessionMeta->empty())
                session.erase("meta_data"); // Tyk's omitempty drops an empty map
            else
                session["meta_data"] = *script.sessionMeta;
            ex.sessionModified = true;
            ex.phaseLogs.append({QStringLiteral("session"),
                                 QStringLiteral("meta_data replaced by the hook's SessionMeta")});
        }
    }
    return applyOverrides(ex, returned.return_overrides(), options);
}

ScriptReplyApplier::Outcome ScriptReplyApplier::applyOverrides(Exchange &ex,
                                                               const coprocess::ReturnOverrides &ro,
                                                               const Options &options)
{
    const auto decision = Coprocess::ReturnOverrides::decide(ro, /*anyNonZero*/ true);
    if (!decision)
        return Outcome::Continue;
    if (decision->kind == Coprocess::ReturnOverrideDecision::Kind::ErrorReply) {
        // Tyk writes the headers with Header().Set and errors with the body text as it is,
        // even when empty (coprocess would say "Key not authorised"); no AuthFailure event.
        for (const auto &[name, value] : decision->headers.fields())
            ex.errorHeaders.set(Http::HeaderList::canonicalName(name), value);
        const bool empty = ro.response_error().empty() && ro.response_body().empty();
        ex.fail(decision->code, empty ? QString() : decision->message);
        ex.phaseNote = QStringLiteral("ReturnOverrides: error reply %1").arg(decision->code);
        return Outcome::Fail;
    }
    Http::HeaderList headers;
    for (const auto &[name, value] : decision->headers.fields())
        headers.set(options.canonicalHeaderNames ? Http::HeaderList::canonicalName(name) : name,
                    value);
    headers.set("Server", "tyk");
    headers.set("Date", httpDate(options.clock));
    const QByteArray location = headers.value("Location");
    if ((decision->code == 301 || decision->code == 302) && location.startsWith("tyk://")) {
        // Tyk points the request at the loop target and answers nothing: nothing after this
        // step forwards it, so the client gets an empty 200 (Tyk: gateway/mw_js_plugin.go).
        ex.request.target = targetOf(location);
        ex.response = Http::HttpResponse();
        ex.runResponsePhasesOnRespond = false;
        ex.phaseNote = QStringLiteral("ReturnOverrides: %1 to %2; Tyk does not follow JS loops, "
                                      "the client gets an empty reply")
                           .arg(decision->code)
                           .arg(QString::fromUtf8(location));
        return Outcome::Respond;
    }
    PluginHookPhase::writeRawReply(ex, decision->code, headers, decision->body);
    ex.phaseNote = QStringLiteral("ReturnOverrides: reply %1").arg(decision->code);
    // The synthetic reply carries the hook's own session object: the live session only for
    // post-phase hooks with require_session, an empty one otherwise.
    const bool postPhase = options.type == HookType::PostKeyAuth || options.type == HookType::Post;
    ex.forcedReply = true;
    if (postPhase && options.requireSession)
        ex.forcedReplySession = ex.session;
    else
        ex.forcedReplySession = Session::SessionState();
    if (postPhase) {
        ex.runResponsePhasesOnRespond = true; // response plugins, then quota headers
        return Outcome::Respond;
    }
    // pre and auth_check replies skip the response plugins but still get the quota headers,
    // from the empty session: 0, 0, 0 ("rate_limits" mode removes them instead).
    if (options.rateLimitsMode) {
        for (const char *name : {"X-Ratelimit-Limit", "X-Ratelimit-Remaining", "X-Ratelimit-Reset"})
            ex.response.headers.remove(name);
    } else {
        for (const char *name : {"X-Ratelimit-Limit", "X-Ratelimit-Remaining", "X-Ratelimit-Reset"})
            ex.response.headers.set(name, "0");
    }
    return Outcome::Respond;
}

void ScriptReplyApplier::applyResponse(Exchange &ex, const Plugin::HookReply &reply,
                                       bool canonicalHeaderNames)
{
    const coprocess::ResponseObject &returned = reply.object->response();
    const Plugin::ScriptReply &script = *reply.script;
    Http::HttpResponse &response = ex.response;
    for (const QByteArray &name : script.responseDeleteHeaders)
        response.headers.remove(name);
    for (const auto &[name, value] : script.responseSetHeaders)
        response.headers.set(canonicalHeaderNames ? Http::HeaderList::canonicalName(name) : name,
                             value);
    response.body = bytes(returned.raw_body());
    // Tyk sets Content-Length to the new body; the front writes the framing from the body.
    response.headers.remove("Content-Length");
    if (returned.status_code() != 0)
        response.status = returned.status_code();
}

PhaseStatus ScriptReplyApplier::finish(Exchange &ex, const Plugin::HookReply &reply,
                                       const Options &options)
{
    const bool response = options.type == HookType::Response;
    if (!reply.object || !reply.script) {
        const QString why = !reply.object ? reply.object.error().message
                                          : QStringLiteral("the driver gave no JSVM reply");
        ex.phaseNote = why;
        if (!reply.object)
            ex.phaseWhere = reply.object.error().where;
        if (response && ex.forcedReply) {
            // On a JSVM synthetic reply a failing response plugin is only logged.
            ex.phaseLogs.append({QStringLiteral("error"), u"Response chain failed! " + why});
            return PhaseStatus::Continue;
        }
        // Tyk: 500 "Internal Server Error" for request hooks (exception, timeout, an answer
        // it cannot decode), 500 "Middleware error" for response hooks.
        ex.fail(500, response ? QStringLiteral("Middleware error")
                              : QStringLiteral("Internal Server Error"));
        return PhaseStatus::Fail;
    }
    if (response) {
        applyResponse(ex, reply, options.canonicalHeaderNames);
        return PhaseStatus::Continue;
    }
    switch (applyRequest(ex, reply, options)) {
    case Outcome::Continue:
    case Outcome::UrlRejected: return PhaseStatus::Continue;
    case Outcome::Respond: return PhaseStatus::Respond;
    case Outcome::Fail: return PhaseStatus::Fail;
    }
    return PhaseStatus::Continue;
}

} // namespace Hb::Pipeline
