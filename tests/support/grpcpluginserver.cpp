// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/grpcpluginserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>

#include <csignal>
#include <sys/prctl.h>

namespace Hb::Test {

GrpcPluginServer::GrpcPluginServer(Kind kind)
    : m_kind(kind)
{
    // A test that crashes must not leave its server behind.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

GrpcPluginServer::~GrpcPluginServer()
{
    stop();
}

bool GrpcPluginServer::start(const QString &address)
{
    return launch(address);
}

bool GrpcPluginServer::restart()
{
    stop();
    return launch(m_address);
}

bool GrpcPluginServer::launch(const QString &address)
{
    QString program;
    QStringList args;
    if (m_kind == Kind::Cpp) {
        program = qEnvironmentVariable("HOOKBENCH_GRPC_SAMPLE");
        if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
            m_error = QStringLiteral("HOOKBENCH_GRPC_SAMPLE does not name the built "
                                     "hookbench-grpc-sample (\"%1\")")
                          .arg(program);
            return false;
        }
    } else {
        const QString script = QDir(qEnvironmentVariable("HOOKBENCH_SAMPLES"))
                                   .filePath(QStringLiteral("grpc-python/server.py"));
        if (!QFileInfo::exists(script)) {
            m_error = QStringLiteral("the Python sample server is missing: %1").arg(script);
            return false;
        }
        // Debian's interpreter, which has python3-grpcio, whatever PATH holds.
        program = QStringLiteral("/usr/bin/python3");
        args << QStringLiteral("-u") << script;
    }
    QString listen = address;
    if (listen.startsWith(u"tcp://"))
        listen.remove(0, 6);
    args << QStringLiteral("--listen") << listen;
    m_log.clear();
    m_process.start(program, args);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
        return false;
    }
    // The server prints "listening on ADDRESS" once it accepts calls.
    const QDeadlineTimer deadline(30000);
    QByteArray out;
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(200) && m_process.state() != QProcess::Running)
            break;
        out += m_process.readAllStandardOutput();
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        const qsizetype at = out.indexOf("listening on ");
        const qsizetype end = at < 0 ? -1 : out.indexOf('\n', at);
        if (end > at) {
            m_address = QString::fromUtf8(out.mid(at + 13, end - at - 13)).trimmed();
            return true;
        }
    }
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    m_error = QStringLiteral("%1 did not say it was listening: %2%3")
                  .arg(program, QString::fromUtf8(out), m_log);
    stop();
    return false;
}

void GrpcPluginServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_log += QString::fromUtf8(m_process.readAllStandardError());
}

QString GrpcPluginServer::url() const
{
    return m_address.contains(u"://") ? m_address : QStringLiteral("tcp://") + m_address;
}

QString GrpcPluginServer::log()
{
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_log;
}

} // namespace Hb::Test
