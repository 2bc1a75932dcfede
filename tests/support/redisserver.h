// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Hb::Test {

// A real redis-server for one test run: loopback only, on a free port, no persistence.
// Lives on the test thread; start()/restart() wait (up to a few seconds) until the server
// accepts connections by polling the port, without fixed sleeps.
class RedisServer
{
public:
    RedisServer();
    ~RedisServer();

    // Starts redis-server from PATH on a free port. False with errorString() when it is not
    // installed or does not come up; tests then QFAIL, they never skip.
    bool start();
    // SIGTERM to the server's PID; waits for it to exit.
    void stop();
    // Starts again on the same port (after stop()).
    bool restart();

    bool isRunning() const;
    quint16 port() const { return m_port; }
    // The server's process id (0 when not running), e.g. to SIGSTOP it.
    qint64 pid() const { return m_process.processId(); }
    QString errorString() const { return m_error; }

    // Runs `redis-cli -p <port> <args>` and returns its standard output without the final
    // newline (raw, as redis-cli prints when not on a terminal); for writing and reading keys
    // behind the store's back.
    QByteArray cli(const QStringList &args) const;

private:
    bool launch();
    bool waitUntilAccepting(int timeoutMs);

    QProcess m_process;
    QString m_program;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Hb::Test
