// SPDX-License-Identifier: GPL-3.0-or-later
// Tyk's Go plugins in the real engine, over real HTTP on loopback: each plugin is built from
// source with Debian's Go (tests/core/plugin/go/plugins) and runs in the real Go plugin host.
#include "tests/core/plugin/go/goplugintestkit.h"

#include "core/plugin/go/gotoolchain.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>

using namespace Hb;
using namespace Hb::Test;

namespace {

const QByteArray kSecret = "352d20ee67be67f6340b4c0605b044b7"; // Tyk's default secret

QJsonObject entry(const QString &name, const QString &path)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("path"), path}};
}

// A Classic API on hookbench://echo whose custom_middleware (driver goplugin) is `mw`.
QByteArray goApi(const QString &listenPath, const QJsonObject &mw, bool protectedApi = false,
                 const QJsonObject &extendedPaths = {})
{
    QJsonObject api = QJsonDocument::fromJson(
                          apiJson(QStringLiteral("go-api"), listenPath, QString(), protectedApi))
                          .object();
    api.remove(QStringLiteral("custom_middleware_bundle"));
    QJsonObject middleware = mw;
    middleware.insert(QStringLiteral("driver"), QStringLiteral("goplugin"));
    api.insert(QStringLiteral("custom_middleware"), middleware);
    if (!extendedPaths.isEmpty()) {
        api.insert(
            QStringLiteral("version_data"),
            QJsonObject{
                {QStringLiteral("not_versioned"), true},
                {QStringLiteral("versions"),
                 QJsonObject{{QStringLiteral("Default"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("Default")},
                                          {QStringLiteral("use_extended_paths"), true},
                                          {QStringLiteral("extended_paths"), extendedPaths}}}}}});
    }
    return QJsonDocument(api).toJson();
}

// goApi with one hook of `type` (pre, post, response).
QByteArray oneHookApi(const QString &type, const QString &name, const QString &path)
{
    return goApi(QStringLiteral("/go/"), {{type, QJsonArray{entry(name, path)}}});
}

} // namespace

class TestGoPlugins : public QObject
{
    Q_OBJECT

    Setup::EngineOptions goOptions(const Workspace &ws)
    {
        Setup::EngineOptions o = ws.options();
        // Shared by every test of this program: the host and each plugin build once.
        o.goCacheDir = qEnvironmentVariable("HOOKBENCH_GO_CACHE");
        return o;
    }

    bool startWith(Gateway &gw, Workspace &ws, const QByteArray &api)
    {
        ws.write(QStringLiteral("apps/api.json"), api);
        return gw.start(goOptions(ws));
    }

private Q_SLOTS:
    void initTestCase()
    {
        installMessageCapture();
        // A missing toolchain fails here, never skips: CI installs golang-go.
        const auto go = Plugin::GoToolchain::find();
        QVERIFY2(go, qPrintable(go ? QString() : go.error().message));
        QVERIFY(!goTestPlugins().isEmpty());
        QVERIFY(!qEnvironmentVariable("HOOKBENCH_GO_CACHE").isEmpty());
    }

    void preHookChangesTheRequestAndTheWriterHeaders()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("pre_header"));
        Gateway gw;
        QVERIFY(startWith(gw, ws,
                          oneHookApi(QStringLiteral("pre"), QStringLiteral("MyPluginPre"),
                                     QStringLiteral("plugins/pre_header"))));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        const Http::HttpResponse r = gw.get("/go/get?x=1");
        QVERIFY2(r.status == 200, r.body.constData());
        // r.Header reaches the upstream; the listen path is still in r.URL in a pre hook.
        QCOMPARE(echoedHeaders(r).value(QStringLiteral("X-Initial-Uri")).toString(),
                 QStringLiteral("/go/get?x=1"));
        // rw.Header() without a write goes out with the proxied reply.
        QCOMPARE(r.headers.value("X-Go-Pre"), QByteArray("1"));
    }

    void missingSoBesideItsSourcesIsBuiltFromThem()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("pre_header"));
        Gateway gw;
        // The path names a .so as Tyk definitions do; plugins/pre_header/ holds its sources.
        QVERIFY(startWith(gw, ws,
                          oneHookApi(QStringLiteral("pre"), QStringLiteral("MyPluginPre"),
                                     QStringLiteral("plugins/pre_header.so"))));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        QCOMPARE(gw.get("/go/get").headers.value("X-Go-Pre"), QByteArray("1"));
    }

    void authCheckSetsASessionThatIsStored()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("auth"));
        Gateway gw;
        QVERIFY(startWith(
            gw, ws,
            goApi(QStringLiteral("/go/"),
                  {{QStringLiteral("auth_check"),
                    entry(QStringLiteral("MyPluginAuthCheck"), QStringLiteral("plugins/auth"))}},
                  true)));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));

        const Http::HttpResponse refused = gw.get("/go/get", {{"Authorization", "nope"}});
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.body, QByteArray("auth failed"));
        QCOMPARE(refused.headers.value("X-Auth-Result"), QByteArray("failed"));
        QVERIFY(!refused.headers.contains("X-Generator")); // no error template

        const Http::HttpResponse ok = gw.get("/go/get", {{"Authorization", "abc"}});
        QVERIFY2(ok.status == 200, ok.body.constData());
        // ctx.SetSession(r, s, true) stored the session under its KeyID.
        const Http::HttpResponse stored =
            gw.send("GET", "/tyk/keys/abc?api_id=go-api", {{"X-Tyk-Authorization", kSecret}});
        QVERIFY2(stored.status == 200, stored.body.constData());
        QCOMPARE(
            QJsonDocument::fromJson(stored.body).object().value(QStringLiteral("alias")).toString(),
            QStringLiteral("abc-session"));
    }

    void replyWrittenByAPostHookEndsTheChain()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("post_reply"));
        Gateway gw;
        QVERIFY(startWith(gw, ws,
                          oneHookApi(QStringLiteral("post"), QStringLiteral("MyPluginPost"),
                                     QStringLiteral("plugins/post_reply"))));
        const Http::HttpResponse r = gw.get("/go/get");
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("from")).toString(),
                 QStringLiteral("go"));
        QCOMPARE(r.headers.value("Content-Type"), QByteArray("application/json"));
    }

    void writerHeadersOfEarlierStepsGoOutWithALaterStepsReply()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("pre_header"));
        copyGoPlugin(ws, QStringLiteral("post_reply"));
        Gateway gw;
        // Tyk's steps share one writer: the pre hook's rw header is on the post hook's reply.
        QVERIFY(startWith(
            gw, ws,
            goApi(QStringLiteral("/go/"),
                  {{QStringLiteral("pre"), QJsonArray{entry(QStringLiteral("MyPluginPre"),
                                                            QStringLiteral("plugins/pre_header"))}},
                   {QStringLiteral("post"),
                    QJsonArray{entry(QStringLiteral("MyPluginPost"),
                                     QStringLiteral("plugins/post_reply"))}}})));
        const Http::HttpResponse r = gw.get("/go/get");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.values("X-Go-Pre"), QList<QByteArray>{"1"});
        QVERIFY(r.body.contains("\"from\":\"go\""));
    }

    void errorStatusGoesOutExactlyAsWritten()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("teapot"));
        Gateway gw;
        QVERIFY(startWith(gw, ws,
                          oneHookApi(QStringLiteral("pre"), QStringLiteral("MyTeapot"),
                                     QStringLiteral("plugins/teapot"))));
        const Http::HttpResponse r = gw.get("/go/get");
        QCOMPARE(r.status, 418);
        QCOMPARE(r.body, QByteArray("I'm a teapot"));
        QVERIFY(!r.headers.contains("X-Generator"));
    }

    void responseHookReplacesTheUpstreamReply()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("response_hook"));
        Gateway gw;
        QVERIFY(startWith(gw, ws,
                          oneHookApi(QStringLiteral("response"), QStringLiteral("MyResponsePlugin"),
                                     QStringLiteral("plugins/response_hook"))));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        const Http::HttpResponse r = gw.get("/go/get");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{\"message\":\"response injected message\"}"));
        QCOMPARE(r.headers.value("X-Response-Added"), QByteArray("resp-added"));
    }

    // Tyk makes a response entry whose path ends in .so a Go response plugin whatever the
    // API's driver: here beside a Python pre hook, which keeps running in Python.
    void soResponseEntryUnderThePythonDriverRunsInTheGoHost()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("response_hook"));
        ws.write(QStringLiteral("apps/middleware.py"), "from tyk.decorators import *\n"
                                                       "@Hook\n"
                                                       "def PyPre(request, session, spec):\n"
                                                       "    request.add_header('X-Py-Pre', '1')\n"
                                                       "    return request, session\n");
        QJsonObject api = QJsonDocument::fromJson(goApi(QStringLiteral("/go/"), {})).object();
        api.insert(
            QStringLiteral("custom_middleware"),
            QJsonObject{{QStringLiteral("driver"), QStringLiteral("python")},
                        {QStringLiteral("pre"), QJsonArray{entry(QStringLiteral("PyPre"),
                                                                 QStringLiteral("middleware.py"))}},
                        {QStringLiteral("response"),
                         QJsonArray{entry(QStringLiteral("MyResponsePlugin"),
                                          QStringLiteral("plugins/response_hook.so"))}}});
        Gateway gw;
        QVERIFY(startWith(gw, ws, QJsonDocument(api).toJson()));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        const Http::HttpResponse r = gw.get("/go/get");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{\"message\":\"response injected message\"}"));
        QCOMPARE(r.headers.value("X-Response-Added"), QByteArray("resp-added"));
        bool pythonRan = false;
        for (const auto &e : gw.trace.events())
            pythonRan = pythonRan || e.phase == QStringLiteral("pre:PyPre");
        QVERIFY(pythonRan);
    }

    void perEndpointPluginMatchesMethodAndPath()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("endpoint"));
        Gateway gw;
        const QJsonObject paths{
            {QStringLiteral("go_plugin"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("path"), QStringLiteral("/foo")},
                             {QStringLiteral("method"), QStringLiteral("GET")},
                             {QStringLiteral("plugin_path"), QStringLiteral("plugins/endpoint")},
                             {QStringLiteral("func_name"), QStringLiteral("MyEndpointPlugin")}}}}};
        QVERIFY(startWith(gw, ws, goApi(QStringLiteral("/go/"), {}, false, paths)));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        QCOMPARE(echoedHeaders(gw.get("/go/foo")).value(QStringLiteral("X-Endpoint")).toString(),
                 QStringLiteral("1"));
        QVERIFY(!echoedHeaders(gw.get("/go/bar")).contains(QStringLiteral("X-Endpoint")));
        QVERIFY(!echoedHeaders(gw.send("POST", "/go/foo")).contains(QStringLiteral("X-Endpoint")));
    }

    void oasApiNamesItsGoPluginsInPluginConfig()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("pre_header"));
        ws.write(QStringLiteral("apps/oas.json"),
                 "{\n"
                 "  \"openapi\": \"3.0.3\",\n"
                 "  \"info\": {\"title\": \"OAS Go\", \"version\": \"1.0.0\"},\n"
                 "  \"paths\": {},\n"
                 "  \"x-tyk-api-gateway\": {\n"
                 "    \"info\": {\"id\": \"oas-go\", \"name\": \"OAS Go\", \"state\": "
                 "{\"active\": true}},\n"
                 "    \"upstream\": {\"url\": \"hookbench://echo\"},\n"
                 "    \"server\": {\"listenPath\": {\"value\": \"/oas-go/\", \"strip\": true}},\n"
                 "    \"middleware\": {\"global\": {\n"
                 "      \"pluginConfig\": {\"driver\": \"goplugin\"},\n"
                 "      \"prePlugins\": [{\"enabled\": true, \"functionName\": \"MyPluginPre\", "
                 "\"path\": \"plugins/pre_header.so\"}]\n"
                 "    }}\n"
                 "  }\n"
                 "}");
        Gateway gw;
        QVERIFY(gw.start(goOptions(ws)));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        const Http::HttpResponse r = gw.get("/oas-go/get");
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.headers.value("X-Go-Pre"), QByteArray("1"));
    }

    void bundleWithTheGopluginDriverBuildsItsSources()
    {
        Workspace ws;
        QFile source(QDir(goTestPlugins()).filePath(QStringLiteral("pre_header/main.go")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        // The hook's path is the bundle's folder of sources, joined under the bundle.
        ws.bundle(QStringLiteral("gob"), source.readAll(),
                  "\"pre\": [{\"name\": \"MyPluginPre\", \"path\": \"pre\"}]", {}, "goplugin",
                  QStringLiteral("pre/main.go"));
        ws.write(
            QStringLiteral("apps/api.json"),
            apiJson(QStringLiteral("go-bundle"), QStringLiteral("/gob/"), QStringLiteral("gob")));
        Gateway gw;
        QVERIFY(gw.start(goOptions(ws)));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        const Http::HttpResponse r = gw.get("/gob/get");
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.headers.value("X-Go-Pre"), QByteArray("1"));
    }

    void panicIsA500AndTheHostGoesOn()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("panics"));
        Gateway gw;
        QVERIFY(startWith(gw, ws,
                          oneHookApi(QStringLiteral("pre"), QStringLiteral("MyPanic"),
                                     QStringLiteral("plugins/panics"))));
        for (int i = 0; i < 2; ++i) {
            const Http::HttpResponse r = gw.get("/go/get");
            QCOMPARE(r.status, 500);
            QVERIFY2(r.body.contains("Internal Server Error"), r.body.constData());
        }
        const auto phases = gw.phaseEvents(QStringLiteral("pre:MyPanic"));
        QVERIFY(!phases.isEmpty());
        QVERIFY2(phases.last().message.contains(u"Recovered from panic"),
                 qPrintable(phases.last().message));
        // And in the gateway log, as Tyk logs it, with the plugin's line.
        QVERIFY2(capturedMessages().contains(
                     u"[goplugin] error: Recovered from panic while running "
                     u"Go-plugin middleware func: plugin exploded (main.go:9, in "
                     u"MyPanic)"),
                 qPrintable(capturedMessages()));
    }

    void compileErrorIsReportedAtItsLine()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("compile_error"));
        Gateway gw;
        QVERIFY(startWith(gw, ws,
                          oneHookApi(QStringLiteral("pre"), QStringLiteral("MyPre"),
                                     QStringLiteral("plugins/compile_error"))));
        const QString all = gw.diagnostics().join(u'\n');
        QVERIFY2(all.contains(ws.path(QStringLiteral("plugins/compile_error/main.go:"))),
                 qPrintable(all));
        QCOMPARE(gw.get("/go/get").status, 500);
    }

    void loadFailuresAreGosOwnWordsAndA500()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("pre_header"));
        copyGoPlugin(ws, QStringLiteral("wrong_type"));
        Gateway gw;
        QVERIFY(startWith(
            gw, ws,
            goApi(QStringLiteral("/go/"),
                  {{QStringLiteral("pre"),
                    QJsonArray{
                        entry(QStringLiteral("Nope"), QStringLiteral("plugins/pre_header")),
                        entry(QStringLiteral("MyPre"), QStringLiteral("plugins/wrong_type")),
                        entry(QStringLiteral("MyPre"), QStringLiteral("plugins/none.so"))}}})));
        const QString all = gw.diagnostics().join(u'\n');
        QVERIFY2(all.contains(u"symbol Nope not found"), qPrintable(all));
        QVERIFY2(all.contains(u"could not cast function symbol to http.HandlerFunc"),
                 qPrintable(all));
        QVERIFY2(all.contains(u"plugin file not found"), qPrintable(all));
        const Http::HttpResponse r = gw.get("/go/get");
        QCOMPARE(r.status, 500);
        QVERIFY2(r.body.contains("Internal Server Error"), r.body.constData());
    }

    void initPanicFailsEveryLoadWithoutHanging()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("init_panic"));
        Gateway gw;
        // Two entries on the same file: Go would block the second open forever.
        QVERIFY(startWith(
            gw, ws,
            goApi(QStringLiteral("/go/"),
                  {{QStringLiteral("pre"), QJsonArray{entry(QStringLiteral("MyPre"),
                                                            QStringLiteral("plugins/init_panic"))}},
                   {QStringLiteral("post"),
                    QJsonArray{entry(QStringLiteral("MyPre"),
                                     QStringLiteral("plugins/init_panic.so"))}}})));
        const QStringList diagnostics = gw.diagnostics();
        QCOMPARE(diagnostics.filter(QStringLiteral("panic while loading")).size(), 2);
        QCOMPARE(gw.get("/go/get").status, 500);
    }

    void logLinesArePinnedToTheirPhase()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("logs"));
        Gateway gw;
        QVERIFY(startWith(gw, ws,
                          oneHookApi(QStringLiteral("pre"), QStringLiteral("MyLogPlugin"),
                                     QStringLiteral("plugins/logs"))));
        QCOMPARE(gw.get("/go/get").status, 200);
        const QString all = gw.logs().join(u'\n');
        QVERIFY2(all.contains(u"hello from go") && all.contains(u"hook=pre"), qPrintable(all));
    }

    void hostThatDiesIsStartedAgain()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("exits"));
        Gateway gw;
        QVERIFY(startWith(gw, ws,
                          oneHookApi(QStringLiteral("pre"), QStringLiteral("MyExit"),
                                     QStringLiteral("plugins/exits"))));
        QCOMPARE(gw.get("/go/get").status, 200);
        const Http::HttpResponse died = gw.get("/go/get", {{"X-Exit", "1"}});
        QCOMPARE(died.status, 500);
        // The next call starts a fresh host, which loads the plugin again.
        const Http::HttpResponse again = gw.get("/go/get");
        QVERIFY2(again.status == 200, again.body.constData());
        QCOMPARE(echoedHeaders(again).value(QStringLiteral("X-Survived")).toString(),
                 QStringLiteral("1"));
    }

    void cliBuildsASoThatLoads()
    {
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("pre_header"));
        copyGoPlugin(ws, QStringLiteral("compile_error"));
        QProcess cli;
        const QString so = ws.path(QStringLiteral("plugins/pre.so"));
        cli.start(qEnvironmentVariable("HOOKBENCH_CLI"),
                  {QStringLiteral("goplugin"), QStringLiteral("build"),
                   ws.path(QStringLiteral("plugins/pre_header")), QStringLiteral("-o"), so,
                   QStringLiteral("--go-cache"), qEnvironmentVariable("HOOKBENCH_GO_CACHE")});
        QVERIFY(cli.waitForFinished(600000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY(QFileInfo(so).isFile());

        cli.start(qEnvironmentVariable("HOOKBENCH_CLI"),
                  {QStringLiteral("goplugin"), QStringLiteral("build"),
                   ws.path(QStringLiteral("plugins/compile_error")), QStringLiteral("-o"),
                   ws.path(QStringLiteral("bad.so")), QStringLiteral("--go-cache"),
                   qEnvironmentVariable("HOOKBENCH_GO_CACHE")});
        QVERIFY(cli.waitForFinished(600000));
        QCOMPARE(cli.exitCode(), 1);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(ws.path(QStringLiteral("plugins/compile_error/main.go:"))),
                 qPrintable(err));

        // The built file, named in the definition as Tyk users do.
        Gateway gw;
        QVERIFY(startWith(gw, ws,
                          oneHookApi(QStringLiteral("pre"), QStringLiteral("MyPluginPre"),
                                     QStringLiteral("plugins/pre.so"))));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        QCOMPARE(gw.get("/go/get").headers.value("X-Go-Pre"), QByteArray("1"));
    }

    void soBuiltAgainstOtherPackagesIsExplained()
    {
        // A .so built against another copy of Tyk's packages, as a plugin built for a real
        // Tyk is: Go refuses it, and the message says what to run instead. (The plugin links
        // ctx and user; Go has nothing to compare for a package of constants only.)
        Workspace ws;
        copyGoPlugin(ws, QStringLiteral("auth"));
        const QString otherGopath = ws.path(QStringLiteral("othergopath"));
        const QString ours = QDir(qEnvironmentVariable("HOOKBENCH_GOPLUGIN_SOURCES"))
                                 .filePath(QStringLiteral("gopath"));
        QDirIterator it(ours, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            QFile in(f);
            QVERIFY(in.open(QIODevice::ReadOnly));
            ws.write(QStringLiteral("othergopath/") + QDir(ours).relativeFilePath(f), in.readAll());
        }
        QProcess go;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GO111MODULE"), QStringLiteral("off"));
        env.insert(QStringLiteral("GOFLAGS"), QString());
        env.insert(QStringLiteral("GOPATH"), otherGopath + QStringLiteral(":/usr/share/gocode"));
        go.setProcessEnvironment(env);
        go.setWorkingDirectory(ws.path(QStringLiteral("plugins/auth")));
        go.start(QStringLiteral("go"),
                 {QStringLiteral("build"), QStringLiteral("-buildmode=plugin"),
                  QStringLiteral("-o"), ws.path(QStringLiteral("foreign.so")),
                  QStringLiteral(".")});
        QVERIFY(go.waitForFinished(600000));
        QVERIFY2(go.exitCode() == 0, go.readAllStandardError().constData());

        Gateway gw;
        QVERIFY(startWith(gw, ws,
                          oneHookApi(QStringLiteral("pre"), QStringLiteral("MyPluginAuthCheck"),
                                     QStringLiteral("foreign.so"))));
        const QString all = gw.diagnostics().join(u'\n');
        QVERIFY2(all.contains(u"plugin was built with a different version of package"),
                 qPrintable(all));
        QVERIFY2(all.contains(u"hookbench-cli goplugin build"), qPrintable(all));
        QCOMPARE(gw.get("/go/get").status, 500);
    }
};

QTEST_GUILESS_MAIN(TestGoPlugins)
#include "tst_goplugins.moc"
