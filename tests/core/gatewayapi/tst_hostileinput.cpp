// SPDX-License-Identifier: GPL-3.0-or-later
// Input an attacker or a careless client sends to the engine and the Gateway API: each gets a
// clear 4xx and the engine keeps serving, as Tyk's Go decoders refuse it.
#include "core/api/apidefinitionloader.h"
#include "core/common/jsonnesting.h"
#include "core/common/systemclock.h"
#include "core/common/systemclockcontrol.h"
#include "core/engine/engine.h"
#include "core/gatewayapi/gatewayapi.h"
#include "core/session/memorysessionstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Hb;

namespace {
constexpr const char kSecret[] = "s3cret";

Api::ApiDefinition keylessEcho(const QString &id, const QString &listenPath)
{
    Api::ApiDefinition api;
    api.apiId = id;
    api.orgId = QStringLiteral("org1");
    api.name = id;
    api.useKeyless = true;
    api.listenPath = listenPath;
    api.stripListenPath = true;
    api.targetUrl = QStringLiteral("hookbench://echo");
    api.versionData.notVersioned = true;
    api.versionData.versions.insert(QStringLiteral("Default"),
                                    Api::VersionInfo{QStringLiteral("Default")});
    api.sourceFile = id + QStringLiteral(".json");
    return api;
}

// An engine with a movable clock, a keyless echo API and the Gateway API writing to `apps`.
struct Gateway
{
    QTemporaryDir apps;
    SystemClock clock;
    Session::MemorySessionStore store{clock};
    std::unique_ptr<Engine::Engine> engine;
    std::unique_ptr<SystemClockControl> clockControl;
    std::unique_ptr<GatewayApi::GatewayApi> gatewayApi;

    Gateway()
    {
        Api::GatewayConfig config;
        config.secret = QString::fromLatin1(kSecret);
        engine = std::make_unique<Engine::Engine>(clock, store, config);
        Engine::ISessionInspector *inspector = &engine->sessionInspector();
        clockControl = std::make_unique<SystemClockControl>(
            clock, [inspector] { inspector->refreshExpiry(); });
        engine->setApis({keylessEcho(QStringLiteral("echo"), QStringLiteral("/echo/"))});
        gatewayApi = std::make_unique<GatewayApi::GatewayApi>(
            *engine, []() -> Result<void> { return {}; }, apps.path(), clockControl.get());
        engine->setControlHandler(gatewayApi.get());
    }

    Http::HttpResponse call(const QByteArray &method, const QByteArray &target,
                            const QByteArray &body = {}, const QByteArray &contentType = {})
    {
        Http::HttpRequest r;
        r.method = method;
        r.target = target;
        r.headers.add("X-Tyk-Authorization", kSecret);
        if (!contentType.isEmpty())
            r.headers.add("Content-Type", contentType);
        r.body = body;
        std::optional<Http::HttpResponse> reply;
        engine->submit(r, [&](const Http::HttpResponse &resp) { reply = resp; });
        (void)QTest::qWaitFor([&reply] { return reply.has_value(); }, 10000);
        return reply.value_or(Http::HttpResponse{0, {}, {}});
    }

    static nlohmann::json json(const Http::HttpResponse &r)
    {
        return nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
    }
};

QByteArray brackets(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

nlohmann::json validKey()
{
    return {{"org_id", "org1"},
            {"rate", 100},
            {"per", 1},
            {"access_rights",
             {{"echo", {{"api_id", "echo"}, {"versions", nlohmann::json::array({"Default"})}}}}}};
}
} // namespace

class tst_HostileInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // One unauthenticated 200 KB request used to kill the process: the echo parsed the body
    // and copied and dumped the tree recursively.
    void aHundredThousandNestedBracketsToTheEchoAreEchoedAsData()
    {
        Gateway g;
        const QByteArray body(100000, '[');
        const auto r = g.call("POST", "/echo/anything", body, "application/json");
        QCOMPARE(r.status, 200);
        const auto echo = Gateway::json(r);
        QVERIFY(echo["json"].is_null());
        QCOMPARE(echo["data"].get<std::string>().size(), std::size_t(body.size()));
        QCOMPARE(g.call("GET", "/echo/after").status, 200);
    }

    void aBodyNestedToTheLimitIsStillEchoedAsJson()
    {
        Gateway g;
        const auto r =
            g.call("POST", "/echo/anything", brackets(kMaxJsonNesting), "application/json");
        QCOMPARE(r.status, 200);
        QVERIFY(Gateway::json(r)["json"].is_array());
    }

    void aKeyWithDeeplyNestedMetaDataIsRefusedAsMalformed()
    {
        Gateway g;
        const QByteArray body =
            "{\"org_id\": \"org1\", \"meta_data\": {\"x\": " + QByteArray(100000, '[') + "}}";
        for (const QByteArray &target : {QByteArray("/tyk/keys/deepkey1"), QByteArray("/tyk/keys"),
                                         QByteArray("/tyk/keys/create")}) {
            const auto r = g.call("POST", target, body);
            QVERIFY2(r.status == 400 || r.status == 500, target.constData());
            QCOMPARE(r.status, target.endsWith("create") ? 500 : 400);
        }
        QCOMPARE(g.call("GET", "/tyk/keys/org1deepkey1").status, 404);
    }

    void keyFieldsOfTheWrongGoTypeAreRefusedAsTyksDecoderRefusesThem_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("status");
        QTest::newRow("rate as a string") << QByteArray("rate") << QByteArray("\"100\"") << 400;
        QTest::newRow("quota_max as a word")
            << QByteArray("quota_max") << QByteArray("\"x\"") << 400;
        QTest::newRow("expires never") << QByteArray("expires") << QByteArray("\"never\"") << 400;
        QTest::newRow("expires 1e308") << QByteArray("expires") << QByteArray("1e308") << 400;
        QTest::newRow("quota_max 1.5") << QByteArray("quota_max") << QByteArray("1.5") << 400;
        QTest::newRow("a right that is a string")
            << QByteArray("access_rights") << QByteArray("{\"a\": \"yes\"}") << 400;
        QTest::newRow("tags of numbers") << QByteArray("tags") << QByteArray("[1, 2]") << 400;
        QTest::newRow("meta_data as a list") << QByteArray("meta_data") << QByteArray("[1]") << 400;
        QTest::newRow("a case-folded key is the same field")
            << QByteArray("RATE") << QByteArray("\"100\"") << 400;
        QTest::newRow("date_created not RFC 3339")
            << QByteArray("date_created") << QByteArray("\"yesterday\"") << 400;
        QTest::newRow("a right's limit rate as a string")
            << QByteArray("access_rights")
            << QByteArray("{\"echo\": {\"api_id\": \"echo\", \"limit\": {\"rate\": \"5\"}}}")
            << 400;
        // What Go accepts is accepted.
        QTest::newRow("rate 1e308 is a float64")
            << QByteArray("rate") << QByteArray("1e308") << 200;
        QTest::newRow("null leaves a field alone")
            << QByteArray("expires") << QByteArray("null") << 200;
        QTest::newRow("unknown keys are ignored")
            << QByteArray("no_such_field") << QByteArray("[\"x\"]") << 200;
        QTest::newRow("meta_data of anything")
            << QByteArray("meta_data") << QByteArray("{\"a\": [1, {\"b\": null}]}") << 200;
    }

    void keyFieldsOfTheWrongGoTypeAreRefusedAsTyksDecoderRefusesThem()
    {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, value);
        QFETCH(int, status);
        Gateway g;
        nlohmann::json key = validKey();
        key[field.toStdString()] = nlohmann::json::parse(value.toStdString());
        const QByteArray body = QByteArray::fromStdString(key.dump());
        auto r = g.call("POST", "/tyk/keys/typedkey1", body);
        QCOMPARE(r.status, status);
        QCOMPARE(g.call("GET", "/tyk/keys/org1typedkey1").status, status == 200 ? 200 : 404);
        if (status == 400) {
            QCOMPARE(Gateway::json(r)["message"].get<std::string>(), "Request malformed");
            // PUT and preview decode the same way.
            QCOMPARE(g.call("PUT", "/tyk/keys/typedkey1", body).status, 400);
            QCOMPARE(g.call("POST", "/tyk/keys/preview", body).status, 500);
        }
    }

    // Tyk decodes bodies with json.NewDecoder(r.Body).Decode: the first value is read and
    // whatever follows it never is.
    void whatFollowsTheFirstJsonValueOfABodyIsNotRead()
    {
        Gateway g;
        const QByteArray key = QByteArray::fromStdString(validKey().dump());
        QCOMPARE(g.call("POST", "/tyk/keys/trailing1", key + " {garbage").status, 200);
        // Custom keys are stored under generateToken(org, name), as in Tyk.
        QCOMPARE(g.call("GET", "/tyk/keys/org1trailing1").status, 200);
        QCOMPARE(g.call("POST", "/tyk/keys/trailing2", "{\"org_id\": [}").status, 400);
    }

    void apiDefinitionsGosDecoderRefusesAreRefusedBeforeTheyAreWritten()
    {
        Gateway g;
        auto r = g.call("POST", "/tyk/apis",
                        "{\"api_id\": \"deep\", \"x\": " + QByteArray(100000, '[') + "}");
        QCOMPARE(r.status, 400);
        r = g.call("POST", "/tyk/apis",
                   "{\"api_id\": \"typed\", \"name\": \"T\", \"proxy\": \"not an object\"}");
        QCOMPARE(r.status, 400);
        QCOMPARE(Gateway::json(r)["message"].get<std::string>(), "Request malformed");
        QVERIFY(QDir(g.apps.path()).entryList(QDir::Files).isEmpty());
        r = g.call("POST", "/tyk/apis",
                   "{\"api_id\": \"good\", \"name\": \"G\", \"use_keyless\": true, \"proxy\": "
                   "{\"listen_path\": \"/good/\", \"target_url\": \"hookbench://echo\"}, "
                   "\"version_data\": {\"not_versioned\": true, \"versions\": {\"Default\": "
                   "{\"name\": \"Default\"}}}}");
        QCOMPARE(r.status, 200);
        QVERIFY(QFile::exists(QDir(g.apps.path()).filePath(QStringLiteral("good.json"))));
        // What Tyk's validator refuses is not written either (apidef/validator.go).
        r = g.call("POST", "/tyk/apis",
                   "{\"api_id\": \"ips\", \"name\": \"I\", \"enable_ip_whitelisting\": true, "
                   "\"allowed_ips\": [\"10.0.0\"], \"proxy\": {\"listen_path\": \"/ips/\", "
                   "\"target_url\": \"hookbench://echo\"}}");
        QCOMPARE(r.status, 400);
        QCOMPARE(Gateway::json(r)["message"].get<std::string>(),
                 "Validation of API Definition failed. Reason: invalid IP/CIDR \"10.0.0\".");
        QVERIFY(!QFile::exists(QDir(g.apps.path()).filePath(QStringLiteral("ips.json"))));
        // An update is checked the same way (the API must be one the engine serves).
        g.engine->setApis({keylessEcho(QStringLiteral("good"), QStringLiteral("/good/"))});
        r = g.call("PUT", "/tyk/apis/good",
                   "{\"api_id\": \"good\", \"name\": \"G\", \"use_keyless\": true, \"proxy\": "
                   "{\"listen_path\": \"/good/\", \"target_url\": \"hookbench://echo\", "
                   "\"enable_load_balancing\": true}}");
        QCOMPARE(r.status, 400);
        QVERIFY(Gateway::json(r)["message"].get<std::string>().find("load balancing") !=
                std::string::npos);
    }

    void clockMovesBeyondAHundredYearsAreRefusedWithoutOverflow()
    {
        Gateway g;
        const qint64 before = g.clock.nowSecs();
        QCOMPARE(
            g.call("PUT", "/hookbench/clock", "{\"offset_seconds\": 9223372036854775807}").status,
            400);
        QCOMPARE(
            g.call("PUT", "/hookbench/clock", "{\"offset_seconds\": -9223372036854775807}").status,
            400);
        QCOMPARE(
            g.call("PUT", "/hookbench/clock", "{\"offset_seconds\": 18446744073709551615}").status,
            400);
        QCOMPARE(g.call("POST", "/hookbench/clock/advance?seconds=9223372036854775807").status,
                 400);
        QVERIFY(qAbs(g.clock.nowSecs() - before) < 5);
        // A move within the range still works, and one that would leave it when added does not.
        const QByteArray ninetyYears = QByteArray::number(90LL * 365 * 24 * 3600);
        QCOMPARE(
            g.call("PUT", "/hookbench/clock", "{\"offset_seconds\": " + ninetyYears + "}").status,
            200);
        QCOMPARE(g.call("POST", "/hookbench/clock/advance?seconds=" + ninetyYears).status, 400);
        QVERIFY(g.clock.nowSecs() - before >= 90LL * 365 * 24 * 3600 - 5);
    }

    // Tyk moves every API on a shared listen path to <path>-<api_id> and logs the collision.
    void apisSharingAListenPathAreMovedAsTykMovesThemAndBothFilesAreNamed()
    {
        Gateway g;
        const Api::Diagnostics diagnostics =
            g.engine->setApis({keylessEcho(QStringLiteral("a"), QStringLiteral("/same/")),
                               keylessEcho(QStringLiteral("b"), QStringLiteral("/same/"))});
        QCOMPARE(diagnostics.size(), 2);
        QCOMPARE(diagnostics[0].severity, Api::Diagnostic::Severity::Warning);
        QCOMPARE(diagnostics[0].where.file, QStringLiteral("a.json"));
        QVERIFY(diagnostics[0].message.contains(u"b.json"));
        QVERIFY(diagnostics[0].message.contains(u"changed to /same/-a"));
        QVERIFY(diagnostics[1].message.contains(u"a.json"));
        QCOMPARE(g.call("GET", "/same/x").status, 404);
        QCOMPARE(g.call("GET", "/same/-a/x").status, 200);
        QCOMPARE(g.call("GET", "/same/-b/x").status, 200);
    }

    void anApiAlreadyServedOnAPathKeepsItWhenAnotherArrives()
    {
        Gateway g;
        g.engine->setApis({keylessEcho(QStringLiteral("a"), QStringLiteral("/same/"))});
        const Api::Diagnostics diagnostics =
            g.engine->setApis({keylessEcho(QStringLiteral("a"), QStringLiteral("/same/")),
                               keylessEcho(QStringLiteral("b"), QStringLiteral("/same/"))});
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].where.file, QStringLiteral("b.json"));
        QCOMPARE(g.call("GET", "/same/x").status, 200);
        QCOMPARE(g.call("GET", "/same/-b/x").status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_HostileInput)
#include "tst_hostileinput.moc"
