// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jshttpfetcher.h"

#include "core/http/httpclient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace Hb::Plugin {

namespace {
using Clock = std::chrono::steady_clock;

int remainingMs(Clock::time_point deadline)
{
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    return int(std::max<qint64>(0, left.count()));
}

// Waits in a local event loop until `ready` or the deadline / cancellation.
void waitFor(const std::function<bool()> &ready, Clock::time_point deadline,
             const std::function<bool()> &cancelled, QEventLoop &loop)
{
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (ready() || cancelled() || Clock::now() >= deadline)
            loop.quit();
    });
    poll.start();
    if (!ready())
        loop.exec();
}

Result<Http::HttpResponse> sendPlain(const QUrl &url, const JsHttpRequest &request,
                                     Clock::time_point deadline,
                                     const std::function<bool()> &cancelled)
{
    Http::HttpRequest r;
    r.method = request.method;
    r.target = url.path(QUrl::FullyEncoded).toUtf8();
    if (r.target.isEmpty())
        r.target = "/";
    if (url.hasQuery())
        r.target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    r.body = request.body;
    // The headers Go's client writes, then the plugin's (which may replace them).
    r.headers.add("Host",
                  url.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toUtf8());
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Host", Qt::CaseInsensitive) != 0)
            r.headers.set(name, value);
    }
    if (!r.headers.contains("User-Agent"))
        r.headers.add("User-Agent", "Go-http-client/1.1");
    r.headers.set("Connection", "close"); // Tyk sets Request.Close

    QEventLoop loop;
    Http::HttpClient client;
    std::optional<Result<Http::HttpResponse>> result;
    client.send(url.host(), quint16(url.port(80)), r, std::max(1, remainingMs(deadline)),
                [&](Result<Http::HttpResponse> response) {
                    result = std::move(response);
                    loop.quit();
                });
    waitFor([&] { return result.has_value(); }, deadline, cancelled, loop);
    if (!result)
        return makeError(ErrorCode::Timeout,
                         QStringLiteral("no answer from %1 within the call's time budget")
                             .arg(url.toDisplayString()));
    return std::move(*result);
}

Result<Http::HttpResponse> sendTls(const QUrl &url, const JsHttpRequest &request,
                                   Clock::time_point deadline,
                                   const std::function<bool()> &cancelled)
{
    QNetworkAccessManager manager;
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::NoLessSafeRedirectPolicy);
    r.setTransferTimeout(std::max(1, remainingMs(deadline)));
    r.setRawHeader("User-Agent", "Go-http-client/1.1");
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    QEventLoop loop;
    QNetworkReply *reply = manager.sendCustomRequest(r, request.method, request.body);
    bool finished = false;
    QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    waitFor([&] { return finished; }, deadline, cancelled, loop);
    const std::unique_ptr<QNetworkReply> owner(reply);
    if (!finished)
        return makeError(ErrorCode::Timeout,
                         QStringLiteral("no answer from %1 within the call's time budget")
                             .arg(url.toDisplayString()));
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return makeError(ErrorCode::Unavailable, reply->errorString());
    Http::HttpResponse response;
    response.status = status.toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.add(name, value);
    response.body = reply->readAll();
    return response;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}
} // namespace

Result<Http::HttpResponse> JsHttpFetcher::fetch(const JsHttpRequest &request,
                                                Clock::time_point deadline,
                                                const std::function<bool()> &cancelled)
{
    JsHttpRequest current = request;
    // Go's client follows up to 10 redirects; 301/302/303 turn a POST into a bodyless GET.
    for (int hop = 0; hop <= 10; ++hop) {
        const QUrl url(current.url, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("unsupported protocol scheme or bad URL \"%1\"").arg(current.url));
        if (scheme == u"https")
            return sendTls(url, current, deadline, cancelled);
        Result<Http::HttpResponse> response = sendPlain(url, current, deadline, cancelled);
        if (!response || !isRedirect(response->status) || !response->headers.contains("Location"))
            return response;
        const QUrl next =
            url.resolved(QUrl(QString::fromUtf8(response->headers.value("Location"))));
        current.url = next.toString(QUrl::FullyEncoded);
        if (response->status != 307 && response->status != 308 && current.method != "HEAD") {
            current.method = "GET";
            current.body.clear();
        }
    }
    return makeError(ErrorCode::InvalidInput, QStringLiteral("stopped after 10 redirects"));
}

} // namespace Hb::Plugin
