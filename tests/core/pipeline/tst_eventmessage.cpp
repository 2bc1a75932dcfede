// SPDX-License-Identifier: GPL-3.0-or-later
// How Tyk writes an event for its handlers: the request as Go puts it on the wire, the
// client's address, Go's time string, the coprocess payload; and event_handlers as read.
#include "core/api/apidefinitionloader.h"
#include "core/pipeline/eventmessage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Hb;
using namespace Hb::Pipeline;

namespace {
Http::HttpRequest sample()
{
    Http::HttpRequest r;
    r.method = "POST";
    r.target = "/ev/get?a=1";
    r.headers.add("Host", "gw.local");
    r.headers.add("x-b", "2");
    r.headers.add("Accept", "*/*");
    r.headers.add("Content-Length", "5");
    r.body = "hello";
    r.remoteAddress = "127.0.0.1:51234";
    return r;
}
} // namespace

class TestEventMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theOriginatingRequestIsGosRequestWrite()
    {
        // Host, Go's default User-Agent, Content-Length, then the rest sorted and canonical.
        QCOMPARE(QByteArray::fromBase64(EventMessage::originatingRequest(sample())),
                 QByteArray("POST /ev/get?a=1 HTTP/1.1\r\nHost: gw.local\r\n"
                            "User-Agent: Go-http-client/1.1\r\nContent-Length: 5\r\n"
                            "Accept: */*\r\nX-B: 2\r\n\r\nhello"));
    }

    void emptyBodiesAndAgentsAreWrittenAsGoWritesThem()
    {
        Http::HttpRequest get;
        get.target = "/x";
        get.headers.add("Host", "h");
        // GET: no Content-Length for an empty body.
        QCOMPARE(
            QByteArray::fromBase64(EventMessage::originatingRequest(get)),
            QByteArray("GET /x HTTP/1.1\r\nHost: h\r\nUser-Agent: Go-http-client/1.1\r\n\r\n"));
        // Other methods say 0; a User-Agent sent empty writes no line.
        Http::HttpRequest del = get;
        del.method = "DELETE";
        del.headers.add("User-Agent", "");
        QCOMPARE(QByteArray::fromBase64(EventMessage::originatingRequest(del)),
                 QByteArray("DELETE /x HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n"));
    }

    void theOriginIsTheRealIp()
    {
        Http::HttpRequest r = sample();
        QCOMPARE(EventMessage::realIp(r), QStringLiteral("127.0.0.1"));
        r.headers.add("X-Forwarded-For", "198.51.100.7, 10.0.0.1");
        QCOMPARE(EventMessage::realIp(r), QStringLiteral("198.51.100.7"));
        r.headers.add("X-Real-IP", "203.0.113.9");
        QCOMPARE(EventMessage::realIp(r), QStringLiteral("203.0.113.9"));
        r = sample();
        r.remoteAddress = "[::1]:8080";
        QCOMPARE(EventMessage::realIp(r), QStringLiteral("::1"));
        // A header that is not an address is passed over.
        r = sample();
        r.headers.add("X-Real-IP", "not-an-ip");
        r.headers.add("X-Forwarded-For", "also bad");
        QCOMPARE(EventMessage::realIp(r), QStringLiteral("127.0.0.1"));
    }

    void theTimeStampIsGosTimeString()
    {
        const qint64 ns = qint64(1800000000) * 1000000000 + 120000000; // .12 s
        const QString text = EventMessage::goTimeString(ns);
        QVERIFY2(
            QRegularExpression(
                QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.12 [+-]\\d{4} \\S+$"))
                .match(text)
                .hasMatch(),
            qPrintable(text));
        // No fraction at all on a whole second.
        QVERIFY(!EventMessage::goTimeString(qint64(1800000000) * 1000000000).contains(u'.'));
    }

    void theCoprocessPayloadHasTyksShape()
    {
        FiredEvent e{QStringLiteral("VersionFailure"), QStringLiteral("Attempted <access>"),
                     QString(), QStringLiteral("Version information not found")};
        const QByteArray payload = EventMessage::coprocessPayload(
            e, sample(), qint64(1800000000) * 1000000000, QStringLiteral("OnVersion"),
            QStringLiteral("api-1"), QStringLiteral("org-1"));
        // Go's encoder escapes <, > and & for HTML.
        QVERIFY2(payload.contains("\"Message\":\"Attempted \\u003caccess\\u003e\""),
                 payload.constData());
        QVERIFY2(payload.contains("\"Path\":\"/ev/get\",\"Origin\":\"127.0.0.1\",\"Key\":\"\","
                                  "\"Reason\":\"Version information not found\"},\"TimeStamp\":"),
                 payload.constData());
        // Go's field order: the wrapper, the message, then the spec.
        QVERIFY2(payload.startsWith("{\"message\":{\"Type\":\"VersionFailure\",\"Meta\":{"
                                    "\"Message\":"),
                 payload.constData());
        QVERIFY2(payload.endsWith("\"handler_name\":\"OnVersion\",\"spec\":{\"APIID\":"
                                  "\"api-1\",\"OrgID\":\"org-1\"}}"),
                 payload.constData());
        const QJsonObject o = QJsonDocument::fromJson(payload).object();
        QCOMPARE(o.value(QStringLiteral("message")).toObject().value(QStringLiteral("Type")),
                 QJsonValue(QStringLiteral("VersionFailure")));
        QCOMPARE(o.value(QStringLiteral("spec")).toObject().value(QStringLiteral("OrgID")),
                 QJsonValue(QStringLiteral("org-1")));
    }

    void eventHandlersAreReadFromAClassicDefinition()
    {
        const auto api = Api::ApiDefinitionLoader::parse(
            "{\"api_id\": \"a\", \"proxy\": {\"listen_path\": \"/a/\", \"target_url\": "
            "\"http://x\"}, \"event_handlers\": {\"events\": {\"QuotaExceeded\": [{"
            "\"handler_name\": \"cp_dynamic_handler\", \"handler_meta\": {\"name\": \"Q\"}}]}}}",
            QStringLiteral("a.json"));
        QVERIFY(api);
        QCOMPARE(api->eventHandlers.size(), 1);
        const auto handlers = api->eventHandlers.value(QStringLiteral("QuotaExceeded"));
        QCOMPARE(handlers.size(), 1);
        QCOMPARE(handlers.first().handlerName, QStringLiteral("cp_dynamic_handler"));
        QCOMPARE(handlers.first().handlerMeta.value("name", std::string()), std::string("Q"));
    }
};

QTEST_GUILESS_MAIN(TestEventMessage)
#include "tst_eventmessage.moc"
