// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test scaffolding shared by the plugin suites: a workspace of API definitions and bundles
// in a temporary directory, and the engine behind a real HTTP front on loopback.
#include "core/setup/enginesetup.h"
#include "core/common/systemclock.h"
#include "core/engine/engine.h"
#include "core/engine/httpfront.h"
#include "core/http/httpclient.h"
#include "core/trace/memorytracesink.h"
#include "tests/support/redisserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Hb::Test {

// Every qDebug/qInfo/qWarning line of this process from installMessageCapture() on: the gateway
// log `hookbench-cli serve` prints. The lines still reach the handler before it (stderr).
struct CapturedMessages
{
    QMutex mutex;
    QStringList lines;
    QtMessageHandler previous = nullptr;
};

inline CapturedMessages &capturedMessageStore()
{
    static CapturedMessages store;
    return store;
}

inline void installMessageCapture()
{
    capturedMessageStore().previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            CapturedMessages &store = capturedMessageStore();
            {
                const QMutexLocker lock(&store.mutex);
                store.lines.append(message);
            }
            if (store.previous)
                store.previous(type, context, message);
        });
}

// The captured lines, one per line.
inline QString capturedMessages()
{
    CapturedMessages &store = capturedMessageStore();
    const QMutexLocker lock(&store.mutex);
    return store.lines.join(u'\n');
}

inline QByteArray apiJson(const QString &id, const QString &listenPath, const QString &bundle,
                          bool customAuth = false)
{
    QJsonObject api{
        {QStringLiteral("api_id"), id},
        {QStringLiteral("org_id"), QStringLiteral("default")},
        {QStringLiteral("name"), id},
        {QStringLiteral("use_keyless"), !customAuth},
        {QStringLiteral("custom_plugin_auth_enabled"), customAuth},
        {QStringLiteral("custom_middleware_bundle"), bundle},
        {QStringLiteral("proxy"),
         QJsonObject{{QStringLiteral("listen_path"), listenPath},
                     {QStringLiteral("target_url"), QStringLiteral("hookbench://echo")},
                     {QStringLiteral("strip_listen_path"), true}}},
        {QStringLiteral("version_data"),
         QJsonObject{
             {QStringLiteral("not_versioned"), true},
             {QStringLiteral("versions"),
              QJsonObject{{QStringLiteral("Default"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("Default")}}}}}}},
    };
    return QJsonDocument(api).toJson();
}

// A workspace in a temporary directory: apps/, bundles/, a bundle cache.
// The session store of a data row that runs on memory and on Redis: with `redis`, a real
// redis-server of its own on a free port. `option` is what EngineOptions::store expects
// ("" keeps the default memory store).
struct TestStore
{
    std::unique_ptr<RedisServer> server;
    QString option;

    bool start(bool redis)
    {
        if (!redis)
            return true;
        server = std::make_unique<RedisServer>();
        if (!server->start())
            return false;
        option = QStringLiteral("redis://127.0.0.1:%1").arg(server->port());
        return true;
    }
};

class Workspace
{
public:
    Workspace()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("apps"));
        QDir(m_dir.path()).mkpath(QStringLiteral("bundles"));
    }
    QString path(const QString &rel) const { return QDir(m_dir.path()).filePath(rel); }
    void write(const QString &rel, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path(rel)).absolutePath());
        QFile f(path(rel));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    // A directory bundle: a main file (middleware.py, or `mainFile`), helpers, and a
    // manifest with the given hooks section.
    void bundle(const QString &name, const QByteArray &middleware, const QByteArray &hooks,
                const QList<std::pair<QString, QByteArray>> &helpers = {},
                const QByteArray &driver = "python",
                const QString &mainFile = QStringLiteral("middleware.py"))
    {
        QStringList files{u'"' + mainFile + u'"'};
        write(QStringLiteral("bundles/%1/%2").arg(name, mainFile), middleware);
        for (const auto &[file, content] : helpers) {
            write(QStringLiteral("bundles/%1/%2").arg(name, file), content);
            files.append(u'"' + file + u'"');
        }
        write(QStringLiteral("bundles/%1/manifest.json").arg(name),
              "{\"file_list\": [" + files.join(u',').toUtf8() +
                  "], \"custom_middleware\": {\"driver\": \"" + driver + "\", " + hooks + "}}");
    }
    Setup::EngineOptions options(int timeoutMs = 5000, const QString &store = {}) const
    {
        Setup::EngineOptions o;
        o.appsDir = path(QStringLiteral("apps"));
        o.bundlesDir = path(QStringLiteral("bundles"));
        o.bundleCacheDir = path(QStringLiteral("cache"));
        o.pluginTimeoutMs = timeoutMs;
        if (!store.isEmpty())
            o.store = store;
        return o;
    }

private:
    QTemporaryDir m_dir;
};

// The engine behind a real HTTP front on a free loopback port.
class Gateway
{
public:
    bool start(const Setup::EngineOptions &options)
    {
        auto setup = Setup::EngineSetup::create(options);
        if (!setup) {
            qWarning("%s", qPrintable(setup.error().toString()));
            return false;
        }
        m_setup = std::move(*setup);
        m_setup->engine().trace().attach(&trace);
        m_front = std::make_unique<Engine::HttpFront>(m_setup->engine());
        if (!m_front->listen(QHostAddress::LocalHost, 0))
            return false;
        port = m_front->port();
        return true;
    }
    ~Gateway()
    {
        if (m_setup)
            m_setup->engine().trace().detach(&trace);
    }
    Setup::EngineSetup &setup() { return *m_setup; }
    QStringList diagnostics() const
    {
        QStringList out;
        for (const auto &d : m_setup->diagnostics())
            out.append(d.toString());
        return out;
    }

    Http::HttpResponse send(const QByteArray &method, const QByteArray &target,
                            const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                            const QByteArray &body = {})
    {
        Http::HttpRequest request;
        request.method = method;
        request.target = target;
        request.body = body;
        request.headers.add("Host", "127.0.0.1:" + QByteArray::number(port));
        for (const auto &[n, v] : headers)
            request.headers.add(n, v);
        std::optional<Result<Http::HttpResponse>> reply;
        m_client.send(QStringLiteral("127.0.0.1"), port, request, 20000,
                      [&](Result<Http::HttpResponse> r) { reply = std::move(r); });
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 25000) || !*reply) {
            Http::HttpResponse failed;
            failed.status = -1;
            return failed;
        }
        return **reply;
    }
    // Sends without waiting; `done` gets the reply (status -1 when there was none).
    void getAsync(const QByteArray &target, std::function<void(Http::HttpResponse)> done)
    {
        Http::HttpRequest request;
        request.target = target;
        request.headers.add("Host", "127.0.0.1:" + QByteArray::number(port));
        m_client.send(QStringLiteral("127.0.0.1"), port, request, 20000,
                      [done = std::move(done)](Result<Http::HttpResponse> r) {
                          Http::HttpResponse failed;
                          failed.status = -1;
                          done(r ? *r : failed);
                      });
    }
    Http::HttpResponse get(const QByteArray &target,
                           const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", target, headers);
    }
    // Lines of every Log trace event so far.
    QStringList logs() const
    {
        QStringList out;
        for (const auto &e : trace.events())
            if (e.kind == Trace::TraceKind::Log)
                out.append(e.message);
        return out;
    }
    QList<Trace::TraceEvent> phaseEvents(const QString &prefix) const
    {
        QList<Trace::TraceEvent> out;
        for (const auto &e : trace.events())
            if (e.kind == Trace::TraceKind::PhaseFinished && e.phase.startsWith(prefix))
                out.append(e);
        return out;
    }

    Trace::MemoryTraceSink trace;
    quint16 port = 0;

private:
    std::unique_ptr<Setup::EngineSetup> m_setup;
    std::unique_ptr<Engine::HttpFront> m_front;
    Http::HttpClient m_client;
};

class Gateway;
inline int sessionEvents(const Gateway &gw, const QString &event);

inline QJsonObject echoedHeaders(const Http::HttpResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("headers")).toObject();
}

inline int sessionEvents(const Gateway &gw, const QString &event)
{
    int n = 0;
    for (const auto &e : gw.trace.events())
        if (e.kind == Trace::TraceKind::Session && e.phase == event)
            ++n;
    return n;
}

} // namespace Hb::Test
