// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/redisserver.h"

#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <csignal>
#include <sys/prctl.h>
#include <sys/types.h>

namespace Hb::Test {

namespace {

quint16 freeLoopbackPort()
{
    // The kernel picks a free port; it is released again for redis-server to bind. Another
    // process could take it in between, which start() reports as a failed start.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

RedisServer::RedisServer()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // A test that crashes must not leave its server behind.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

RedisServer::~RedisServer()
{
    stop();
}

bool RedisServer::start()
{
    m_program = QStandardPaths::findExecutable(QStringLiteral("redis-server"));
    if (m_program.isEmpty()) {
        m_error = QStringLiteral("redis-server is not installed (not found in PATH); "
                                 "install the redis-server package");
        return false;
    }
    m_port = freeLoopbackPort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free loopback port");
        return false;
    }
    return launch();
}

bool RedisServer::restart()
{
    stop();
    return launch();
}

bool RedisServer::launch()
{
    m_process.start(m_program,
                    {QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--bind"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                     QStringLiteral("--appendonly"), QStringLiteral("no"),
                     QStringLiteral("--daemonize"), QStringLiteral("no")});
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString());
        return false;
    }
    if (!waitUntilAccepting(10000)) {
        const QString output = QString::fromLocal8Bit(m_process.readAll());
        stop();
        m_error = QStringLiteral("redis-server on port %1 did not accept connections: %2")
                      .arg(QString::number(m_port), output);
        return false;
    }
    return true;
}

bool RedisServer::waitUntilAccepting(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        // Refused comes back at once on loopback: wait for the server to log something
        // (it logs "Ready to accept connections") rather than spin.
        m_process.waitForReadyRead(50);
    }
    return false;
}

void RedisServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool RedisServer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QByteArray RedisServer::cli(const QStringList &args) const
{
    QProcess cli;
    cli.start(QStringLiteral("redis-cli"),
              QStringList{QStringLiteral("-p"), QString::number(m_port)} + args);
    cli.waitForFinished(10000);
    QByteArray out = cli.readAllStandardOutput();
    if (out.endsWith('\n'))
        out.chop(1);
    return out;
}

} // namespace Hb::Test
