// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/history/historyentry.h"

#include <QJsonArray>

namespace Hb::Ui {

namespace {
// Text bodies stay readable (and diffable) in the file; anything that is not UTF-8 is base64.
void putBody(QJsonObject &o, const QByteArray &body)
{
    const QString text = QString::fromUtf8(body);
    if (text.toUtf8() == body)
        o.insert(QStringLiteral("body"), text);
    else
        o.insert(QStringLiteral("bodyBase64"), QString::fromLatin1(body.toBase64()));
}

QByteArray takeBody(const QJsonObject &o)
{
    if (o.contains(QStringLiteral("bodyBase64")))
        return QByteArray::fromBase64(o.value(QStringLiteral("bodyBase64")).toString().toLatin1());
    return o.value(QStringLiteral("body")).toString().toUtf8();
}

QJsonArray headersToJson(const Http::HeaderList &headers)
{
    QJsonArray out;
    for (const auto &[name, value] : headers.fields())
        out.append(QJsonObject{{QStringLiteral("name"), QString::fromUtf8(name)},
                               {QStringLiteral("value"), QString::fromUtf8(value)}});
    return out;
}

Http::HeaderList headersFromJson(const QJsonValue &json)
{
    Http::HeaderList out;
    for (const QJsonValue &v : json.toArray()) {
        const QJsonObject o = v.toObject();
        out.add(o.value(QStringLiteral("name")).toString().toUtf8(),
                o.value(QStringLiteral("value")).toString().toUtf8());
    }
    return out;
}

HistoryEntry::Source sourceFromString(const QString &text)
{
    if (text == QLatin1String("http"))
        return HistoryEntry::Source::HttpFront;
    if (text == QLatin1String("replay"))
        return HistoryEntry::Source::Replay;
    return HistoryEntry::Source::Engine;
}
} // namespace

QString toString(HistoryEntry::Source source)
{
    switch (source) {
    case HistoryEntry::Source::Engine: return QStringLiteral("engine");
    case HistoryEntry::Source::HttpFront: return QStringLiteral("http");
    case HistoryEntry::Source::Replay: return QStringLiteral("replay");
    }
    return QStringLiteral("engine");
}

bool HistoryEntry::calledPlugin(const HistoryPhase &phase) const
{
    if (!phase.name.contains(u':') || phase.outcome == QLatin1String("skipped"))
        return false;
    // A cached session skips the auth plugin; its phase still runs, answering from the cache.
    return !(phase.name.startsWith(QLatin1String("auth_check:")) &&
             sessionEvents.contains(QLatin1String("cache_hit")));
}

void HistoryEntry::capBodies()
{
    if (request.body.size() > BodyCap) {
        request.body.truncate(BodyCap);
        requestTruncated = true;
    }
    if (response.body.size() > BodyCap) {
        response.body.truncate(BodyCap);
        responseTruncated = true;
    }
}

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject req{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                    {QStringLiteral("target"), QString::fromUtf8(request.target)},
                    {QStringLiteral("headers"), headersToJson(request.headers)}};
    putBody(req, request.body);
    if (requestTruncated)
        req.insert(QStringLiteral("truncated"), true);
    QJsonObject resp{{QStringLiteral("status"), response.status},
                     {QStringLiteral("headers"), headersToJson(response.headers)}};
    putBody(resp, response.body);
    if (responseTruncated)
        resp.insert(QStringLiteral("truncated"), true);
    QJsonArray phaseList;
    for (const HistoryPhase &p : phases)
        phaseList.append(QJsonObject{{QStringLiteral("name"), p.name},
                                     {QStringLiteral("outcome"), p.outcome},
                                     {QStringLiteral("durationMs"), p.durationMs}});
    QJsonObject o{{QStringLiteral("time"), time.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("api"), apiId},
                  {QStringLiteral("source"), toString(source)},
                  {QStringLiteral("request"), req},
                  {QStringLiteral("response"), resp},
                  {QStringLiteral("durationMs"), durationMs},
                  {QStringLiteral("phases"), phaseList}};
    if (!sessionEvents.isEmpty())
        o.insert(QStringLiteral("sessionEvents"), QJsonArray::fromStringList(sessionEvents));
    return o;
}

HistoryEntry HistoryEntry::fromJson(const QJsonObject &json)
{
    HistoryEntry e;
    e.time =
        QDateTime::fromString(json.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.apiId = json.value(QStringLiteral("api")).toString();
    e.source = sourceFromString(json.value(QStringLiteral("source")).toString());
    const QJsonObject req = json.value(QStringLiteral("request")).toObject();
    e.request.method =
        req.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toLatin1();
    e.request.target = req.value(QStringLiteral("target")).toString(QStringLiteral("/")).toUtf8();
    e.request.headers = headersFromJson(req.value(QStringLiteral("headers")));
    e.request.body = takeBody(req);
    e.requestTruncated = req.value(QStringLiteral("truncated")).toBool();
    const QJsonObject resp = json.value(QStringLiteral("response")).toObject();
    e.response.status = resp.value(QStringLiteral("status")).toInt();
    e.response.headers = headersFromJson(resp.value(QStringLiteral("headers")));
    e.response.body = takeBody(resp);
    e.responseTruncated = resp.value(QStringLiteral("truncated")).toBool();
    e.durationMs = json.value(QStringLiteral("durationMs")).toDouble();
    for (const QJsonValue &v : json.value(QStringLiteral("phases")).toArray()) {
        const QJsonObject p = v.toObject();
        e.phases.append({p.value(QStringLiteral("name")).toString(),
                         p.value(QStringLiteral("outcome")).toString(),
                         p.value(QStringLiteral("durationMs")).toDouble()});
    }
    for (const QJsonValue &v : json.value(QStringLiteral("sessionEvents")).toArray())
        e.sessionEvents.append(v.toString());
    return e;
}

} // namespace Hb::Ui
