// SPDX-License-Identifier: GPL-3.0-or-later
// Composed requests to engine requests: {{variables}}, body modes, URLs; and back to curl.
// Test tables read better with plain literals than with QStringLiteral everywhere.
#undef QT_NO_CAST_FROM_ASCII
#include "workbench/requests/curlcommand.h"
#include "workbench/requests/requestbuilder.h"
#include "workbench/requests/variableexpander.h"

#include <QTest>

using namespace Hb;
using namespace Hb::Ui;

class tst_RequestBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void variablesAreExpandedInUrlHeadersAndBody()
    {
        SavedRequest r;
        r.method = QStringLiteral("post");
        r.url = QStringLiteral("/{{api}}/post?id={{ id }}");
        r.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{token}}")}};
        r.bodyMode = BodyMode::Json;
        r.body = QStringLiteral("{\"id\": \"{{id}}\"}");
        const Variables vars{{"api", "keyless"}, {"id", "42"}, {"token", "t0k"}};
        const auto built = RequestBuilder::build(r, vars);
        QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().message));
        QCOMPARE(built->method, QByteArray("POST"));
        QCOMPARE(built->target, QByteArray("/keyless/post?id=42"));
        QCOMPARE(built->headers.value("Authorization"), QByteArray("Bearer t0k"));
        QCOMPARE(built->headers.value("Host"), QByteArray("hookbench.local"));
        QCOMPARE(built->headers.value("Content-Type"), QByteArray("application/json"));
        QCOMPARE(built->body, QByteArray("{\"id\": \"42\"}"));
    }

    void anUnknownVariableIsAnErrorNotSentLiterally()
    {
        SavedRequest r;
        r.url = QStringLiteral("/python/get");
        r.headers = {{QStringLiteral("Authorization"), QStringLiteral("{{token}} {{other}}")}};
        const auto built = RequestBuilder::build(r, {{"token", "x"}});
        QVERIFY(!built.ok());
        QVERIFY(built.error().message.contains(QStringLiteral("{{other}}")));
        QVERIFY(built.error().message.contains(QStringLiteral("Authorization")));
        QVERIFY(!built.error().message.contains(QStringLiteral("{{token}}")));
    }

    void expanderListsNamesAndDoesNotExpandValuesTwice()
    {
        QCOMPARE(VariableExpander::namesIn(QStringLiteral("{{a}}/{{ b }}/{{a}}")),
                 (QStringList{"a", "b"}));
        const VariableExpander expander({{"a", "{{b}}"}, {"b", "no"}});
        QCOMPARE(*expander.expand(QStringLiteral("x{{a}}y"), QStringLiteral("URL")),
                 QStringLiteral("x{{b}}y"));
        QCOMPARE(*expander.expand(QStringLiteral("{ {a} } {{}}"), QStringLiteral("URL")),
                 QStringLiteral("{ {a} } {{}}"));
    }

    void formFieldsAreUrlEncodedWithTheirContentType()
    {
        SavedRequest r;
        r.method = QStringLiteral("POST");
        r.url = QStringLiteral("keyless/post");
        r.bodyMode = BodyMode::Form;
        r.formFields = {{QStringLiteral("name"), QStringLiteral("Ada L")},
                        {QStringLiteral("lang"), QStringLiteral("C++ & {{x}}")}};
        const auto built = RequestBuilder::build(r, {{"x", "Lua"}});
        QVERIFY(built.ok());
        QCOMPARE(built->target, QByteArray("/keyless/post"));
        QCOMPARE(built->body, QByteArray("name=Ada%20L&lang=C%2B%2B%20%26%20Lua"));
        QCOMPARE(built->headers.value("Content-Type"),
                 QByteArray("application/x-www-form-urlencoded"));
    }

    void invalidJsonInJsonModeIsRefusedAndRawSendsIt()
    {
        SavedRequest r;
        r.url = QStringLiteral("/x");
        r.bodyMode = BodyMode::Json;
        r.body = QStringLiteral("{broken");
        QVERIFY(!RequestBuilder::build(r, {}).ok());
        r.bodyMode = BodyMode::Raw;
        QVERIFY(RequestBuilder::build(r, {}).ok());
    }

    void aFullUrlGivesPathAndHost()
    {
        SavedRequest r;
        r.url = QStringLiteral("http://gw.example:8080/keyless/get?a=1");
        const auto built = RequestBuilder::build(r, {});
        QVERIFY(built.ok());
        QCOMPARE(built->target, QByteArray("/keyless/get?a=1"));
        QCOMPARE(built->headers.value("Host"), QByteArray("gw.example:8080"));
    }

    void headerLinesWithoutAColonNameTheirLine()
    {
        const auto parsed = RequestBuilder::parseHeaderLines(QStringLiteral("A: 1\n\nbroken"));
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().message.contains(QStringLiteral("3")));
    }

    void copyAsCurlImportsBackToTheSameRequest()
    {
        SavedRequest r;
        r.method = QStringLiteral("POST");
        r.url = QStringLiteral("/python/post?q=it's");
        r.headers = {{QStringLiteral("Authorization"), QStringLiteral("sample-token")}};
        r.bodyMode = BodyMode::Json;
        r.body = QStringLiteral("{\"msg\": \"it's $HOME\"}");
        const auto built = RequestBuilder::build(r, {});
        QVERIFY(built.ok());
        const QString command = RequestBuilder::toCurl(*built);
        QVERIFY(command.startsWith(
            QStringLiteral("curl -X POST 'http://localhost:8080/python/post?q=it'\\''s'")));
        QVERIFY(!command.contains(QStringLiteral("hookbench.local")));
        const auto imported = CurlCommand::parse(command);
        QVERIFY(imported.ok());
        const auto rebuilt = RequestBuilder::build(imported->request, {});
        QVERIFY(rebuilt.ok());
        QCOMPARE(rebuilt->method, built->method);
        QCOMPARE(rebuilt->target, built->target);
        QCOMPARE(rebuilt->body, built->body);
        QCOMPARE(rebuilt->headers.value("Authorization"), QByteArray("sample-token"));
        QCOMPARE(rebuilt->headers.value("Content-Type"), QByteArray("application/json"));
    }
};

QTEST_GUILESS_MAIN(tst_RequestBuilder)
#include "tst_requestbuilder.moc"
