// SPDX-License-Identifier: GPL-3.0-or-later
// Tyk Lua plugins on Lua 5.4 in the real engine, over real HTTP on loopback.
#include "tests/core/plugin/plugintestkit.h"

#include "core/plugin/lua/luamodulestate.h"

#include <QTemporaryDir>

#include <QElapsedTimer>

using namespace Hb;
using namespace Hb::Test;

namespace {
const QByteArray everyHook =
    "-- Tyk Lua plugin: hooks are global functions f(request, session, spec).\n"
    "local calls = 0\n"
    "function LuaPre(request, session, spec)\n"
    "  tyk.req.set_header('X-Lua-Pre', 'yes')\n"
    "  if request.params ~= nil and request.params['deny'] == '1' then\n"
    "    request.return_overrides.response_code = 403\n"
    "    request.return_overrides.response_error = 'lua says no'\n"
    "  end\n"
    "  return request, session\n"
    "end\n"
    "function LuaAuth(request, session, spec)\n"
    "  local token = request.headers['Authorization']\n"
    "  print('auth for ' .. tostring(token))\n"
    "  if token == 'lua-token' then\n"
    "    session = { rate = 100, per = 1, quota_max = -1, metadata = { token = token } }\n"
    "  end\n"
    "  return request, session\n"
    "end\n"
    "function LuaPostKeyAuth(request, session, spec)\n"
    "  request.set_headers = request.set_headers or {}\n"
    "  request.set_headers['X-Lua-Rate'] = tostring(session.rate)\n"
    "  return request, session\n"
    "end\n"
    "function LuaPost(request, session, spec)\n"
    "  calls = calls + 1\n"
    "  tyk.req.set_header('X-Lua-Post', tostring(calls))\n"
    "  tyk.req.set_header('X-Lua-Api', spec['APIID'])\n"
    "  return request, session\n"
    "end\n"
    "function LuaResponse(request, session, spec)\n"
    "  object.response.headers['X-Lua-Response'] = 'seen ' .. object.response.status_code\n"
    "  return request, session\n"
    "end\n";

const QByteArray everyHookSection =
    "\"pre\": [{\"name\": \"LuaPre\"}], \"auth_check\": {\"name\": \"LuaAuth\"}, "
    "\"post_key_auth\": [{\"name\": \"LuaPostKeyAuth\"}], \"post\": [{\"name\": \"LuaPost\"}], "
    "\"response\": [{\"name\": \"LuaResponse\"}]";
} // namespace

class TestLuaPlugins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyHookRunsOverHttp()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("lua"), everyHook, everyHookSection, {}, "lua",
                  QStringLiteral("plugin.lua"));
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("lua-api"), QStringLiteral("/lua/"), QStringLiteral("lua"),
                         true));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));

        const Http::HttpResponse r = gw.get("/lua/get", {{"Authorization", "lua-token"}});
        QCOMPARE(r.status, 200);
        const QJsonObject h = echoedHeaders(r);
        QCOMPARE(h.value(QStringLiteral("X-Lua-Pre")).toString(), QStringLiteral("yes"));
        QCOMPARE(h.value(QStringLiteral("X-Lua-Rate")).toString(), QStringLiteral("100.0"));
        QCOMPARE(h.value(QStringLiteral("X-Lua-Post")).toString(), QStringLiteral("1"));
        QCOMPARE(h.value(QStringLiteral("X-Lua-Api")).toString(), QStringLiteral("lua-api"));
        QCOMPARE(r.headers.value("X-Lua-Response"), QByteArray("seen 200"));
        QVERIFY(gw.logs().join(u'\n').contains(u"auth for lua-token"));

        // As in Tyk, every call gets a fresh state: the counter starts again.
        QCOMPARE(echoedHeaders(gw.get("/lua/get", {{"Authorization", "lua-token"}}))
                     .value(QStringLiteral("X-Lua-Post"))
                     .toString(),
                 QStringLiteral("1"));
        QCOMPARE(gw.get("/lua/get", {{"Authorization", "nope"}}).status, 403);
        const Http::HttpResponse denied =
            gw.get("/lua/get?deny=1", {{"Authorization", "lua-token"}});
        QCOMPARE(denied.status, 403);
        QVERIFY(denied.body.contains("lua says no"));
    }

    void clearHeaderKeepsOnlyTheLastOneAsInTyk()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("clear"),
                  "function Clear(request, session, spec)\n"
                  "  tyk.req.clear_header('X-One')\n"
                  "  tyk.req.clear_header('X-Two')\n"
                  "  return request, session\n"
                  "end\n",
                  "\"pre\": [{\"name\": \"Clear\"}]", {}, "lua", QStringLiteral("plugin.lua"));
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("c"), QStringLiteral("/c/"), QStringLiteral("clear")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const QJsonObject h = echoedHeaders(gw.get("/c/x", {{"X-One", "1"}, {"X-Two", "2"}}));
        QCOMPARE(h.value(QStringLiteral("X-One")).toString(), QStringLiteral("1"));
        QVERIFY(!h.contains(QStringLiteral("X-Two")));
    }

    // Tyk decodes the returned tables as Go decodes JSON into the Object: the gateway's own
    // view (headers, params, body) is not applied, and a value of the wrong type is a 500.
    void returnedObjectIsDecodedAsTykDecodesIt()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("dec"),
                  "function Decode(request, session, spec)\n"
                  "  request.headers['X-Ignored'] = 'not applied'\n"
                  "  request.params['ignored'] = '1'\n"
                  "  request.set_headers = { ['X-Set'] = 'applied' }\n"
                  "  request.add_params = { [7] = 'seven' }\n"
                  "  if request.params['bad'] == '1' then\n"
                  "    request.set_headers['X-Number'] = 5\n"
                  "  end\n"
                  "  return request, session\n"
                  "end\n",
                  "\"pre\": [{\"name\": \"Decode\"}]", {}, "lua", QStringLiteral("plugin.lua"));
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("d"), QStringLiteral("/d/"), QStringLiteral("dec")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const Http::HttpResponse ok = gw.get("/d/get?x=1");
        QCOMPARE(ok.status, 200);
        const QJsonObject echo = QJsonDocument::fromJson(ok.body).object();
        const QJsonObject h = echo.value(QStringLiteral("headers")).toObject();
        QCOMPARE(h.value(QStringLiteral("X-Set")).toString(), QStringLiteral("applied"));
        QVERIFY(!h.contains(QStringLiteral("X-Ignored")));
        const QJsonObject args = echo.value(QStringLiteral("args")).toObject();
        QVERIFY2(!args.contains(QStringLiteral("ignored")), ok.body.constData());
        QVERIFY2(args.contains(QStringLiteral("7")), ok.body.constData()); // number key -> "7"

        const Http::HttpResponse bad = gw.get("/d/get?bad=1");
        QCOMPARE(bad.status, 500);
        const auto events = gw.phaseEvents(QStringLiteral("pre:Decode"));
        QVERIFY(!events.isEmpty());
        QVERIFY2(events.last().message.contains(u"set_headers"), qPrintable(events.last().message));
    }

    // The memory cap counts live memory: a hook that churns through garbage stays under it,
    // one that keeps growing a table is stopped with Lua's "not enough memory".
    void memoryBudgetCountsLiveMemoryNotGarbage()
    {
        QTemporaryDir dir;
        const QString file = QDir(dir.path()).filePath(QStringLiteral("plugin.lua"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("function Churn(request, session, spec)\n"
                "  for i = 1, 200000 do local s = string.rep('x', 100) .. i end\n"
                "  return request, session\n"
                "end\n"
                "function Hoard(request, session, spec)\n"
                "  local t = {}\n"
                "  for i = 1, 10000000 do t[i] = string.rep('y', 50) .. i end\n"
                "  return request, session\n"
                "end\n");
        f.close();
        Plugin::LuaBudget budget;
        budget.memoryBytes = 8u << 20;
        const auto sources = Plugin::LuaModuleState::readSources({file});
        QVERIFY(sources);
        coprocess::Object object;
        for (const char *hook : {"Churn", "Hoard"}) {
            Plugin::LuaModuleState state;
            QVERIFY(state.load(*sources, budget));
            object.set_hook_name(hook);
            const auto result = state.dispatch(object, budget, nullptr, nullptr);
            if (QByteArray(hook) == "Churn") {
                QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
            } else {
                QVERIFY(!result.ok());
                QVERIFY2(result.error().message.contains(u"not enough memory"),
                         qPrintable(result.error().message));
            }
        }
    }

    void runawayLoopIsStoppedWhileOtherRequestsFlow()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("spin"),
                  "function Spin(request, session, spec)\n"
                  "  if request.params ~= nil and request.params['spin'] == '1' then\n"
                  "    while true do end\n"
                  "  end\n"
                  "  return request, session\n"
                  "end\n",
                  "\"pre\": [{\"name\": \"Spin\"}]", {}, "lua", QStringLiteral("plugin.lua"));
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("s"), QStringLiteral("/s/"), QStringLiteral("spin")));
        ws.write(QStringLiteral("apps/keyless.json"),
                 apiJson(QStringLiteral("k"), QStringLiteral("/k/"), QString()));
        Gateway gw;
        QVERIFY(gw.start(ws.options(400)));
        QElapsedTimer timer;
        timer.start();
        // A plain request is answered while the loop runs on the Lua thread.
        std::optional<Http::HttpResponse> spun;
        gw.getAsync("/s/x?spin=1", [&](Http::HttpResponse r) { spun = r; });
        QTest::qWait(50);
        QCOMPARE(gw.get("/k/x").status, 200);
        QVERIFY2(!spun.has_value(), "the runaway hook answered before the keyless API");
        QTRY_VERIFY_WITH_TIMEOUT(spun.has_value(), 10000);
        QCOMPARE(spun->status, 500);
        QVERIFY2(timer.elapsed() < 5000, "the loop was not stopped within its budget");
        const auto events = gw.phaseEvents(QStringLiteral("pre:Spin"));
        QVERIFY(!events.isEmpty());
        QVERIFY2(events.last().message.contains(u"budget"), qPrintable(events.last().message));
        QCOMPARE(gw.get("/k/x").status, 200);
        QCOMPARE(gw.get("/s/x").status, 200);
    }

    void syntaxErrorIsReportedWithItsLine()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("bad"),
                  "function Broken(request, session, spec)\n"
                  "  return request,, session\n"
                  "end\n",
                  "\"pre\": [{\"name\": \"Broken\"}]", {}, "lua", QStringLiteral("plugin.lua"));
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("b"), QStringLiteral("/b/"), QStringLiteral("bad")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const QString all = gw.diagnostics().join(u'\n');
        QVERIFY2(all.contains(u"plugin.lua:2"), qPrintable(all));
        QCOMPARE(gw.get("/b/x").status, 500);
    }

    void sandboxRefusesToRunPrograms()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("sandbox"),
                  "function Escape(request, session, spec)\n"
                  "  os.execute('touch /tmp/hookbench-escaped')\n"
                  "  return request, session\n"
                  "end\n",
                  "\"pre\": [{\"name\": \"Escape\"}]", {}, "lua", QStringLiteral("plugin.lua"));
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("x"), QStringLiteral("/x/"), QStringLiteral("sandbox")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QCOMPARE(gw.get("/x/y").status, 500);
        const auto events = gw.phaseEvents(QStringLiteral("pre:Escape"));
        QVERIFY(!events.isEmpty());
        QVERIFY2(events.last().message.contains(u"execute"), qPrintable(events.last().message));
        QCOMPARE(events.last().where.line, 2);
    }

    void runtimeErrorAnswers500WithItsLocation()
    {
        Workspace ws;
        ws.bundle(QStringLiteral("err"),
                  "function Fails(request, session, spec)\n"
                  "  local t = nil\n"
                  "  return t.field\n"
                  "end\n",
                  "\"post\": [{\"name\": \"Fails\"}]", {}, "lua", QStringLiteral("plugin.lua"));
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("e"), QStringLiteral("/e/"), QStringLiteral("err")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const Http::HttpResponse r = gw.get("/e/x");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body, QByteArray("{\n    \"error\": \"Middleware error\"\n}"));
        const auto events = gw.phaseEvents(QStringLiteral("post:Fails"));
        QVERIFY(events.last().where.file.endsWith(u"plugin.lua"));
        QCOMPARE(events.last().where.line, 3);
    }
};

QTEST_GUILESS_MAIN(TestLuaPlugins)
#include "tst_luaplugins.moc"
