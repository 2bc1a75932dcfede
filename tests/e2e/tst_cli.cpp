// SPDX-License-Identifier: GPL-3.0-or-later
// hookbench-cli as a user runs it: a real process, real sockets on loopback.
#include "core/http/httpclient.h"
#include "tests/support/redisserver.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Hb;

namespace {
QString cli()
{
    return qEnvironmentVariable("HOOKBENCH_CLI");
}
QString sampleApps()
{
    return qEnvironmentVariable("HOOKBENCH_SAMPLES") + QStringLiteral("/workspace/apps");
}
QString testData(const QString &rel)
{
    return QStringLiteral(HOOKBENCH_TEST_DATA "/") + rel;
}

// A running `hookbench-cli serve`, stopped with SIGTERM by its PID.
class Server
{
public:
    bool start(const QStringList &extra)
    {
        m_process.setProgram(cli());
        m_process.setArguments(QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:0")} +
                               extra);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        // The one stdout line says the port; wait for it without a fixed sleep.
        const QRegularExpression line(
            QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"));
        if (!QTest::qWaitFor(
                [&] { return m_process.canReadLine() || m_process.state() != QProcess::Running; },
                10000))
            return false;
        m_firstLine = QString::fromUtf8(m_process.readLine());
        const auto m = line.match(m_firstLine);
        if (!m.hasMatch())
            return false;
        port = quint16(m.captured(1).toUInt());
        return port != 0;
    }
    int stop()
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        m_process.waitForFinished(10000);
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QString stderrText() { return QString::fromUtf8(m_process.readAllStandardError()); }
    QString firstLine() const { return m_firstLine; }
    quint16 port = 0;

private:
    QProcess m_process;
    QString m_firstLine;
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(cli(), args);
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Result<Http::HttpResponse> httpCall(Http::HttpClient &client, quint16 port,
                                    const QByteArray &method, const QByteArray &target,
                                    const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                                    const QByteArray &body = {})
{
    Http::HttpRequest request;
    request.method = method;
    request.body = body;
    request.target = target;
    request.headers.add("Host", "127.0.0.1:" + QByteArray::number(port));
    for (const auto &[n, v] : headers)
        request.headers.add(n, v);
    std::optional<Result<Http::HttpResponse>> reply;
    client.send(QStringLiteral("127.0.0.1"), port, request, 15000,
                [&](Result<Http::HttpResponse> r) { reply = std::move(r); });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 20000))
        return makeError(ErrorCode::Timeout, QStringLiteral("test client timed out"));
    return *reply;
}

Result<Http::HttpResponse> httpGet(Http::HttpClient &client, quint16 port, const QByteArray &target,
                                   const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    return httpCall(client, port, "GET", target, headers);
}
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cli()).isExecutable(),
                 "HOOKBENCH_CLI must name the built hookbench-cli");
        QVERIFY(QFileInfo(sampleApps()).isDir());
    }

    void serveAnswersRealClientsOverKeepAliveAndStopsOnSigterm()
    {
        Server server;
        QVERIFY2(server.start({QStringLiteral("--apps"), sampleApps()}),
                 qPrintable(server.firstLine()));
        Http::HttpClient client;
        auto r = httpGet(client, server.port, "/keyless/get?x=1", {{"X-Hello", "world"}});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->status, 200);
        const QJsonObject echo = QJsonDocument::fromJson(r->body).object();
        QCOMPARE(echo.value(u"path").toString(), QStringLiteral("/get"));
        QCOMPARE(echo.value(u"headers").toObject().value(u"X-Hello").toString(),
                 QStringLiteral("world"));

        r = httpGet(client, server.port, "/token/get");
        QVERIFY(r.ok());
        QCOMPARE(r->status, 401);
        QCOMPARE(r->body, QByteArray("{\n    \"error\": \"Authorization field missing\"\n}"));

        r = httpGet(client, server.port, "/no-such-api/");
        QVERIFY(r.ok());
        QCOMPARE(r->status, 404);
        QCOMPARE(client.connectionsOpened(), quint64(1)); // one keep-alive connection served all
        QCOMPARE(server.stop(), 0);
    }

    void listenOnPortZeroPrintsExactlyOneLine()
    {
        Server server;
        QVERIFY(server.start({QStringLiteral("--apps"), sampleApps()}));
        QVERIFY(server.firstLine().startsWith(QStringLiteral("listening on http://127.0.0.1:")));
        QVERIFY(server.port > 0);
        QCOMPARE(server.stop(), 0);
    }

    void badDefinitionIsReportedWithItsLocationAndTheOthersAreServed()
    {
        Server server;
        QVERIFY(server.start({QStringLiteral("--apps"), testData(QStringLiteral("e2e/badapps"))}));
        Http::HttpClient client;
        const auto r = httpGet(client, server.port, "/good/x");
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        QCOMPARE(httpGet(client, server.port, "/broken/x")->status, 404);
        QCOMPARE(server.stop(), 0);
        const QString err = server.stderrText();
        QVERIFY2(QRegularExpression(QStringLiteral("broken\\.json:7:\\d+: ")).match(err).hasMatch(),
                 qPrintable(err));
    }

    void upstreamThatNeverAnswersGets504AndOneThatIsDownGets500()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 downPort = closed.serverPort();
        closed.close(); // nothing listens there now

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir(dir.path()).mkdir(QStringLiteral("apps"));
        const auto writeApi = [&](const QString &id, quint16 port) {
            QFile f(dir.filePath(QStringLiteral("apps/%1.json").arg(id)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral(
                        "{\"api_id\": \"%1\", \"org_id\": \"o\", \"use_keyless\": true, "
                        "\"proxy\": {\"listen_path\": \"/%1/\", \"target_url\": "
                        "\"http://127.0.0.1:%2/\", "
                        "\"strip_listen_path\": true}, \"version_data\": {\"not_versioned\": true, "
                        "\"versions\": {\"Default\": {\"name\": \"Default\"}}}}")
                        .arg(id)
                        .arg(port)
                        .toUtf8());
        };
        writeApi(QStringLiteral("hang"), silent.serverPort());
        writeApi(QStringLiteral("down"), downPort);
        QFile conf(dir.filePath(QStringLiteral("tyk.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("{\"app_path\": \"apps/\", \"proxy_default_timeout\": 1}");
        conf.close();

        Server server;
        QVERIFY(server.start({QStringLiteral("--config"), conf.fileName()}));
        Http::HttpClient client;
        auto r = httpGet(client, server.port, "/hang/x");
        QVERIFY(r.ok());
        QCOMPARE(r->status, 504);
        QCOMPARE(r->body,
                 QByteArray("{\n    \"error\": \"Upstream service reached hard timeout.\"\n}"));
        r = httpGet(client, server.port, "/down/x");
        QVERIFY(r.ok());
        QCOMPARE(r->status, 500);
        QCOMPARE(r->body,
                 QByteArray("{\n    \"error\": \"There was a problem proxying the request\"\n}"));
        QCOMPARE(server.stop(), 0);
    }

    void clientThatDisconnectsMidRequestDoesNotHurtTheServer()
    {
        Server server;
        QVERIFY(server.start({QStringLiteral("--apps"), sampleApps()}));
        {
            QTcpSocket rude;
            rude.connectToHost(QHostAddress::LocalHost, server.port);
            QVERIFY(rude.waitForConnected(5000));
            rude.write("POST /keyless/x HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\nhalf");
            QVERIFY(rude.waitForBytesWritten(5000));
            rude.abort();
        }
        Http::HttpClient client;
        const auto r = httpGet(client, server.port, "/keyless/after");
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        QCOMPARE(server.stop(), 0);
    }

    void oversizedHeadersAreRefusedWith431()
    {
        Server server;
        QVERIFY(server.start({QStringLiteral("--apps"), sampleApps()}));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /keyless/x HTTP/1.1\r\nHost: a\r\nX-Big: " + QByteArray(2 << 20, 'a') +
                     "\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0 ||
                                     socket.state() != QAbstractSocket::ConnectedState,
                                 10000);
        const QByteArray reply = socket.readAll();
        QVERIFY2(reply.startsWith("HTTP/1.1 431"), reply.left(80).constData());
        QCOMPARE(server.stop(), 0);
    }

    void gatewayApiCreatesAKeyThatTheTokenApiAccepts()
    {
        Server server;
        QVERIFY(server.start({QStringLiteral("--apps"), sampleApps(), QStringLiteral("--secret"),
                              QStringLiteral("topsecret")}));
        Http::HttpClient client;
        auto r = httpGet(client, server.port, "/hello");
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        r = httpCall(client, server.port, "POST", "/tyk/keys/create",
                     {{"X-Tyk-Authorization", "wrong"}}, "{}");
        QVERIFY(r.ok());
        QCOMPARE(r->status, 403);
        const QByteArray session = "{\"org_id\": \"default\", \"access_rights\": {\"token\": "
                                   "{\"api_id\": \"token\", \"versions\": [\"Default\"]}}}";
        r = httpCall(client, server.port, "POST", "/tyk/keys/create",
                     {{"X-Tyk-Authorization", "topsecret"}}, session);
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        const QJsonObject created = QJsonDocument::fromJson(r->body).object();
        QCOMPARE(created.value(u"action").toString(), QStringLiteral("added"));
        const QByteArray key = created.value(u"key").toString().toUtf8();
        r = httpGet(client, server.port, "/token/get", {{"Authorization", key}});
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        r = httpCall(client, server.port, "DELETE", "/tyk/keys/" + key,
                     {{"X-Tyk-Authorization", "topsecret"}});
        QCOMPARE(r->status, 200);
        r = httpGet(client, server.port, "/token/get", {{"Authorization", key}});
        QCOMPARE(r->status, 403);
        QCOMPARE(server.stop(), 0);
    }

    // Tyk's local session cache (10 s, on unless tyk.conf turns it off): a hot key costs
    // Redis about one session read per 10 s, a change made behind the gateway's back shows
    // when the copy expires, one made through the Gateway API at once.
    void aHotKeyIsReadFromRedisOncePerTenSecondsAsTyksLocalSessionCacheDoes_data()
    {
        QTest::addColumn<bool>("cacheOff");
        QTest::newRow("cache on (Tyk's default)") << false;
        QTest::newRow("disable_cached_session_state") << true;
    }
    void aHotKeyIsReadFromRedisOncePerTenSecondsAsTyksLocalSessionCacheDoes()
    {
        QFETCH(bool, cacheOff);
        Test::RedisServer redis;
        QVERIFY2(redis.start(), qPrintable(redis.errorString()));
        QTemporaryDir dir;
        QFile conf(dir.filePath(QStringLiteral("tyk.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(cacheOff ? "{\"local_session_cache\": {\"disable_cached_session_state\": true}}"
                            : "{}");
        conf.close();
        Server server;
        QVERIFY(server.start({QStringLiteral("--config"), conf.fileName(), QStringLiteral("--apps"),
                              sampleApps(), QStringLiteral("--secret"), QStringLiteral("s"),
                              QStringLiteral("--store"),
                              QStringLiteral("redis://127.0.0.1:%1").arg(redis.port())}));
        Http::HttpClient client;
        const QByteArray session = "{\"org_id\": \"default\", \"access_rights\": {\"token\": "
                                   "{\"api_id\": \"token\", \"versions\": [\"Default\"]}}}";
        QCOMPARE(httpCall(client, server.port, "POST", "/tyk/keys/hot",
                          {{"X-Tyk-Authorization", "s"}}, session)
                     ->status,
                 200);
        redis.cli({QStringLiteral("CONFIG"), QStringLiteral("RESETSTAT")});
        for (int i = 0; i < 100; ++i)
            QCOMPARE(
                httpGet(client, server.port, "/token/x", {{"Authorization", "defaulthot"}})->status,
                200);
        const QByteArray stats =
            redis.cli({QStringLiteral("INFO"), QStringLiteral("commandstats")});
        const QRegularExpression gets(QStringLiteral("cmdstat_get:calls=(\\d+)"));
        const int sessionReads = gets.match(QString::fromLatin1(stats)).captured(1).toInt();
        qInfo("%d session reads from Redis for 100 requests", sessionReads);
        if (cacheOff)
            QVERIFY2(sessionReads >= 100, stats.constData());
        else
            QVERIFY2(sessionReads <= 10, stats.constData());

        // Behind the gateway's back: the key loses its access to the API.
        redis.cli({QStringLiteral("SET"), QStringLiteral("apikey-defaulthot"),
                   QStringLiteral("{\"org_id\": \"default\", \"access_rights\": {\"other\": "
                                  "{\"api_id\": \"other\", \"versions\": [\"Default\"]}}}")});
        QCOMPARE(
            httpGet(client, server.port, "/token/x", {{"Authorization", "defaulthot"}})->status,
            cacheOff ? 403 : 200);
        QCOMPARE(httpCall(client, server.port, "POST", "/hookbench/clock/advance?seconds=11",
                          {{"X-Tyk-Authorization", "s"}})
                     ->status,
                 200);
        QCOMPARE(
            httpGet(client, server.port, "/token/x", {{"Authorization", "defaulthot"}})->status,
            403);
        // Through the Gateway API the change is seen at once.
        QCOMPARE(httpCall(client, server.port, "PUT", "/tyk/keys/hot",
                          {{"X-Tyk-Authorization", "s"}}, session)
                     ->status,
                 200);
        QCOMPARE(
            httpGet(client, server.port, "/token/x", {{"Authorization", "defaulthot"}})->status,
            200);
        QCOMPARE(httpCall(client, server.port, "DELETE", "/tyk/keys/defaulthot",
                          {{"X-Tyk-Authorization", "s"}})
                     ->status,
                 200);
        QCOMPARE(
            httpGet(client, server.port, "/token/x", {{"Authorization", "defaulthot"}})->status,
            403);
        QCOMPARE(server.stop(), 0);
    }

    void redisStoreHoldsKeysWhereTykPutsThemAndSurvivesRedisGoingAway()
    {
        Test::RedisServer redis;
        QVERIFY2(redis.start(), qPrintable(redis.errorString()));
        Server server;
        QVERIFY(server.start({QStringLiteral("--apps"), sampleApps(), QStringLiteral("--secret"),
                              QStringLiteral("s"), QStringLiteral("--store"),
                              QStringLiteral("redis://127.0.0.1:%1/2").arg(redis.port())}));
        Http::HttpClient client;
        const QByteArray session = "{\"org_id\": \"default\", \"access_rights\": {\"token\": "
                                   "{\"api_id\": \"token\", \"versions\": [\"Default\"]}}}";
        auto r = httpCall(client, server.port, "POST", "/tyk/keys/custom123",
                          {{"X-Tyk-Authorization", "s"}}, session);
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        // Tyk's layout: apikey-<org><name> in the selected database, JSON as Tyk stores it.
        const QByteArray stored =
            redis.cli({QStringLiteral("-n"), QStringLiteral("2"), QStringLiteral("GET"),
                       QStringLiteral("apikey-defaultcustom123")});
        QVERIFY2(stored.contains("\"org_id\":\"default\""), stored.constData());
        QCOMPARE(httpGet(client, server.port, "/token/x", {{"Authorization", "defaultcustom123"}})
                     ->status,
                 200);

        redis.stop();
        // As in Tyk, the gateway keeps the session its auth check read for 10 s: the key still
        // authenticates from that copy while Redis is away.
        r = httpGet(client, server.port, "/token/x", {{"Authorization", "defaultcustom123"}});
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        // Past its 10 s (the engine clock moved forward) the key cannot be found.
        QCOMPARE(httpCall(client, server.port, "POST", "/hookbench/clock/advance?seconds=11",
                          {{"X-Tyk-Authorization", "s"}})
                     ->status,
                 200);
        r = httpGet(client, server.port, "/token/x", {{"Authorization", "defaultcustom123"}});
        QVERIFY(r.ok());
        QCOMPARE(r->status, 403); // the key cannot be found while Redis is away
        QCOMPARE(httpGet(client, server.port, "/keyless/x")->status, 200); // keyless keeps working
        QVERIFY(httpGet(client, server.port, "/hello")->body.contains("\"fail\""));

        // The test server keeps nothing on disk, so the key is gone: once the store has
        // reconnected, creating it again works and it authenticates again.
        QVERIFY(redis.restart());
        QTRY_COMPARE_WITH_TIMEOUT(httpCall(client, server.port, "POST", "/tyk/keys/custom123",
                                           {{"X-Tyk-Authorization", "s"}}, session)
                                      ->status,
                                  200, 15000);
        QCOMPARE(httpGet(client, server.port, "/token/x", {{"Authorization", "defaultcustom123"}})
                     ->status,
                 200);
        QCOMPARE(server.stop(), 0);
    }

    // Without --store, tyk.conf's `storage` picks the Redis, as Tyk always keeps keys there:
    // host, port, database and password (AUTH before SELECT).
    void tykConfStorageSelectsAPasswordProtectedRedis()
    {
        Test::RedisServer redis;
        QVERIFY2(redis.start(), qPrintable(redis.errorString()));
        redis.cli({QStringLiteral("CONFIG"), QStringLiteral("SET"), QStringLiteral("requirepass"),
                   QStringLiteral("p@ss word")});
        QTemporaryDir dir;
        QFile conf(dir.filePath(QStringLiteral("tyk.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("secret"), QStringLiteral("s")},
                    {QStringLiteral("app_path"), sampleApps()},
                    {QStringLiteral("storage"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("redis")},
                                 {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                 {QStringLiteral("port"), redis.port()},
                                 {QStringLiteral("database"), 3},
                                 {QStringLiteral("password"), QStringLiteral("p@ss word")}}}})
                .toJson());
        conf.close();
        Server server;
        QVERIFY(server.start({QStringLiteral("--config"), conf.fileName()}));
        Http::HttpClient client;
        const QByteArray session = "{\"org_id\": \"default\", \"access_rights\": {\"token\": "
                                   "{\"api_id\": \"token\", \"versions\": [\"Default\"]}}}";
        QTRY_COMPARE_WITH_TIMEOUT(httpCall(client, server.port, "POST", "/tyk/keys/fromconf",
                                           {{"X-Tyk-Authorization", "s"}}, session)
                                      ->status,
                                  200, 10000);
        const QByteArray stored = redis.cli(
            {QStringLiteral("-a"), QStringLiteral("p@ss word"), QStringLiteral("--no-auth-warning"),
             QStringLiteral("-n"), QStringLiteral("3"), QStringLiteral("EXISTS"),
             QStringLiteral("apikey-defaultfromconf")});
        QCOMPARE(stored.trimmed(), QByteArray("1"));
        QCOMPARE(server.stop(), 0);
        const QString err = server.stderrText();
        QVERIFY2(
            err.contains(
                QStringLiteral("session store: redis://:***@127.0.0.1:%1/3").arg(redis.port())),
            qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("p@ss")));
    }

    // Debian's hiredis has no TLS: storage.use_ssl is refused at start with the reason, not
    // tried in plain text.
    void tykConfStorageWithTlsIsRefusedWithTheReason()
    {
        QTemporaryDir dir;
        QFile conf(dir.filePath(QStringLiteral("tyk.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("{\"storage\": {\"host\": \"127.0.0.1\", \"port\": 6380, \"use_ssl\": true}}");
        conf.close();
        const Run run = runCli({QStringLiteral("serve"), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0"), QStringLiteral("--apps"),
                                sampleApps(), QStringLiteral("--config"), conf.fileName()});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("storage.use_ssl")), qPrintable(run.err));
    }

    void unknownFlagAndUnreadableFilesExitWith2()
    {
        auto run = runCli({QStringLiteral("serve"), QStringLiteral("--no-such-flag")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("no-such-flag")));
        run = runCli(
            {QStringLiteral("serve"), QStringLiteral("--apps"), QStringLiteral("/no/such/dir")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("/no/such/dir")));
        run = runCli({QStringLiteral("serve"), QStringLiteral("--config"),
                      QStringLiteral("/no/such/tyk.conf")});
        QCOMPARE(run.exitCode, 2);
        run = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
    }

    void sendRunsOneRequestInProcessAndPrintsTheTrace()
    {
        const auto run =
            runCli({QStringLiteral("send"), QStringLiteral("--apps"), sampleApps(),
                    QStringLiteral("POST"), QStringLiteral("http://localhost/keyless/post"),
                    QStringLiteral("-H"), QStringLiteral("X-One: 1"), QStringLiteral("-d"),
                    QStringLiteral("hello"), QStringLiteral("--trace")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("HTTP/1.1 200 OK")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("\"data\": \"hello\"")), qPrintable(run.out));
        int phases = 0;
        for (const QString &line : run.out.split(u'\n')) {
            if (!line.startsWith(u'{'))
                continue;
            const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
            if (event.value(u"event").toString() == u"phase")
                ++phases;
        }
        QVERIFY2(phases >= 2, qPrintable(run.out)); // VersionCheck and Proxy at least
    }

    void validateReportsFileLineAndColumnAndExitsWith1()
    {
        auto run =
            runCli({QStringLiteral("validate"), testData(QStringLiteral("e2e/malformed.json")),
                    testData(QStringLiteral("e2e/badapps/broken.json"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QRegularExpression(QStringLiteral("malformed\\.json:5:\\d+: "))
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
        QVERIFY2(QRegularExpression(QStringLiteral("broken\\.json:7:\\d+: .*use_keyless"))
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
        run =
            runCli({QStringLiteral("validate"), testData(QStringLiteral("e2e/badapps/good.json"))});
        QCOMPARE(run.exitCode, 0);
    }

    // validate tells manifests, tyk.conf and policy files apart by content and checks each
    // with its own rules, at FILE:LINE:COL.
    void validateChecksEachKindOfTykFileWithItsOwnRules()
    {
        QTemporaryDir dir;
        auto write = [&dir](const QString &name, const QByteArray &text) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
            return;
        };
        write(QStringLiteral("tyk.conf"), "{\n  \"listen_port\": \"8080\"\n}\n");
        write(QStringLiteral("policies.json"),
              "{\"p1\": {\"access_rights\": {}, \"rate\": 10, \"per\": 1},\n"
              " \"p2\": {\"access_rights\": {}, \"quota_max\": \"lots\"}}\n");
        write(
            QStringLiteral("manifest.json"),
            "{\"file_list\": [\"middleware.py\", \"gone.py\"],\n"
            " \"custom_middleware\": {\"driver\": \"python\", \"pre\": [{\"name\": \"Pre\"}]}}\n");
        write(QStringLiteral("middleware.py"), "x = 1\n");
        write(QStringLiteral("good-tyk.conf"), "{\"listen_port\": 8080, \"secret\": \"s\"}");
        const Run run =
            runCli({QStringLiteral("validate"), dir.filePath(QStringLiteral("tyk.conf")),
                    dir.filePath(QStringLiteral("policies.json")),
                    dir.filePath(QStringLiteral("manifest.json")),
                    dir.filePath(QStringLiteral("good-tyk.conf"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(dir.filePath(QStringLiteral("tyk.conf")) +
                                  QStringLiteral(":2:18: listen_port: expected an integer")),
                 qPrintable(run.out));
        QVERIFY2(QRegularExpression(QStringLiteral("policies\\.json:2:\\d+: p2\\.quota_max: "))
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
        QVERIFY2(
            QRegularExpression(
                QStringLiteral("manifest\\.json:1:\\d+: Referencing a nonexistent file: gone\\.py"))
                .match(run.out)
                .hasMatch(),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("good-tyk.conf: ok (tyk.conf)")),
                 qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
