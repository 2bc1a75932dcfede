// SPDX-License-Identifier: GPL-3.0-or-later
// Tyk JavaScript (JSVM) plugins in the real engine, over real HTTP on loopback: goja
// bundles (`javascript`), classic otto middleware named by API definitions and by the
// folder convention, return overrides, load errors, the time budget, the built-ins.
#include "tests/core/plugin/plugintestkit.h"
#include "tests/support/testupstream.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Hb;
using namespace Hb::Test;

namespace {

const QByteArray secret = "352d20ee67be67f6340b4c0605b044b7";

// Every hook type of a goja bundle, all in one file as the plugin starter writes them.
const QByteArray everyHook =
    "var Pre = new TykJS.TykMiddleware.NewMiddleware({});\n"
    "Pre.NewProcessRequest(function (request, session, config) {\n"
    "    var multi = request.Headers['X-Multi'] || [];\n"
    "    log('pre saw ' + multi.length + ' values');\n"
    "    request.SetHeaders['X-Js-Pre'] = 'yes';\n"
    "    request.SetHeaders['X-Js-Multi'] = multi.join('|');\n"
    "    request.SetHeaders['X-Js-Greeting'] = config.config_data.greeting;\n"
    "    request.SetHeaders['X-Js-Api'] = config.APIID;\n"
    "    request.SetHeaders['X-Js-Session'] = JSON.stringify(session);\n"
    "    return Pre.ReturnData(request, {});\n"
    "});\n"
    "var Auth = new TykJS.TykMiddleware.NewMiddleware({});\n"
    "Auth.NewProcessRequest(function (request, session) {\n"
    "    if (request.Headers['Authorization'] != 'js-token') {\n"
    "        request.ReturnOverrides.ResponseCode = 401;\n"
    "        request.ReturnOverrides.ResponseError = 'Not authorized (JS middleware)';\n"
    "        return Auth.ReturnData(request, {});\n"
    "    }\n"
    "    var s = {rate: 100, per: 1, quota_max: -1, meta_data: {user: 'alice'},\n"
    "             access_rights: {}};\n"
    "    var answer = Auth.ReturnAuthData(request, s);\n"
    "    answer.AuthValue = 'js-token';\n"
    "    return answer;\n"
    "});\n"
    "var PostAuth = new TykJS.TykMiddleware.NewMiddleware({});\n"
    "PostAuth.NewProcessRequest(function (request, session) {\n"
    "    request.SetHeaders['X-Js-User'] = session.meta_data.user;\n"
    "    request.SetHeaders['X-Js-Rate'] = String(session.rate);\n"
    "    return PostAuth.ReturnData(request, {user: session.meta_data.user, seen: 'pka'});\n"
    "});\n"
    "var Post = new TykJS.TykMiddleware.NewMiddleware({});\n"
    "Post.NewProcessRequest(function (request, session) {\n"
    "    request.SetHeaders['X-Js-Post'] = 'yes';\n"
    "    request.SetHeaders['X-Js-Post-Session'] = JSON.stringify(session);\n"
    "    request.URL = request.URL.replace('/js/x', '/js/rewritten');\n"
    "    request.AddParams['added'] = '1';\n"
    "    request.DeleteParams.push('gone');\n"
    "    request.ExtendedParams['multi'] = ['a', 'b'];\n"
    "    request.DeleteHeaders.push('X-Remove');\n"
    "    request.Body = 'new body';\n"
    "    return Post.ReturnData(request, session.meta_data);\n"
    "});\n"
    "var Resp = new TykJS.TykMiddleware.NewMiddleware({});\n"
    "Resp.NewProcessResponse(function (response, request, session) {\n"
    "    response.SetHeaders['X-Js-Response'] = 'status ' + response.StatusCode;\n"
    "    response.SetHeaders['X-Js-Response-User'] = session.meta_data.user;\n"
    "    response.StatusCode = 201;\n"
    "    response.Body = response.Body.replace('new body', 'changed by the response hook');\n"
    "    return Resp.ReturnResponseData(response, {});\n"
    "});\n";

const QByteArray everyHookSection =
    "\"pre\": [{\"name\": \"Pre\", \"path\": \"plugin.js\"}], "
    "\"auth_check\": {\"name\": \"Auth\", \"path\": \"plugin.js\"}, "
    "\"post_key_auth\": [{\"name\": \"PostAuth\", \"path\": \"plugin.js\", "
    "\"require_session\": true}], "
    "\"post\": [{\"name\": \"Post\", \"path\": \"plugin.js\"}], "
    "\"response\": [{\"name\": \"Resp\", \"path\": \"plugin.js\"}]";

// What `webpack --mode production` makes of a TypeScript plugin built with Tyk's plugin
// starter, unminified: arrow functions, const, classes, template literals, a module table,
// webpack's global-object probe and the handler exported through globalThis.
const QByteArray webpackBundle =
    "/******/ (() => { // webpackBootstrap\n"
    "/******/ \t\"use strict\";\n"
    "/******/ \tvar __webpack_modules__ = ({\n"
    "/***/ \"./src/tag.ts\":\n"
    "/***/ ((__unused_webpack_module, exports) => {\n"
    "Object.defineProperty(exports, \"__esModule\", ({ value: true }));\n"
    "exports.tagRequest = void 0;\n"
    "const tagRequest = (request, config) => {\n"
    "    return Object.assign({}, request.Params, { tagged: [`${config.config_data.tag}`] });\n"
    "};\n"
    "exports.tagRequest = tagRequest;\n"
    "/***/ })\n"
    "/******/ \t});\n"
    "/******/ \tvar __webpack_module_cache__ = {};\n"
    "/******/ \tfunction __webpack_require__(moduleId) {\n"
    "/******/ \t\tvar cachedModule = __webpack_module_cache__[moduleId];\n"
    "/******/ \t\tif (cachedModule !== undefined) { return cachedModule.exports; }\n"
    "/******/ \t\tvar module = __webpack_module_cache__[moduleId] = { exports: {} };\n"
    "/******/ \t\t__webpack_modules__[moduleId](module, module.exports, __webpack_require__);\n"
    "/******/ \t\treturn module.exports;\n"
    "/******/ \t}\n"
    "/******/ \t(() => {\n"
    "/******/ \t\t__webpack_require__.g = (function() {\n"
    "/******/ \t\t\tif (typeof globalThis === 'object') return globalThis;\n"
    "/******/ \t\t\ttry { return this || new Function('return this')(); }\n"
    "/******/ \t\t\tcatch (e) { if (typeof window === 'object') return window; }\n"
    "/******/ \t\t})();\n"
    "/******/ \t})();\n"
    "var __webpack_exports__ = {};\n"
    "(() => {\n"
    "const tag_1 = __webpack_require__(\"./src/tag.ts\");\n"
    "class Counter {\n"
    "    constructor() { this.n = 0; }\n"
    "    next() { return ++this.n; }\n"
    "}\n"
    "const starterPlugin = new TykJS.TykMiddleware.NewMiddleware({});\n"
    "starterPlugin.NewProcessRequest((request, session, config) => {\n"
    "    const params = (0, tag_1.tagRequest)(request, config);\n"
    "    request.SetHeaders['X-Starter'] = Object.keys(params).sort().join(',');\n"
    "    request.SetHeaders['X-Starter-Tag'] = params.tagged[0];\n"
    "    request.SetHeaders['X-Starter-Count'] = String(new Counter().next());\n"
    "    request.SetHeaders['X-Starter-Entries'] =\n"
    "        JSON.stringify(Object.fromEntries([['a', [1, [2]].flat().length]]));\n"
    "    return starterPlugin.ReturnData(request, {});\n"
    "});\n"
    "__webpack_require__.g.starterPlugin = starterPlugin;\n"
    "})();\n"
    "/******/ })();\n";

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// An API definition for `bundle` (or keyless without plugins) with extra top-level keys.
QByteArray api(const QString &id, const QString &listenPath, const QString &bundle, bool customAuth,
               const QJsonObject &extra = {})
{
    QJsonObject o = parse(apiJson(id, listenPath, bundle, customAuth));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson();
}

QJsonObject customMiddleware(const QByteArray &json)
{
    return parse("{" + json + "}");
}

void writeJsBundle(Workspace &ws, const QString &name, const QByteArray &code,
                   const QByteArray &hooks, const QByteArray &driver = "javascript")
{
    ws.write(QStringLiteral("bundles/%1/plugin.js").arg(name), code);
    ws.write(QStringLiteral("bundles/%1/manifest.json").arg(name),
             "{\"file_list\": [\"plugin.js\"], \"custom_middleware\": {\"driver\": \"" + driver +
                 "\", " + hooks + "}}");
}

Setup::EngineOptions withConfig(Workspace &ws, const QByteArray &tykConf, int jsvmTimeoutMs = 0)
{
    ws.write(QStringLiteral("tyk.conf"), tykConf);
    Setup::EngineOptions o = ws.options();
    o.configFile = ws.path(QStringLiteral("tyk.conf"));
    o.jsvmTimeoutMs = jsvmTimeoutMs;
    return o;
}

QJsonObject storedKey(Gateway &gw, const QByteArray &key)
{
    const Http::HttpResponse r = gw.get("/tyk/keys/" + key, {{"X-Tyk-Authorization", secret}});
    return r.status == 200 ? parse(r.body) : QJsonObject();
}

} // namespace

class TestJsPlugins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyHookRunsFromAGojaBundle()
    {
        Workspace ws;
        writeJsBundle(ws, QStringLiteral("js"), everyHook, everyHookSection);
        ws.write(QStringLiteral("apps/api.json"),
                 api(QStringLiteral("js-api"), QStringLiteral("/js/"), QStringLiteral("js"), true,
                     {{QStringLiteral("config_data"),
                       QJsonObject{{QStringLiteral("greeting"), QStringLiteral("hello")}}}}));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));

        const Http::HttpResponse r = gw.get("/js/x?gone=1&keep=2", {{"Authorization", "js-token"},
                                                                    {"X-Multi", "one"},
                                                                    {"X-Multi", "two"},
                                                                    {"X-Remove", "me"}});
        QCOMPARE(r.status, 201);
        const QJsonObject echo = parse(r.body);
        const QJsonObject h = echo.value(QStringLiteral("headers")).toObject();
        QCOMPARE(h.value(QStringLiteral("X-Js-Pre")).toString(), QStringLiteral("yes"));
        QCOMPARE(h.value(QStringLiteral("X-Js-Multi")).toString(), QStringLiteral("one|two"));
        QCOMPARE(h.value(QStringLiteral("X-Js-Greeting")).toString(), QStringLiteral("hello"));
        QCOMPARE(h.value(QStringLiteral("X-Js-Api")).toString(), QStringLiteral("js-api"));
        QCOMPARE(h.value(QStringLiteral("X-Js-Session")).toString(), QStringLiteral("{}"));
        QCOMPARE(h.value(QStringLiteral("X-Js-User")).toString(), QStringLiteral("alice"));
        QCOMPARE(h.value(QStringLiteral("X-Js-Rate")).toString(), QStringLiteral("100"));
        QCOMPARE(h.value(QStringLiteral("X-Js-Post")).toString(), QStringLiteral("yes"));
        // Without require_session a post hook sees an empty session.
        QCOMPARE(h.value(QStringLiteral("X-Js-Post-Session")).toString(), QStringLiteral("{}"));
        QVERIFY(!h.contains(QStringLiteral("X-Remove")));
        QCOMPARE(echo.value(QStringLiteral("path")).toString(), QStringLiteral("/rewritten"));
        const QJsonObject args = echo.value(QStringLiteral("args")).toObject();
        QCOMPARE(args.value(QStringLiteral("added")).toString(), QStringLiteral("1"));
        QCOMPARE(args.value(QStringLiteral("keep")).toString(), QStringLiteral("2"));
        QVERIFY(!args.contains(QStringLiteral("gone")));
        QCOMPARE(args.value(QStringLiteral("multi")).toArray(),
                 (QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
        // The post hook's body reached the upstream; the response hook rewrote its echo.
        QCOMPARE(echo.value(QStringLiteral("data")).toString(),
                 QStringLiteral("changed by the response hook"));
        QCOMPARE(r.headers.value("X-Js-Response"), QByteArray("status 200"));
        QCOMPARE(r.headers.value("X-Js-Response-User"), QByteArray("alice"));
        QVERIFY(gw.logs().join(u'\n').contains(u"pre saw 2 values"));

        // The auth hook's session was stored under its AuthValue, and the post_key_auth
        // hook's SessionMeta replaced its metadata.
        const QJsonObject stored = storedKey(gw, "js-token");
        QCOMPARE(stored.value(QStringLiteral("rate")).toInt(), 100);
        const QJsonObject meta = stored.value(QStringLiteral("meta_data")).toObject();
        QCOMPARE(meta.value(QStringLiteral("seen")).toString(), QStringLiteral("pka"));
        QCOMPARE(meta.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));

        const Http::HttpResponse refused = gw.get("/js/x", {{"Authorization", "wrong"}});
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.body,
                 QByteArray("{\n    \"error\": \"Not authorized (JS middleware)\"\n}"));
    }

    // Tyk opens a relative `path` from its working directory; the API definition's folder
    // is where a workspace keeps files, and is tried when the working directory has none.
    void relativePathsOpenFromTheWorkingDirectoryFirst()
    {
        Workspace ws;
        const QByteArray code = "var P = new TykJS.TykMiddleware.NewMiddleware({});\n"
                                "P.NewProcessRequest(function(request, session) {\n"
                                "    request.SetHeaders['X-From'] = 'WHERE';\n"
                                "    return P.ReturnData(request, {});\n"
                                "});\n";
        ws.write(QStringLiteral("cwd/mw/pre.js"), QByteArray(code).replace("WHERE", "cwd"));
        ws.write(QStringLiteral("apps/mw/pre.js"), QByteArray(code).replace("WHERE", "apps"));
        ws.write(QStringLiteral("apps/mw/only.js"), QByteArray(code).replace("WHERE", "apps"));
        ws.write(QStringLiteral("apps/a.json"),
                 api(QStringLiteral("a"), QStringLiteral("/a/"), QString(), false,
                     {{QStringLiteral("custom_middleware"),
                       customMiddleware("\"driver\": \"otto\", \"pre\": [{\"name\": \"P\", "
                                        "\"path\": \"mw/pre.js\"}]")}}));
        ws.write(QStringLiteral("apps/b.json"),
                 api(QStringLiteral("b"), QStringLiteral("/b/"), QString(), false,
                     {{QStringLiteral("custom_middleware"),
                       customMiddleware("\"driver\": \"otto\", \"pre\": [{\"name\": \"P\", "
                                        "\"path\": \"mw/only.js\"}]")}}));
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(ws.path(QStringLiteral("cwd"))));
        Gateway gw;
        const bool started = gw.start(ws.options());
        QDir::setCurrent(before);
        QVERIFY(started);
        QCOMPARE(echoedHeaders(gw.get("/a/x")).value(QStringLiteral("X-From")).toString(),
                 QStringLiteral("cwd"));
        QCOMPARE(echoedHeaders(gw.get("/b/x")).value(QStringLiteral("X-From")).toString(),
                 QStringLiteral("apps"));
    }

    void classicOttoMiddlewareRunsFromPathsAndFolders()
    {
        Workspace ws;
        ws.write(QStringLiteral("js/pre.js"),
                 "var classicPre = new TykJS.TykMiddleware.NewMiddleware({});\n"
                 "classicPre.NewProcessRequest(function(request, session) {\n"
                 "    request.SetHeaders['X-Classic-Pre'] = 'yes';\n"
                 "    return classicPre.ReturnData(request, {});\n"
                 "});\n");
        ws.write(QStringLiteral("js/post.js"),
                 "var classicPost = new TykJS.TykMiddleware.NewMiddleware({});\n"
                 "classicPost.NewProcessRequest(function(request, session) {\n"
                 "    request.SetHeaders['X-Classic-Post'] = JSON.stringify(session);\n"
                 "    return classicPost.ReturnData(request, session.meta_data);\n"
                 "});\n");
        ws.write(QStringLiteral("js/response.js"),
                 "var classicResponse = new TykJS.TykMiddleware.NewMiddleware({});\n"
                 "classicResponse.NewProcessResponse(function(response, request, session) {\n"
                 "    response.SetHeaders['X-Classic-Response'] = session.meta_data.tier;\n"
                 "    return classicResponse.ReturnResponseData(response, {});\n"
                 "});\n");
        // Tyk's folder convention: the object name is the file name up to its first dot,
        // and _with_session asks for the session.
        ws.write(
            QStringLiteral("middleware/classic/auth/classicAuth.js"),
            "var classicAuth = new TykJS.TykMiddleware.NewMiddleware({});\n"
            "classicAuth.NewProcessRequest(function(request, session) {\n"
            "    if (request.Params['auth'] != 'foobar') {\n"
            "        request.ReturnOverrides.ResponseCode = 401;\n"
            "        request.ReturnOverrides.ResponseError = 'Header missing (JS middleware)';\n"
            "        return classicAuth.ReturnData(request, {});\n"
            "    }\n"
            "    var s = {rate: 50, per: 1, quota_max: -1, access_rights: {},\n"
            "             meta_data: {tier: 'gold'}};\n"
            "    return {Request: request, Session: s, AuthValue: 'otto-key'};\n"
            "});\n");
        ws.write(QStringLiteral("middleware/classic/post_auth/stamp_with_session.js"),
                 "var stamp_with_session = new TykJS.TykMiddleware.NewMiddleware({});\n"
                 "stamp_with_session.NewProcessRequest(function(request, session) {\n"
                 "    request.SetHeaders['X-Tier'] = session.meta_data.tier;\n"
                 "    session.meta_data.stamped = 'yes';\n"
                 "    return stamp_with_session.ReturnData(request, session.meta_data);\n"
                 "});\n");
        const QJsonObject mw = customMiddleware(
            "\"driver\": \"otto\", "
            "\"pre\": [{\"name\": \"classicPre\", \"path\": \"../js/pre.js\"}], "
            "\"post\": [{\"name\": \"classicPost\", \"path\": \"../js/post.js\"}], "
            "\"response\": [{\"name\": \"classicResponse\", \"path\": \"../js/response.js\"}]");
        ws.write(QStringLiteral("apps/classic.json"),
                 api(QStringLiteral("classic"), QStringLiteral("/classic/"), QString(), true,
                     {{QStringLiteral("custom_middleware"), mw}}));
        Gateway gw;
        QVERIFY(gw.start(withConfig(ws, "{\"middleware_path\": \"middleware\"}")));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));

        const Http::HttpResponse r = gw.get("/classic/x?auth=foobar");
        QCOMPARE(r.status, 200);
        const QJsonObject h = echoedHeaders(r);
        QCOMPARE(h.value(QStringLiteral("X-Classic-Pre")).toString(), QStringLiteral("yes"));
        QCOMPARE(h.value(QStringLiteral("X-Tier")).toString(), QStringLiteral("gold"));
        QCOMPARE(h.value(QStringLiteral("X-Classic-Post")).toString(), QStringLiteral("{}"));
        QCOMPARE(r.headers.value("X-Classic-Response"), QByteArray("gold"));
        const QJsonObject meta =
            storedKey(gw, "otto-key").value(QStringLiteral("meta_data")).toObject();
        QCOMPARE(meta.value(QStringLiteral("stamped")).toString(), QStringLiteral("yes"));

        const Http::HttpResponse missing = gw.get("/classic/x");
        QCOMPARE(missing.status, 401);
        QVERIFY(missing.body.contains("Header missing (JS middleware)"));
    }

    void returnOverridesFollowTyksTable_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("raw");
        const QByteArray json = "{\"foo\": \"bar\"}";
        const QByteArray templ = "{\n    \"error\": \"{\\\"foo\\\": \\\"bar\\\"}\"\n}";
        QTest::newRow("200 error text is a raw body")
            << QByteArray("status=200") << 200 << json << true;
        QTest::newRow("200 body") << QByteArray("status=200&response_body=true") << 200
                                  << QByteArray("foobar") << true;
        QTest::newRow("400 error uses the template")
            << QByteArray("status=400") << 400 << templ << false;
        QTest::newRow("400 body uses the template")
            << QByteArray("status=400&response_body=true") << 400
            << QByteArray("{\n    \"error\": \"foobar\"\n}") << false;
        QTest::newRow("401 error uses the template")
            << QByteArray("status=401") << 401 << templ << false;
        QTest::newRow("400 override_error raw")
            << QByteArray("status=400&override=true") << 400 << json << true;
        QTest::newRow("400 override_error body raw")
            << QByteArray("status=400&override=true&response_body=true") << 400
            << QByteArray("foobar") << true;
        QTest::newRow("401 override_error raw")
            << QByteArray("status=401&override=true") << 401 << json << true;
    }
    void returnOverridesFollowTyksTable()
    {
        QFETCH(QByteArray, query);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, raw);
        Workspace ws;
        writeJsBundle(
            ws, QStringLiteral("override"),
            "var pre = new TykJS.TykMiddleware.NewMiddleware({});\n"
            "pre.NewProcessRequest(function(request, session) {\n"
            "    if (request.Params['response_body']) {\n"
            "        request.ReturnOverrides.ResponseBody = 'foobar';\n"
            "    } else {\n"
            "        request.ReturnOverrides.ResponseError = '{\"foo\": \"bar\"}';\n"
            "    }\n"
            "    request.ReturnOverrides.ResponseCode = parseInt(request.Params['status']);\n"
            "    request.ReturnOverrides.ResponseHeaders = {'X-Foo': 'Bar'};\n"
            "    if (request.Params['override'])\n"
            "        request.ReturnOverrides.OverrideError = true;\n"
            "    return pre.ReturnData(request, {});\n"
            "});\n",
            "\"pre\": [{\"name\": \"pre\", \"path\": \"plugin.js\"}]", "otto");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("o"), QStringLiteral("/o/"), QStringLiteral("override")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const Http::HttpResponse r = gw.get("/o/x?" + query);
        QCOMPARE(r.status, status);
        QCOMPARE(r.body, body);
        QCOMPARE(r.headers.value("X-Foo"), QByteArray("Bar"));
        // Tyk's synthetic reply: Server and Date, and quota headers from the hook's empty
        // session; the error template has neither.
        QCOMPARE(r.headers.value("Server"), raw ? QByteArray("tyk") : QByteArray());
        QCOMPARE(r.headers.value("X-Ratelimit-Limit"), raw ? QByteArray("0") : QByteArray());
    }

    void syntaxErrorIsReportedAtLoadWithItsLine()
    {
        Workspace ws;
        ws.write(QStringLiteral("js/broken.js"),
                 "var broken = new TykJS.TykMiddleware.NewMiddleware({});\n"
                 "broken.NewProcessRequest(function(request, session) {\n"
                 "    request.SetHeaders['X-A'] = ;\n"
                 "    return broken.ReturnData(request, {});\n"
                 "});\n");
        const QJsonObject mw = customMiddleware("\"driver\": \"otto\", \"pre\": [{\"name\": "
                                                "\"broken\", \"path\": \"../js/broken.js\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 api(QStringLiteral("s"), QStringLiteral("/s/"), QString(), false,
                     {{QStringLiteral("custom_middleware"), mw}}));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const QString all = gw.diagnostics().join(u'\n');
        QVERIFY2(all.contains(u"broken.js:3"), qPrintable(all));
        QVERIFY2(all.contains(u"SyntaxError"), qPrintable(all));
        // As in Tyk, the API is served and the hook whose code did not load fails.
        const Http::HttpResponse r = gw.get("/s/x");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body, QByteArray("{\n    \"error\": \"Internal Server Error\"\n}"));
    }

    // Valid code that QV4 warns about ("Variable ... is used before its declaration", as in
    // webpack output) loads and runs without one warning line per call's fresh VM.
    void compilerWarningsForValidCodeAreNotRepeatedPerCall()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("used before its declaration")));
        Workspace ws;
        ws.write(QStringLiteral("apps/p.js"),
                 "function useIt() { return later; }\n"
                 "let later = 7;\n"
                 "var m = new TykJS.TykMiddleware.NewMiddleware({});\n"
                 "m.NewProcessRequest(function(request, session) {\n"
                 "    request.SetHeaders['X-Later'] = String(useIt());\n"
                 "    return m.ReturnData(request, {});\n"
                 "});\n");
        const QJsonObject mw = customMiddleware("\"driver\": \"javascript\", \"pre\": [{\"name\": "
                                                "\"m\", \"path\": \"p.js\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 api(QStringLiteral("w"), QStringLiteral("/w/"), QString(), false,
                     {{QStringLiteral("custom_middleware"), mw}}));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        for (int i = 0; i < 3; ++i) {
            const Http::HttpResponse r = gw.get("/w/get");
            QCOMPARE(r.status, 200);
            QVERIFY2(r.body.contains("\"X-Later\": \"7\""), r.body.constData());
        }
    }

    void newerSyntaxTheEngineLacksIsNamedAtLoad()
    {
        Workspace ws;
        writeJsBundle(ws, QStringLiteral("spread"),
                      "var h = new TykJS.TykMiddleware.NewMiddleware({});\n"
                      "h.NewProcessRequest(function(request, session) {\n"
                      "    var params = request.Params;\n"
                      "    var copy = {...params, extra: ['1']};\n"
                      "    return h.ReturnData(request, {});\n"
                      "});\n",
                      "\"pre\": [{\"name\": \"h\", \"path\": \"plugin.js\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("sp"), QStringLiteral("/sp/"), QStringLiteral("spread")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const QString all = gw.diagnostics().join(u'\n');
        QVERIFY2(all.contains(u"plugin.js:4"), qPrintable(all));
        QVERIFY2(all.contains(u"object spread"), qPrintable(all));
    }

    void ottoCodeTykCannotParseIsFlagged()
    {
        Workspace ws;
        writeJsBundle(ws, QStringLiteral("es6"),
                      "var es6Mid = new TykJS.TykMiddleware.NewMiddleware({});\n"
                      "// an arrow => in a comment is fine, and so is 'const x' in a string\n"
                      "es6Mid.NewProcessRequest(function(request, session) {\n"
                      "    var double = (x) => x * 2;\n"
                      "    request.SetHeaders['X-Es6-Result'] = String(double(21));\n"
                      "    return es6Mid.ReturnData(request, {});\n"
                      "});\n",
                      "\"pre\": [{\"name\": \"es6Mid\", \"path\": \"plugin.js\"}]", "otto");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("e"), QStringLiteral("/e/"), QStringLiteral("es6")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const QString all = gw.diagnostics().join(u'\n');
        QVERIFY2(all.contains(u"plugin.js:4") && all.contains(u"an arrow function"),
                 qPrintable(all));
        QVERIFY2(all.contains(u"warning"), qPrintable(all));
        // Hookbench's engine runs it (Tyk's otto would refuse the file; see the README).
        QCOMPARE(echoedHeaders(gw.get("/e/x")).value(QStringLiteral("X-Es6-Result")).toString(),
                 QStringLiteral("42"));
    }

    void runawayLoopIsStoppedWithinItsBudgetWhileOtherRequestsFlow()
    {
        Workspace ws;
        writeJsBundle(ws, QStringLiteral("spin"),
                      "var Spin = new TykJS.TykMiddleware.NewMiddleware({});\n"
                      "Spin.NewProcessRequest(function(request, session) {\n"
                      "    if (request.Params['spin']) {\n"
                      "        while (true) {}\n"
                      "    }\n"
                      "    request.SetHeaders['X-Fine'] = 'yes';\n"
                      "    return Spin.ReturnData(request, {});\n"
                      "});\n",
                      "\"pre\": [{\"name\": \"Spin\", \"path\": \"plugin.js\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("sp"), QStringLiteral("/spin/"), QStringLiteral("spin")));
        ws.write(QStringLiteral("apps/keyless.json"),
                 apiJson(QStringLiteral("k"), QStringLiteral("/k/"), QString()));
        Gateway gw;
        Setup::EngineOptions o = ws.options();
        o.jsvmTimeoutMs = 1000;
        QVERIFY(gw.start(o));
        QElapsedTimer timer;
        timer.start();
        std::optional<Http::HttpResponse> spun;
        gw.getAsync("/spin/x?spin=1", [&](Http::HttpResponse r) { spun = r; });
        QTest::qWait(100);
        // Other requests are answered while the loop runs: a plain API, and the same JS
        // hook on another worker.
        QCOMPARE(gw.get("/k/x").status, 200);
        const Http::HttpResponse other = gw.get("/spin/x");
        QCOMPARE(other.status, 200);
        QCOMPARE(echoedHeaders(other).value(QStringLiteral("X-Fine")).toString(),
                 QStringLiteral("yes"));
        QVERIFY2(!spun.has_value(), "the runaway hook answered before the other requests");
        QTRY_VERIFY_WITH_TIMEOUT(spun.has_value(), 10000);
        QVERIFY2(timer.elapsed() < 3000, "the loop was not stopped within its budget");
        QCOMPARE(spun->status, 500);
        QCOMPARE(spun->body, QByteArray("{\n    \"error\": \"Internal Server Error\"\n}"));
        QStringList messages;
        for (const auto &e : gw.phaseEvents(QStringLiteral("pre:Spin")))
            messages.append(e.message);
        QVERIFY2(messages.join(u'\n').contains(u"timed out after 1000 ms"),
                 qPrintable(messages.join(u'\n')));
        // The engine goes on.
        QCOMPARE(gw.get("/spin/x").status, 200);
        QCOMPARE(gw.get("/spin/x").status, 200);
    }

    // Small objects live in QV4's block chunks, not its string data: the cap counts them too
    // (as of the last collection, which QV4 runs each time that heap doubles).
    void aCallFillingTheHeapWithSmallObjectsIsStoppedAtItsMemoryCap()
    {
        Workspace ws;
        writeJsBundle(ws, QStringLiteral("objects"),
                      "var Fill = new TykJS.TykMiddleware.NewMiddleware({});\n"
                      "Fill.NewProcessRequest(function(request, session) {\n"
                      "    if (request.Params['fill']) {\n"
                      "        var a = [];\n"
                      "        while (true) a.push({n: a.length, s: [a.length]});\n"
                      "    }\n"
                      "    return Fill.ReturnData(request, {});\n"
                      "});\n",
                      "\"pre\": [{\"name\": \"Fill\", \"path\": \"plugin.js\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("f"), QStringLiteral("/f/"), QStringLiteral("objects")));
        Gateway gw;
        Setup::EngineOptions o = ws.options();
        // Well past what reaching the cap takes (under a second), so that the message tells
        // which of the two stopped the loop.
        o.jsvmTimeoutMs = 10000;
        o.jsvmMemoryCapBytes = std::size_t(64) << 20;
        QVERIFY(gw.start(o));
        QCOMPARE(gw.get("/f/x?fill=1").status, 500);
        const auto events = gw.phaseEvents(QStringLiteral("pre:Fill"));
        QVERIFY(!events.isEmpty());
        QVERIFY2(events.last().message.contains(u"more than 64 MiB of memory"),
                 qPrintable(events.last().message));
        QCOMPARE(gw.get("/f/x").status, 200);
    }

    void disabledJsvmAnswersMiddlewareError()
    {
        Workspace ws;
        writeJsBundle(ws, QStringLiteral("off"),
                      "var Off = new TykJS.TykMiddleware.NewMiddleware({});\n"
                      "Off.NewProcessRequest(function(request) {\n"
                      "    return Off.ReturnData(request, {});\n"
                      "});\n",
                      "\"pre\": [{\"name\": \"Off\", \"path\": \"plugin.js\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("off"), QStringLiteral("/off/"), QStringLiteral("off")));
        Gateway gw;
        QVERIFY(gw.start(withConfig(ws, "{\"enable_jsvm\": false}")));
        const Http::HttpResponse r = gw.get("/off/x");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body, QByteArray("{\n    \"error\": \"middleware error\"\n}"));
    }

    void webpackBundleUsingGlobalThisLoadsAndRuns()
    {
        Workspace ws;
        writeJsBundle(ws, QStringLiteral("starter"), webpackBundle,
                      "\"pre\": [{\"name\": \"starterPlugin\", \"path\": \"plugin.js\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 api(QStringLiteral("st"), QStringLiteral("/st/"), QStringLiteral("starter"), false,
                     {{QStringLiteral("config_data"),
                       QJsonObject{{QStringLiteral("tag"), QStringLiteral("from config")}}}}));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        const QJsonObject h = echoedHeaders(gw.get("/st/x?b=1&a=2"));
        QCOMPARE(h.value(QStringLiteral("X-Starter")).toString(), QStringLiteral("a,b,tagged"));
        QCOMPARE(h.value(QStringLiteral("X-Starter-Tag")).toString(),
                 QStringLiteral("from config"));
        QCOMPARE(h.value(QStringLiteral("X-Starter-Entries")).toString(),
                 QStringLiteral("{\"a\":2}"));
        // A fresh VM per call, as in Tyk: nothing is left over from the last one.
        QCOMPARE(echoedHeaders(gw.get("/st/x")).value(QStringLiteral("X-Starter-Count")).toString(),
                 QStringLiteral("1"));
    }

    void inlineCodeRunsWithTheJavascriptDriver()
    {
        Workspace ws;
        const QByteArray code =
            "var inlineHook = new TykJS.TykMiddleware.NewMiddleware({});\n"
            "inlineHook.NewProcessRequest(function(request, session, config) {\n"
            "    request.SetHeaders['X-Inline'] = b64dec(b64enc('inline'));\n"
            "    request.SetHeaders['X-Raw'] = rawb64enc('ab');\n"
            "    return inlineHook.ReturnData(request, {});\n"
            "});\n";
        const QJsonObject mw = customMiddleware(
            "\"driver\": \"javascript\", \"pre\": [{\"name\": \"inlineHook\", \"code\": \"" +
            code.toBase64() + "\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 api(QStringLiteral("in"), QStringLiteral("/in/"), QString(), false,
                     {{QStringLiteral("custom_middleware"), mw}}));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));
        const QJsonObject h = echoedHeaders(gw.get("/in/x"));
        QCOMPARE(h.value(QStringLiteral("X-Inline")).toString(), QStringLiteral("inline"));
        QCOMPARE(h.value(QStringLiteral("X-Raw")).toString(), QStringLiteral("YWI"));
    }

    void builtInsReachTheGatewayAndItsKeys()
    {
        Workspace ws;
        writeJsBundle(
            ws, QStringLiteral("builtins"),
            "var B = new TykJS.TykMiddleware.NewMiddleware({});\n"
            "B.NewProcessRequest(function(request, session, config) {\n"
            "    var base = 'http://' + request.Headers['Host'][0];\n"
            "    var resp = JSON.parse(TykMakeHttpRequest(JSON.stringify({\n"
            "        Method: 'POST', Domain: base, Resource: '/k/echo?q=1',\n"
            "        Headers: {'x-from': 'js'}, FormData: {b: '2', a: '1'}})));\n"
            "    var echoed = JSON.parse(resp.Body);\n"
            "    request.SetHeaders['X-Http-Code'] = String(resp.Code);\n"
            "    request.SetHeaders['X-Http-Echo'] = echoed.headers['X-From'] + ' ' + "
            "echoed.data;\n"
            "    request.SetHeaders['X-Http-Type'] = resp.Headers['Content-Type'][0];\n"
            "    TykSetKeyData('js-made-key', JSON.stringify({rate: 7, per: 1,\n"
            "        access_rights: {b: {api_id: 'b', api_name: 'b', versions: ['Default']}}}), "
            "'0');\n"
            "    var key = JSON.parse(TykGetKeyData('js-made-key', config.APIID));\n"
            "    request.SetHeaders['X-Key-Rate'] = String(key.rate);\n"
            "    var missing = JSON.parse(TykGetKeyData('no-such-key', config.APIID));\n"
            "    request.SetHeaders['X-Key-Missing'] = missing.message;\n"
            "    var batch = JSON.parse(TykBatchRequest(JSON.stringify({requests: [\n"
            "        {method: 'GET', relative_url: base + '/k/one', headers: {}, body: ''},\n"
            "        {method: 'GET', relative_url: base + '/k/two', headers: {}, body: ''}]})));\n"
            "    request.SetHeaders['X-Batch'] = batch.map(function (b) {\n"
            "        return b.code + ' ' + JSON.parse(b.body).path; }).join(',');\n"
            "    request.SetHeaders['X-B64-Lines'] = b64dec('aGVs\\r\\nbG8=');\n"
            "    return B.ReturnData(request, {});\n"
            "});\n",
            "\"pre\": [{\"name\": \"B\", \"path\": \"plugin.js\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("b"), QStringLiteral("/b/"), QStringLiteral("builtins")));
        ws.write(QStringLiteral("apps/keyless.json"),
                 apiJson(QStringLiteral("k"), QStringLiteral("/k/"), QString()));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const Http::HttpResponse r = gw.get("/b/x");
        QCOMPARE(r.status, 200);
        const QJsonObject h = echoedHeaders(r);
        QCOMPARE(h.value(QStringLiteral("X-Http-Code")).toString(), QStringLiteral("200"));
        QCOMPARE(h.value(QStringLiteral("X-Http-Echo")).toString(), QStringLiteral("js a=1&b=2"));
        QCOMPARE(h.value(QStringLiteral("X-Http-Type")).toString(),
                 QStringLiteral("application/json"));
        QCOMPARE(h.value(QStringLiteral("X-Key-Rate")).toString(), QStringLiteral("7"));
        QCOMPARE(h.value(QStringLiteral("X-Key-Missing")).toString(),
                 QStringLiteral("Key not found"));
        QCOMPARE(h.value(QStringLiteral("X-Batch")).toString(),
                 QStringLiteral("200 /one,200 /two"));
        // Go's base64 decoders skip line breaks.
        QCOMPARE(h.value(QStringLiteral("X-B64-Lines")).toString(), QStringLiteral("hello"));
        QCOMPARE(storedKey(gw, "js-made-key").value(QStringLiteral("rate")).toInt(), 7);
    }

    // goja's TykStorage* as Tyk's plugin starter examples use them (an idempotency guard on
    // SetNX, a counter on Incr), on the memory store and on a real Redis under
    // `jsvm-store:`; bad keys and oversized values throw.
    void gojaStorageFollowsRedisSemanticsOnEitherStore_data()
    {
        QTest::addColumn<bool>("redis");
        QTest::newRow("memory") << false;
        QTest::newRow("redis") << true;
    }
    void gojaStorageFollowsRedisSemanticsOnEitherStore()
    {
        QFETCH(bool, redis);
        TestStore testStore;
        QVERIFY2(testStore.start(redis), "redis-server did not start");
        const QString &store = testStore.option;
        Test::RedisServer *server = testStore.server.get();
        Workspace ws;
        writeJsBundle(
            ws, QStringLiteral("storage"),
            "var S = new TykJS.TykMiddleware.NewMiddleware({});\n"
            "S.NewProcessRequest(function(request, session, config) {\n"
            "    var key = request.Headers['Idempotency-Key'][0];\n"
            "    if (!TykStorageSetNX('idem:' + key, 'pending', 60)) {\n"
            "        request.ReturnOverrides.ResponseCode = 409;\n"
            "        request.ReturnOverrides.ResponseError = 'duplicate ' + "
            "TykStorageGet('idem:' + key);\n"
            "        return S.ReturnData(request, {});\n"
            "    }\n"
            "    var count = TykStorageIncr('count', 30);\n"
            "    TykStorageSet('last', key, 0);\n"
            "    request.SetHeaders['X-Count'] = count + ' ' + typeof count;\n"
            "    request.SetHeaders['X-Last'] = TykStorageGet('last');\n"
            "    var ttl = TykStorageTTL('count');\n"
            "    request.SetHeaders['X-Ttl'] = [ttl > 0 && ttl <= 30, TykStorageTTL('last'),\n"
            "        TykStorageTTL('nope')].join(',');\n"
            "    TykStorageDel('last');\n"
            "    request.SetHeaders['X-Gone'] = String(TykStorageGet('last'));\n"
            "    try { TykStorageGet(''); } catch (e) { request.SetHeaders['X-Bad-Key'] = "
            "e.message; }\n"
            "    try { TykStorageSet('big', new Array(65538).join('x'), 0); }\n"
            "    catch (e) { request.SetHeaders['X-Big'] = e.message; }\n"
            "    TykStorageSet('word', 'abc', 0);\n"
            "    try { TykStorageIncr('word', 0); } catch (e) { request.SetHeaders['X-Nan'] = "
            "e.message; }\n"
            "    return S.ReturnData(request, {});\n"
            "});\n",
            "\"pre\": [{\"name\": \"S\", \"path\": \"plugin.js\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("s"), QStringLiteral("/s/"), QStringLiteral("storage")));
        Gateway gw;
        QVERIFY(gw.start(ws.options(5000, store)));
        QVERIFY2(gw.diagnostics().isEmpty(), qPrintable(gw.diagnostics().join(u'\n')));

        const Http::HttpResponse first = gw.get("/s/x", {{"Idempotency-Key", "a"}});
        QCOMPARE(first.status, 200);
        const QJsonObject h = echoedHeaders(first);
        QCOMPARE(h.value(QStringLiteral("X-Count")).toString(), QStringLiteral("1 string"));
        QCOMPARE(h.value(QStringLiteral("X-Last")).toString(), QStringLiteral("a"));
        QCOMPARE(h.value(QStringLiteral("X-Ttl")).toString(), QStringLiteral("true,-1,-2"));
        QCOMPARE(h.value(QStringLiteral("X-Gone")).toString(), QStringLiteral("null"));
        QCOMPARE(h.value(QStringLiteral("X-Bad-Key")).toString(),
                 QStringLiteral("storage key must be 1-256 bytes"));
        QCOMPARE(h.value(QStringLiteral("X-Big")).toString(),
                 QStringLiteral("storage value exceeds 65536 bytes"));
        QVERIFY2(h.value(QStringLiteral("X-Nan")).toString().contains(u"not an integer"),
                 qPrintable(h.value(QStringLiteral("X-Nan")).toString()));

        const Http::HttpResponse repeat = gw.get("/s/x", {{"Idempotency-Key", "a"}});
        QCOMPARE(repeat.status, 409);
        QVERIFY2(repeat.body.contains("duplicate pending"), repeat.body.constData());

        const Http::HttpResponse other = gw.get("/s/x", {{"Idempotency-Key", "b"}});
        QCOMPARE(other.status, 200);
        QCOMPARE(echoedHeaders(other).value(QStringLiteral("X-Count")).toString(),
                 QStringLiteral("2 string"));

        if (redis) {
            QCOMPARE(
                server->cli({QStringLiteral("GET"), QStringLiteral("jsvm-store:count")}).trimmed(),
                QByteArray("2"));
            QCOMPARE(
                server->cli({QStringLiteral("GET"), QStringLiteral("jsvm-store:idem:b")}).trimmed(),
                QByteArray("pending"));
            // Redis going away is an exception in the plugin, never "absent".
            server->stop();
            const Http::HttpResponse down = gw.get("/s/x", {{"Idempotency-Key", "c"}});
            QCOMPARE(down.status, 500);
        }
    }

    // otto has no TykStorage*: calling one is a ReferenceError, as in Tyk.
    void ottoHasNoStorageFunctions()
    {
        Workspace ws;
        writeJsBundle(ws, QStringLiteral("otto"),
                      "var O = new TykJS.TykMiddleware.NewMiddleware({});\n"
                      "O.NewProcessRequest(function(request, session, config) {\n"
                      "    try { TykStorageGet('k'); } catch (e) {\n"
                      "        request.SetHeaders['X-Error'] = e.name + ': ' + e.message; }\n"
                      "    return O.ReturnData(request, {});\n"
                      "});\n",
                      "\"pre\": [{\"name\": \"O\", \"path\": \"plugin.js\"}]", "otto");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("o"), QStringLiteral("/o/"), QStringLiteral("otto")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const Http::HttpResponse r = gw.get("/o/x");
        QCOMPARE(r.status, 200);
        QCOMPARE(echoedHeaders(r).value(QStringLiteral("X-Error")).toString(),
                 QStringLiteral("ReferenceError: TykStorageGet is not defined"));
    }

    void exceptionAnswers500WithItsLocation()
    {
        Workspace ws;
        writeJsBundle(ws, QStringLiteral("throws"),
                      "var T = new TykJS.TykMiddleware.NewMiddleware({});\n"
                      "T.NewProcessRequest(function(request, session) {\n"
                      "    var nothing = null;\n"
                      "    return nothing.field;\n"
                      "});\n",
                      "\"post\": [{\"name\": \"T\", \"path\": \"plugin.js\"}]");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("t"), QStringLiteral("/t/"), QStringLiteral("throws")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const Http::HttpResponse r = gw.get("/t/x");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body, QByteArray("{\n    \"error\": \"Internal Server Error\"\n}"));
        const auto events = gw.phaseEvents(QStringLiteral("post:T"));
        QVERIFY(!events.isEmpty());
        QVERIFY2(events.last().message.contains(u"TypeError"), qPrintable(events.last().message));
        QVERIFY(events.last().where.file.endsWith(u"plugin.js"));
        QCOMPARE(events.last().where.line, 4);
    }

    void undecodableAnswerAnswers500()
    {
        Workspace ws;
        writeJsBundle(ws, QStringLiteral("bad"),
                      "var M = new TykJS.TykMiddleware.NewMiddleware({});\n"
                      "M.NewProcessRequest(function(request, session) {\n"
                      "    return {Request: request, SessionMeta: {count: 1}};\n"
                      "});\n",
                      "\"pre\": [{\"name\": \"M\", \"path\": \"plugin.js\"}]", "otto");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("m"), QStringLiteral("/m/"), QStringLiteral("bad")));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const Http::HttpResponse r = gw.get("/m/x");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body, QByteArray("{\n    \"error\": \"Internal Server Error\"\n}"));
        const auto events = gw.phaseEvents(QStringLiteral("pre:M"));
        QVERIFY2(events.last().message.contains(u"SessionMeta"), qPrintable(events.last().message));
    }

    void invalidUtf8InTheBodyFollowsTheEngine_data()
    {
        QTest::addColumn<QByteArray>("driver");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray body("fo\xc3\xb4 \xef\xbf\xbf \x00 \xff b\xc3\xa0r", 17);
        // otto keeps Go's bytes (Tyk's TestJSVMBody); goja turns the bad byte into U+FFFD.
        QTest::newRow("otto") << QByteArray("otto") << body + " appended";
        QTest::newRow("javascript")
            << QByteArray("javascript")
            << QByteArray(body).replace("\xff", "\xef\xbf\xbd") + " appended";
    }
    void invalidUtf8InTheBodyFollowsTheEngine()
    {
        QFETCH(QByteArray, driver);
        QFETCH(QByteArray, expected);
        TestUpstream upstream;
        QVERIFY(upstream.isListening());
        Workspace ws;
        writeJsBundle(ws, QStringLiteral("body"),
                      "var leakMid = new TykJS.TykMiddleware.NewMiddleware({});\n"
                      "leakMid.NewProcessRequest(function(request, session) {\n"
                      "    request.Body += ' appended';\n"
                      "    return leakMid.ReturnData(request, session.meta_data);\n"
                      "});\n",
                      "\"pre\": [{\"name\": \"leakMid\", \"path\": \"plugin.js\"}]", driver);
        ws.write(QStringLiteral("apps/api.json"),
                 api(QStringLiteral("body"), QStringLiteral("/body/"), QStringLiteral("body"),
                     false,
                     {{QStringLiteral("proxy"),
                       QJsonObject{{QStringLiteral("listen_path"), QStringLiteral("/body/")},
                                   {QStringLiteral("target_url"), upstream.url()},
                                   {QStringLiteral("strip_listen_path"), true}}}}));
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        const QByteArray body("fo\xc3\xb4 \xef\xbf\xbf \x00 \xff b\xc3\xa0r", 17);
        QCOMPARE(gw.send("POST", "/body/x", {}, body).status, 200);
        QCOMPARE(upstream.lastRequest().body, expected);
    }

    void userLibraryFromTykJsPathIsInEveryVm()
    {
        Workspace ws;
        ws.write(QStringLiteral("lib/helpers.js"), "var globalVar = 'globalValue';\n");
        writeJsBundle(ws, QStringLiteral("core"),
                      "var testJSVMCore = new TykJS.TykMiddleware.NewMiddleware({});\n"
                      "testJSVMCore.NewProcessRequest(function(request, session, config) {\n"
                      "    request.SetHeaders['global'] = globalVar;\n"
                      "    return testJSVMCore.ReturnData(request, {});\n"
                      "});\n",
                      "\"pre\": [{\"name\": \"testJSVMCore\", \"path\": \"plugin.js\"}]", "otto");
        ws.write(QStringLiteral("apps/api.json"),
                 apiJson(QStringLiteral("u"), QStringLiteral("/u/"), QStringLiteral("core")));
        Gateway gw;
        QVERIFY(gw.start(withConfig(ws, "{\"tyk_js_path\": \"lib/helpers.js\"}")));
        QCOMPARE(echoedHeaders(gw.get("/u/x")).value(QStringLiteral("Global")).toString(),
                 QStringLiteral("globalValue"));
    }

    void pluginTestRunnerReportsWhatTheCodeDid()
    {
        Workspace ws;
        Gateway gw;
        QVERIFY(gw.start(ws.options()));
        auto run = [&](const QJsonObject &body) {
            return gw.send("POST", "/tyk/plugins/test", {{"X-Tyk-Authorization", secret}},
                           QJsonDocument(body).toJson(QJsonDocument::Compact));
        };
        const QString code = QStringLiteral(
            "var anyName = new TykJS.TykMiddleware.NewMiddleware({});\n"
            "anyName.NewProcessRequest(function(request, session, config) {\n"
            "    log('seen ' + request.URL);\n"
            "    b64dec('not base64!');\n" // the binding's own error line is not a plugin log
            "    request.SetHeaders['X-Org'] = config.OrgID + '/' + config.config_data.k;\n"
            "    request.Body = request.Body.toUpperCase();\n"
            "    return anyName.ReturnData(request, {visits: '1'});\n"
            "});\n");
        const QJsonObject request{
            {QStringLiteral("Method"), QStringLiteral("POST")},
            {QStringLiteral("Path"), QStringLiteral("/x")},
            {QStringLiteral("Body"), QStringLiteral("hello")},
            {QStringLiteral("Params"),
             QJsonObject{{QStringLiteral("p"), QJsonArray{QStringLiteral("v")}}}}};
        const Http::HttpResponse r =
            run({{QStringLiteral("code"), code},
                 {QStringLiteral("hook_type"), QStringLiteral("post")},
                 {QStringLiteral("org_id"), QStringLiteral("org1")},
                 {QStringLiteral("request"), request},
                 {QStringLiteral("config_data"),
                  QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("Content-Type"), QByteArray("application/json"));
        const QJsonObject reply = parse(r.body);
        const QJsonArray logs = reply.value(QStringLiteral("logs")).toArray();
        QCOMPARE(logs.size(), 1);
        QCOMPARE(logs[0].toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("seen https://__sandbox__/x?p=v"));
        QCOMPARE(logs[0].toObject().value(QStringLiteral("level")).toString(),
                 QStringLiteral("info"));
        const QJsonObject before = reply.value(QStringLiteral("request_before")).toObject();
        QCOMPARE(before.value(QStringLiteral("RequestURI")).toString(), QStringLiteral("/x?p=v"));
        const QJsonObject after = reply.value(QStringLiteral("request_after")).toObject();
        QCOMPARE(
            after.value(QStringLiteral("SetHeaders")).toObject().value(QStringLiteral("X-Org")),
            QJsonValue(QStringLiteral("org1/v")));
        QCOMPARE(after.value(QStringLiteral("Body")).toString(), QStringLiteral("HELLO"));
        QCOMPARE(
            reply.value(QStringLiteral("session_after")).toObject().value(QStringLiteral("visits")),
            QJsonValue(QStringLiteral("1")));
        QVERIFY(reply.contains(QStringLiteral("execution_ms")));
        QVERIFY(!reply.contains(QStringLiteral("error")));

        const QJsonObject syntax = parse(run({{QStringLiteral("code"), QStringLiteral("var x = ;")},
                                              {QStringLiteral("hook_type"), QStringLiteral("pre")},
                                              {QStringLiteral("org_id"), QStringLiteral("o")}})
                                             .body)
                                       .value(QStringLiteral("error"))
                                       .toObject();
        QCOMPARE(syntax.value(QStringLiteral("type")).toString(), QStringLiteral("syntax"));
        const QJsonObject unregistered =
            parse(run({{QStringLiteral("code"), QStringLiteral("var x = 1;")},
                       {QStringLiteral("hook_type"), QStringLiteral("pre")},
                       {QStringLiteral("org_id"), QStringLiteral("o")}})
                      .body)
                .value(QStringLiteral("error"))
                .toObject();
        QCOMPARE(unregistered.value(QStringLiteral("type")).toString(), QStringLiteral("runtime"));

        const Http::HttpResponse noCode =
            run({{QStringLiteral("hook_type"), QStringLiteral("pre")}});
        QCOMPARE(noCode.status, 400);
        QCOMPARE(noCode.body, QByteArray("{\"error\":\"code is required\"}\n"));
        const Http::HttpResponse noResponse =
            run({{QStringLiteral("code"), code},
                 {QStringLiteral("hook_type"), QStringLiteral("response")},
                 {QStringLiteral("org_id"), QStringLiteral("o")}});
        QCOMPARE(noResponse.status, 400);
        QVERIFY(noResponse.body.contains("response is required for response hooks"));
        QCOMPARE(gw.send("POST", "/tyk/plugins/test", {}, "{}").status, 403);
    }
};

QTEST_GUILESS_MAIN(TestJsPlugins)
#include "tst_jsplugins.moc"
