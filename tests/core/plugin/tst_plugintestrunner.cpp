// SPDX-License-Identifier: GPL-3.0-or-later
// POST /tyk/plugins/test for Python and Lua (Hookbench's addition: Tyk's runner is
// JavaScript only), over real HTTP with real CPython and Lua 5.4.
#include "tests/core/plugin/plugintestkit.h"

#include <QJsonArray>

using namespace Hb;
using namespace Hb::Test;

namespace {
const QByteArray secret = "352d20ee67be67f6340b4c0605b044b7";

QJsonObject mockRequest()
{
    return {{QStringLiteral("Method"), QStringLiteral("POST")},
            {QStringLiteral("Path"), QStringLiteral("/x")},
            {QStringLiteral("Body"), QStringLiteral("hello")},
            {QStringLiteral("Headers"),
             QJsonObject{{QStringLiteral("Authorization"), QJsonArray{QStringLiteral("t-1")}}}},
            {QStringLiteral("Params"),
             QJsonObject{{QStringLiteral("p"), QJsonArray{QStringLiteral("v")}}}}};
}
} // namespace

class TestPluginTestRunner : public QObject
{
    Q_OBJECT

    Workspace m_ws;
    Gateway m_gw;

    QJsonObject run(const QJsonObject &body, int expectedStatus = 200)
    {
        const Http::HttpResponse r =
            m_gw.send("POST", "/tyk/plugins/test", {{"X-Tyk-Authorization", secret}},
                      QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (r.status != expectedStatus)
            qWarning("status %d: %s", r.status, r.body.constData());
        return r.status == expectedStatus ? QJsonDocument::fromJson(r.body).object()
                                          : QJsonObject{{QStringLiteral("status"), r.status}};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_gw.start(m_ws.options())); }

    void pythonPreHookReportsWhatItChanged()
    {
        const QString code = QStringLiteral(
            "from tyk.decorators import *\n"
            "from gateway import TykGateway as tyk\n"
            "@Hook\n"
            "def MyPre(request, session, spec):\n"
            "    tyk.log('org ' + spec['OrgID'] + ' sees ' + request.object.url, 'info')\n"
            "    tyk.log_error('just a test')\n"
            "    request.add_header('X-Org', spec['OrgID'] + '/' + "
            "request.get_header('Authorization'))\n"
            "    request.object.add_params['q'] = '2'\n"
            "    request.object.delete_headers.append('X-Old')\n"
            "    return request, session\n");
        const QJsonObject r = run({{QStringLiteral("driver"), QStringLiteral("python")},
                                   {QStringLiteral("hook_name"), QStringLiteral("MyPre")},
                                   {QStringLiteral("code"), code},
                                   {QStringLiteral("hook_type"), QStringLiteral("pre")},
                                   {QStringLiteral("org_id"), QStringLiteral("org1")},
                                   {QStringLiteral("request"), mockRequest()}});
        QVERIFY2(!r.contains(QStringLiteral("error")), QJsonDocument(r).toJson().constData());
        const QJsonObject before = r.value(QStringLiteral("request_before")).toObject();
        QCOMPARE(before.value(QStringLiteral("URL")).toString(),
                 QStringLiteral("https://__sandbox__/x?p=v"));
        QCOMPARE(before.value(QStringLiteral("RequestURI")).toString(), QStringLiteral("/x?p=v"));
        const QJsonObject after = r.value(QStringLiteral("request_after")).toObject();
        QCOMPARE(after.value(QStringLiteral("SetHeaders")).toObject().value(u"X-Org").toString(),
                 QStringLiteral("org1/t-1"));
        QCOMPARE(after.value(QStringLiteral("AddParams")).toObject().value(u"q").toString(),
                 QStringLiteral("2"));
        QCOMPARE(after.value(QStringLiteral("DeleteHeaders")).toArray().first().toString(),
                 QStringLiteral("X-Old"));
        QCOMPARE(after.value(QStringLiteral("Body")).toString(), QStringLiteral("hello"));
        const QJsonArray logs = r.value(QStringLiteral("logs")).toArray();
        QStringList lines;
        for (const QJsonValue &l : logs)
            lines << l[QStringLiteral("level")].toString() + u' ' +
                         l[QStringLiteral("message")].toString();
        QVERIFY2(lines.contains(u"info org org1 sees /x?p=v"), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(u"error just a test"), qPrintable(lines.join(u'\n')));
        QVERIFY(r.contains(QStringLiteral("execution_ms")));
    }

    void pythonAuthCheckReturnsTheSessionAndToken()
    {
        const QString code = QStringLiteral("from tyk.decorators import *\n"
                                            "@Hook\n"
                                            "def Auth(request, session, metadata, spec):\n"
                                            "    if request.get_header('Authorization') == 't-1':\n"
                                            "        session.rate = 10\n"
                                            "        session.per = 1\n"
                                            "        metadata['token'] = 't-1'\n"
                                            "    return request, session, metadata\n");
        const QJsonObject r = run({{QStringLiteral("driver"), QStringLiteral("python")},
                                   {QStringLiteral("hook_name"), QStringLiteral("Auth")},
                                   {QStringLiteral("code"), code},
                                   {QStringLiteral("hook_type"), QStringLiteral("auth_check")},
                                   {QStringLiteral("org_id"), QStringLiteral("org1")},
                                   {QStringLiteral("request"), mockRequest()}});
        QVERIFY2(!r.contains(QStringLiteral("error")), QJsonDocument(r).toJson().constData());
        QCOMPARE(r.value(QStringLiteral("session_after")).toObject().value(u"rate").toDouble(),
                 10.0);
        QCOMPARE(r[u"session_after"][u"meta_data"][u"token"].toString(), QStringLiteral("t-1"));
    }

    void pythonErrorsAreTypedWithTheirLine()
    {
        const QJsonObject base{{QStringLiteral("driver"), QStringLiteral("python")},
                               {QStringLiteral("hook_name"), QStringLiteral("Boom")},
                               {QStringLiteral("hook_type"), QStringLiteral("pre")},
                               {QStringLiteral("org_id"), QStringLiteral("o")}};
        QJsonObject syntax = base;
        syntax[QStringLiteral("code")] = QStringLiteral("def Boom(request, session, spec)\n");
        const QJsonObject e1 = run(syntax).value(QStringLiteral("error")).toObject();
        QCOMPARE(e1.value(QStringLiteral("type")).toString(), QStringLiteral("syntax"));
        QVERIFY2(e1.value(QStringLiteral("message")).toString().contains(u"user-plugin:1"),
                 qPrintable(e1.value(QStringLiteral("message")).toString()));

        QJsonObject raises = base;
        raises[QStringLiteral("code")] = QStringLiteral("from tyk.decorators import *\n"
                                                        "@Hook\n"
                                                        "def Boom(request, session, spec):\n"
                                                        "    raise ValueError('nope')\n");
        const QJsonObject e2 = run(raises).value(QStringLiteral("error")).toObject();
        QCOMPARE(e2.value(QStringLiteral("type")).toString(), QStringLiteral("runtime"));
        QVERIFY2(e2.value(QStringLiteral("message")).toString().contains(u"nope"),
                 qPrintable(e2.value(QStringLiteral("message")).toString()));
        QVERIFY2(e2.value(QStringLiteral("message")).toString().contains(u"user-plugin:4"),
                 qPrintable(e2.value(QStringLiteral("message")).toString()));

        QJsonObject missing = base;
        missing[QStringLiteral("code")] = QStringLiteral("x = 1\n");
        const QJsonObject e3 = run(missing).value(QStringLiteral("error")).toObject();
        QVERIFY2(e3.value(QStringLiteral("message")).toString().contains(u"Boom"),
                 qPrintable(e3.value(QStringLiteral("message")).toString()));
    }

    void luaPreAndResponseHooksRun()
    {
        const QString pre = QStringLiteral("function LuaPre(request, session, spec)\n"
                                           "  print('lua sees ' .. request.url)\n"
                                           "  tyk.req.set_header('X-Lua', spec['OrgID'])\n"
                                           "  return request, session\n"
                                           "end\n");
        const QJsonObject r = run({{QStringLiteral("driver"), QStringLiteral("lua")},
                                   {QStringLiteral("hook_name"), QStringLiteral("LuaPre")},
                                   {QStringLiteral("code"), pre},
                                   {QStringLiteral("hook_type"), QStringLiteral("pre")},
                                   {QStringLiteral("org_id"), QStringLiteral("org2")},
                                   {QStringLiteral("request"), mockRequest()}});
        QVERIFY2(!r.contains(QStringLiteral("error")), QJsonDocument(r).toJson().constData());
        QCOMPARE(r[u"request_after"][u"SetHeaders"][u"X-Lua"].toString(), QStringLiteral("org2"));
        QCOMPARE(r[u"logs"][0][u"message"].toString(), QStringLiteral("lua sees /x?p=v"));

        const QString response = QStringLiteral("function LuaResponse(request, session, spec)\n"
                                                "  object.response.headers['X-Seen'] = 'yes'\n"
                                                "  object.response.status_code = 201\n"
                                                "  return request, session\n"
                                                "end\n");
        const QJsonObject mockResponse{
            {QStringLiteral("StatusCode"), 200},
            {QStringLiteral("Body"), QStringLiteral("upstream")},
            {QStringLiteral("Headers"), QJsonObject{{QStringLiteral("Content-Type"),
                                                     QJsonArray{QStringLiteral("text/plain")}}}}};
        const QJsonObject rr = run({{QStringLiteral("driver"), QStringLiteral("lua")},
                                    {QStringLiteral("hook_name"), QStringLiteral("LuaResponse")},
                                    {QStringLiteral("code"), response},
                                    {QStringLiteral("hook_type"), QStringLiteral("response")},
                                    {QStringLiteral("org_id"), QStringLiteral("org2")},
                                    {QStringLiteral("request"), mockRequest()},
                                    {QStringLiteral("response"), mockResponse}});
        QVERIFY2(!rr.contains(QStringLiteral("error")), QJsonDocument(rr).toJson().constData());
        QCOMPARE(rr[u"response_before"][u"StatusCode"].toInt(), 200);
        QCOMPARE(rr[u"response_after"][u"StatusCode"].toInt(), 201);
        QCOMPARE(rr[u"response_after"][u"Body"].toString(), QStringLiteral("upstream"));
        QCOMPARE(rr[u"response_after"][u"Headers"][u"X-Seen"][0].toString(), QStringLiteral("yes"));
        QVERIFY(!rr.contains(QStringLiteral("request_before")));
    }

    void luaRunawayLoopIsATimeout()
    {
        const QJsonObject r =
            run({{QStringLiteral("driver"), QStringLiteral("lua")},
                 {QStringLiteral("hook_name"), QStringLiteral("Spin")},
                 {QStringLiteral("code"), QStringLiteral("function Spin(request, session, spec)\n"
                                                         "  while true do end\n"
                                                         "end\n")},
                 {QStringLiteral("hook_type"), QStringLiteral("pre")},
                 {QStringLiteral("org_id"), QStringLiteral("o")}});
        const QJsonObject e = r.value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("type")).toString(), QStringLiteral("timeout"));
        QVERIFY2(e.value(QStringLiteral("message")).toString().contains(u"budget"),
                 QJsonDocument(r).toJson().constData());
        QVERIFY2(e.value(QStringLiteral("message")).toString().contains(u"user-plugin:2"),
                 QJsonDocument(r).toJson().constData());
    }

    void badRequestsGetTyksErrorsAndOurs()
    {
        QJsonObject noName{{QStringLiteral("driver"), QStringLiteral("python")},
                           {QStringLiteral("code"), QStringLiteral("x = 1")},
                           {QStringLiteral("hook_type"), QStringLiteral("pre")},
                           {QStringLiteral("org_id"), QStringLiteral("o")}};
        const Http::HttpResponse r =
            m_gw.send("POST", "/tyk/plugins/test", {{"X-Tyk-Authorization", secret}},
                      QJsonDocument(noName).toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("hook_name is required for python plugins"), r.body.constData());
        noName[QStringLiteral("driver")] = QStringLiteral("cobol");
        const Http::HttpResponse bad =
            m_gw.send("POST", "/tyk/plugins/test", {{"X-Tyk-Authorization", secret}},
                      QJsonDocument(noName).toJson(QJsonDocument::Compact));
        QCOMPARE(bad.status, 400);
        QVERIFY2(bad.body.contains("invalid driver"), bad.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestPluginTestRunner)
#include "tst_plugintestrunner.moc"
