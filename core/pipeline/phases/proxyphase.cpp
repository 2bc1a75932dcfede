// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/proxyphase.h"

#include "core/pipeline/exchange.h"
#include "core/pipeline/loadedapi.h"

#include <QUrl>

#include <chrono>

namespace Hb::Pipeline {

namespace {
// Go's singleJoiningSlash: exactly one '/' between the target path and the request path.
QByteArray joinPaths(const QByteArray &a, const QByteArray &b)
{
    const bool aSlash = a.endsWith('/');
    const bool bSlash = b.startsWith('/');
    if (aSlash && bSlash)
        return a + b.mid(1);
    if (!aSlash && !bSlash)
        return a + '/' + b;
    return a + b;
}

void removeHopByHop(Http::HeaderList &headers)
{
    // Headers named in Connection are hop-by-hop too (RFC 7230 §6.1).
    for (const QByteArray &line : headers.values("Connection")) {
        for (const QByteArray &name : line.split(','))
            headers.remove(name.trimmed());
    }
    for (const char *name :
         {"Connection", "Proxy-Connection", "Keep-Alive", "Proxy-Authenticate",
          "Proxy-Authorization", "Te", "Trailer", "Transfer-Encoding", "Upgrade"})
        headers.remove(name);
}
} // namespace

ProxyPhase::ProxyPhase(const Api::ApiDefinition &api, Upstream::IUpstream &upstream, int timeoutMs)
    : m_upstream(upstream)
    , m_timeoutMs(timeoutMs)
    , m_listenPath(api.listenPath.toUtf8())
    , m_stripListenPath(api.stripListenPath)
    , m_preserveHost(api.preserveHostHeader)
{
    const QUrl url(api.targetUrl, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return;
    m_target.scheme = url.scheme();
    m_target.host = url.host();
    m_target.port = quint16(url.port(url.scheme() == u"https" ? 443 : 80));
    m_targetPath = url.path(QUrl::FullyEncoded).toUtf8();
    m_targetQuery = url.query(QUrl::FullyEncoded).toUtf8();
    m_hostHeader = url.port() > 0 ? (url.host() + u':' + QString::number(url.port())).toUtf8()
                                  : url.host().toUtf8();
    m_targetValid = true;
}

Http::HttpRequest ProxyPhase::outboundRequest(const Exchange &ex) const
{
    Http::HttpRequest out = ex.request;
    QByteArray path = out.path();
    if (m_stripListenPath && path.startsWith(m_listenPath)) {
        path = path.mid(m_listenPath.size());
        if (!path.startsWith('/'))
            path.prepend('/');
    }
    const QByteArray query = out.query();
    QByteArray target = joinPaths(m_targetPath, path);
    if (!m_targetQuery.isEmpty() && !query.isEmpty())
        target += '?' + m_targetQuery + '&' + query;
    else if (!m_targetQuery.isEmpty() || !query.isEmpty())
        target += '?' + m_targetQuery + query;
    out.target = target;

    removeHopByHop(out.headers);
    if (!m_preserveHost)
        out.headers.set("Host", m_hostHeader);
    if (!out.remoteAddress.isEmpty()) {
        const QByteArray ip = out.remoteIp();
        const QByteArray prior = out.headers.value("X-Forwarded-For");
        out.headers.set("X-Forwarded-For", prior.isEmpty() ? ip : prior + ", " + ip);
    }
    return out;
}

PhaseStatus ProxyPhase::run(Exchange &ex, const PhaseCompletion &done)
{
    if (!m_targetValid) {
        ex.fail(500, QStringLiteral("There was a problem proxying the request"));
        ex.phaseNote = QStringLiteral("target_url \"%1\" is not a valid URL")
                           .arg(ex.api().definition().targetUrl);
        return PhaseStatus::Fail;
    }
    // Steady time, not the engine clock (which a test or the debugger may move).
    const auto sentAt = std::chrono::steady_clock::now();
    m_upstream.send(
        m_target, outboundRequest(ex), m_timeoutMs,
        [done, this, sentAt](Result<Http::HttpResponse> r) {
            const auto self = done.lock();
            if (!self)
                return;
            Exchange &ex = *self;
            ex.upstreamNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                std::chrono::steady_clock::now() - sentAt)
                                .count();
            if (!r) {
                // Tyk's reverse proxy error mapping (Tyk: gateway/reverse_proxy.go,
                // WrappedServeHTTP).
                switch (r.error().code) {
                case ErrorCode::Timeout:
                    ex.fail(504, QStringLiteral("Upstream service reached hard timeout."));
                    break;
                case ErrorCode::NotFound:
                    ex.fail(500, QStringLiteral("Upstream host lookup failed"));
                    break;
                default: ex.fail(500, QStringLiteral("There was a problem proxying the request"));
                }
                ex.phaseNote = QStringLiteral("upstream %1:%2: %3")
                                   .arg(m_target.host)
                                   .arg(m_target.port)
                                   .arg(r.error().message);
                done(PhaseStatus::Fail);
                return;
            }
            ex.response = std::move(*r);
            removeHopByHop(ex.response.headers);
            done(PhaseStatus::Continue);
        });
    return PhaseStatus::Pause;
}

} // namespace Hb::Pipeline
