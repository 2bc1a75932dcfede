// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Hb::Test {

// A real gRPC plugin server for one test: one of the project's samples (the C++ one,
// $HOOKBENCH_GRPC_SAMPLE, or the Python one under $HOOKBENCH_SAMPLES) started as its own
// process on a free loopback port. start() waits for its "listening on ADDRESS" line;
// stop() ends it by PID (SIGTERM) and waits. A crashed test leaves no server behind.
class GrpcPluginServer
{
public:
    enum class Kind { Cpp, Python };

    explicit GrpcPluginServer(Kind kind = Kind::Cpp);
    ~GrpcPluginServer();
    GrpcPluginServer(const GrpcPluginServer &) = delete;
    GrpcPluginServer &operator=(const GrpcPluginServer &) = delete;

    // Listens on `address` ("127.0.0.1:0" picks a free port). False with errorString().
    bool start(const QString &address = QStringLiteral("127.0.0.1:0"));
    // Starts again on the address it had (after stop()).
    bool restart();
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    QString address() const { return m_address; } // "127.0.0.1:PORT" or "unix:///path"
    QString url() const;                          // as coprocess_grpc_server: tcp://...
    QString errorString() const { return m_error; }
    // Everything the server wrote to stderr so far (its call log).
    QString log();

private:
    bool launch(const QString &address);

    Kind m_kind;
    QProcess m_process;
    QString m_address;
    QString m_error;
    QString m_log;
};

} // namespace Hb::Test
