// SPDX-License-Identifier: GPL-3.0-or-later
// Reading curl commands into requests and writing requests as curl commands.
// Test tables read better with plain literals than with QStringLiteral everywhere.
#undef QT_NO_CAST_FROM_ASCII
#include "workbench/requests/curlcommand.h"

#include <QTest>

using namespace Hb;
using namespace Hb::Ui;

class tst_CurlCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void argumentsSplitLikeAShell_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("single quotes keep everything")
            << QStringLiteral("a 'b \"c\" $d \\e'") << QStringList{"a", "b \"c\" $d \\e"};
        QTest::newRow("double quotes escape four characters")
            << QStringLiteral("\"x \\\"y\\\" \\$ \\\\ \\n\"") << QStringList{"x \"y\" $ \\ \\n"};
        QTest::newRow("backslash outside quotes")
            << QStringLiteral("a\\ b c") << QStringList{"a b", "c"};
        QTest::newRow("continuation") << QStringLiteral("curl \\\n  -H 'A: 1' \\\r\n  url")
                                      << QStringList{"curl", "-H", "A: 1", "url"};
        QTest::newRow("adjacent quoted parts join")
            << QStringLiteral("'it'\\''s'\"!\"") << QStringList{"it's!"};
        QTest::newRow("ansi-c quoting") << QStringLiteral("$'a\\nb\\'c'") << QStringList{"a\nb'c"};
        QTest::newRow("empty quoted argument")
            << QStringLiteral("a '' b") << QStringList{"a", "", "b"};
    }
    void argumentsSplitLikeAShell()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, args);
        const auto split = CurlCommand::splitArguments(line);
        QVERIFY(split.ok());
        QCOMPARE(*split, args);
    }

    void anUnclosedQuoteIsAnError()
    {
        QVERIFY(!CurlCommand::splitArguments(QStringLiteral("curl 'http://x")).ok());
        QVERIFY(!CurlCommand::splitArguments(QStringLiteral("curl \"http://x")).ok());
    }

    void methodHeadersAndDataAreImported()
    {
        const auto r = CurlCommand::parse(QStringLiteral(
            "curl -X PUT 'http://localhost:8080/keyless/put?x=1' \\\n"
            "  -H 'Content-Type: application/json' -H \"X-One: 1\" --header 'X-One: 2' \\\n"
            "  --data-raw '{\"a\": \"b c\"}'"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->request.method, QStringLiteral("PUT"));
        QCOMPARE(r->request.url, QStringLiteral("http://localhost:8080/keyless/put?x=1"));
        QCOMPARE(
            r->request.headers,
            (NameValueList{{"Content-Type", "application/json"}, {"X-One", "1"}, {"X-One", "2"}}));
        QCOMPARE(r->request.body, QStringLiteral("{\"a\": \"b c\"}"));
        QVERIFY(r->request.bodyMode == BodyMode::Json);
        QVERIFY(r->notes.isEmpty());
    }

    void dataDefaultsToAFormPostAndSeveralDataJoinWithAmpersand()
    {
        const auto r = CurlCommand::parse(QStringLiteral("curl localhost/x -d a=1 --data b=2"));
        QVERIFY(r.ok());
        QCOMPARE(r->request.method, QStringLiteral("POST"));
        QCOMPARE(r->request.body, QStringLiteral("a=1&b=2"));
        QCOMPARE(r->request.headers,
                 (NameValueList{{"Content-Type", "application/x-www-form-urlencoded"}}));
    }

    void jsonFlagSetsBothHeaders()
    {
        const auto r = CurlCommand::parse(QStringLiteral("curl --json '{\"k\":1}' http://h/j"));
        QVERIFY(r.ok());
        QCOMPARE(r->request.method, QStringLiteral("POST"));
        QCOMPARE(r->request.headers, (NameValueList{{"Content-Type", "application/json"},
                                                    {"Accept", "application/json"}}));
        QVERIFY(r->request.bodyMode == BodyMode::Json);
    }

    void userBecomesABasicAuthorizationHeader()
    {
        const auto r = CurlCommand::parse(QStringLiteral("curl -u ada:s3cret http://h/"));
        QVERIFY(r.ok());
        QCOMPARE(r->request.headers,
                 (NameValueList{
                     {"Authorization", QString("Basic " + QByteArray("ada:s3cret").toBase64())}}));
    }

    void dataFromAFileIsRefusedWithAClearMessage()
    {
        const auto r = CurlCommand::parse(QStringLiteral("curl -d @body.json http://h/"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("@body.json")));
        QVERIFY(r.error().message.contains(QStringLiteral("file")));
        // --data-raw sends the @ as a character.
        const auto raw = CurlCommand::parse(QStringLiteral("curl --data-raw @me http://h/"));
        QVERIFY(raw.ok());
        QCOMPARE(raw->request.body, QStringLiteral("@me"));
    }

    void unknownFlagsAreReportedNotDropped()
    {
        const auto r =
            CurlCommand::parse(QStringLiteral("curl --frobnicate -s http://h/ -o out.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r->request.url, QStringLiteral("http://h/"));
        QCOMPARE(r->notes.size(), 3);
        QVERIFY(r->notes.at(0).contains(QStringLiteral("--frobnicate")));
        QVERIFY(r->notes.at(1).contains(QStringLiteral("-s")));
        QVERIFY(r->notes.at(2).contains(QStringLiteral("out.txt")));
    }

    void aCommandWithoutUrlIsAnError()
    {
        QVERIFY(!CurlCommand::parse(QStringLiteral("curl -H 'A: 1'")).ok());
        QVERIFY(!CurlCommand::parse(QStringLiteral("curl -H")).ok());
    }

    void formattedCommandsParseBackToTheSameRequest()
    {
        const NameValueList headers{{"Content-Type", "text/plain"},
                                    {"X-Quote", "it's \"quoted\" $HOME `x`"},
                                    {"X-Quote", "second"}};
        const QByteArray body = "line one\nit's @here \\ done";
        const QString command =
            CurlCommand::format(QStringLiteral("PATCH"),
                                QStringLiteral("http://localhost:8080/a b?q=1&r=2"), headers, body);
        const auto r = CurlCommand::parse(command);
        QVERIFY2(r.ok(), qPrintable(command));
        QCOMPARE(r->request.method, QStringLiteral("PATCH"));
        QCOMPARE(r->request.url, QStringLiteral("http://localhost:8080/a b?q=1&r=2"));
        QCOMPARE(r->request.headers, headers);
        QCOMPARE(r->request.body.toUtf8(), body);
        QVERIFY(r->notes.isEmpty());
    }

    void aHeaderWithABlankNameIsRefusedLikeOneWithoutAName()
    {
        QVERIFY(!CurlCommand::parse(QStringLiteral("curl -H ' : v' http://h/")).ok());
        QVERIFY(!CurlCommand::parse(QStringLiteral("curl -H ': v' http://h/")).ok());
    }

    void aUrlThatLooksLikeAFlagIsWrittenAfterUrlSoItParsesBack()
    {
        const QString command =
            CurlCommand::format(QStringLiteral("GET"), QStringLiteral("-m5"), {}, {});
        const auto r = CurlCommand::parse(command);
        QVERIFY2(r.ok(), qPrintable(command));
        QCOMPARE(r->request.url, QStringLiteral("-m5"));
    }

    void plainGetsNeedNoMethodFlagAndSafeWordsNoQuotes()
    {
        QCOMPARE(CurlCommand::format(QStringLiteral("GET"), QStringLiteral("http://h/x"), {}, {}),
                 QStringLiteral("curl http://h/x"));
        QCOMPARE(CurlCommand::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(CurlCommand::shellQuote(QString()), QStringLiteral("''"));
    }
};

QTEST_GUILESS_MAIN(tst_CurlCommand)
#include "tst_curlcommand.moc"
