// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/errorreply.h"

#include <QTest>

using namespace Hb;
using Pipeline::ErrorReply;

class tst_ErrorReply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonTemplateIsTyksByteForByte()
    {
        Http::HttpRequest request;
        const auto r = ErrorReply::make(
            403, QStringLiteral("Access to this API has been disallowed"), request);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body,
                 QByteArray("{\n    \"error\": \"Access to this API has been disallowed\"\n}"));
        QCOMPARE(r.headers.value("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.headers.value("X-Generator"), QByteArray("tyk.io"));
        QVERIFY(!r.headers.contains("Connection"));
    }

    void messageIsJsonEscapedLikeTyk_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("quote") << QStringLiteral("{\"foo\": \"bar\"}")
                               << QByteArray("{\\\"foo\\\": \\\"bar\\\"}");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QByteArray("a\\\\b");
        QTest::newRow("newline and tab") << QStringLiteral("a\nb\tc") << QByteArray("a\\nb\\tc");
        QTest::newRow("control") << QString(QChar(0x01)) << QByteArray("\\u0001");
        QTest::newRow("html is left alone") << QStringLiteral("<a&b>") << QByteArray("<a&b>");
        QTest::newRow("utf8") << QStringLiteral("grüß") << QByteArray("grüß");
    }
    void messageIsJsonEscapedLikeTyk()
    {
        QFETCH(QString, message);
        QFETCH(QByteArray, escaped);
        QCOMPARE(ErrorReply::jsonEscape(message), escaped);
    }

    void xmlRequestGetsTheXmlTemplateWithItsOwnType_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("expectedType");
        QTest::newRow("application/xml")
            << QByteArray("application/xml; charset=utf-8") << QByteArray("application/xml");
        QTest::newRow("text/xml") << QByteArray("text/xml") << QByteArray("text/xml");
        QTest::newRow("soap") << QByteArray("application/soap+xml")
                              << QByteArray("application/soap+xml");
        QTest::newRow("json") << QByteArray("application/json") << QByteArray("application/json");
        QTest::newRow("upper case is not xml")
            << QByteArray("Application/XML") << QByteArray("application/json");
    }
    void xmlRequestGetsTheXmlTemplateWithItsOwnType()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, expectedType);
        Http::HttpRequest request;
        request.headers.add("Content-Type", contentType);
        const auto r = ErrorReply::make(401, QStringLiteral("Key <x> & \"y\""), request);
        QCOMPARE(r.headers.value("Content-Type"), expectedType);
        if (expectedType.contains("xml")) {
            QCOMPARE(r.body, QByteArray("<?xml version = \"1.0\" encoding = \"UTF-8\"?>\n"
                                        "<error>Key &lt;x&gt; &amp; &#34;y&#34;</error>\n"));
        }
    }

    void hideGeneratorAndCloseConnectionsAreHonoured()
    {
        Http::HttpRequest request;
        const auto r = ErrorReply::make(500, QStringLiteral("x"), request, {true, true});
        QVERIFY(!r.headers.contains("X-Generator"));
        QCOMPARE(r.headers.value("Connection"), QByteArray("close"));
    }
};

QTEST_GUILESS_MAIN(tst_ErrorReply)
#include "tst_errorreply.moc"
