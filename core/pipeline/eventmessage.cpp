// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/eventmessage.h"

#include "core/gocompat/gojsonescape.h"
#include "core/http/headerlist.h"

#include <QDateTime>
#include <QHostAddress>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace Hb::Pipeline {

QByteArray EventMessage::originatingRequest(const Http::HttpRequest &request)
{
    // net/http Request.Write: the request line, Host, User-Agent (Go's own when the client
    // sent none), Content-Length when there is a body, then the other headers sorted by
    // name (Header.WriteSubset), a blank line and the body.
    QByteArray out = request.method + ' ' + request.target + " HTTP/1.1\r\n";
    out += "Host: " + request.headers.value("Host") + "\r\n";
    // Go's own agent only when the client sent no User-Agent; an empty one writes no line.
    bool hasAgent = false;
    for (const auto &field : request.headers.fields())
        hasAgent = hasAgent || field.first.compare("User-Agent", Qt::CaseInsensitive) == 0;
    const QByteArray agent =
        hasAgent ? request.headers.value("User-Agent") : QByteArray("Go-http-client/1.1");
    if (!agent.isEmpty())
        out += "User-Agent: " + agent + "\r\n";
    // transferWriter.shouldSendContentLength: a body's length, and 0 for an empty body except
    // on GET and HEAD.
    if (!request.body.isEmpty() || (request.method != "GET" && request.method != "HEAD"))
        out += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    QList<std::pair<QByteArray, QByteArray>> rest;
    for (const auto &[name, value] : request.headers.fields()) {
        const QByteArray canonical = Http::HeaderList::canonicalName(name);
        if (canonical == "Host" || canonical == "User-Agent" || canonical == "Content-Length" ||
            canonical == "Transfer-Encoding" || canonical == "Trailer")
            continue;
        rest.append({canonical, value});
    }
    std::stable_sort(rest.begin(), rest.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[name, value] : rest)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += request.body;
    return out.toBase64();
}

QString EventMessage::realIp(const Http::HttpRequest &request)
{
    // Tyk's request.RealIP takes a header's address only when it parses as an IP, written
    // back in Go's form; otherwise it falls through to the next source.
    auto parsed = [](const QByteArray &text) {
        const QHostAddress address(QString::fromLatin1(text.trimmed()));
        return address.isNull() ? QString() : address.toString();
    };
    if (const QString ip = parsed(request.headers.value("X-Real-IP")); !ip.isEmpty())
        return ip;
    const QByteArray forwarded = request.headers.value("X-Forwarded-For");
    if (const QString ip = parsed(forwarded.split(',').first());
        !forwarded.isEmpty() && !ip.isEmpty())
        return ip;
    return QString::fromLatin1(request.remoteIp());
}

QString EventMessage::goTimeString(qint64 nowNs)
{
    const QDateTime local =
        QDateTime::fromMSecsSinceEpoch(nowNs / 1000000, QTimeZone::systemTimeZone());
    QString text = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    // .999999999: the fraction without its trailing zeros, and no dot when it is zero.
    QString fraction = QStringLiteral("%1").arg(nowNs % 1000000000, 9, 10, QLatin1Char('0'));
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += u'.' + fraction;
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    text += QStringLiteral(" %1%2%3 %4")
                .arg(QChar(offset < 0 ? u'-' : u'+'))
                .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                .arg(minutes % 60, 2, 10, QLatin1Char('0'))
                .arg(local.timeZoneAbbreviation());
    return text;
}

QByteArray EventMessage::coprocessPayload(const FiredEvent &event, const Http::HttpRequest &request,
                                          qint64 nowNs, const QString &handlerName,
                                          const QString &apiId, const QString &orgId)
{
    nlohmann::ordered_json meta;
    meta["Message"] = event.message.toStdString();
    meta["OriginatingRequest"] = originatingRequest(request).toStdString();
    meta["Path"] = QByteArray::fromPercentEncoding(request.path()).toStdString();
    meta["Origin"] = realIp(request).toStdString();
    meta["Key"] = event.key.toStdString();
    if (event.reason)
        meta["Reason"] = event.reason->toStdString();
    nlohmann::ordered_json message;
    message["Type"] = event.type.toStdString();
    message["Meta"] = std::move(meta);
    message["TimeStamp"] = goTimeString(nowNs).toStdString();
    nlohmann::ordered_json wrapper;
    wrapper["message"] = std::move(message);
    wrapper["handler_name"] = handlerName.toStdString();
    wrapper["spec"] = {{"APIID", apiId.toStdString()}, {"OrgID", orgId.toStdString()}};
    return GoCompat::goJsonHtmlEscape(
        wrapper.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

} // namespace Hb::Pipeline
