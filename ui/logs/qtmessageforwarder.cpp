// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/qtmessageforwarder.h"

#include "ui/logs/logpane.h"

#include <QMetaObject>

#include <mutex>

namespace Hb::Ui {

namespace {
std::mutex g_mutex; // guards g_forwarder and its m_previous against the handler
QtMessageForwarder *g_forwarder = nullptr;
QtMessageHandler g_previous = nullptr;
} // namespace

QtMessageForwarder::QtMessageForwarder(LogPane *pane)
    : m_pane(pane)
{
    const std::lock_guard lock(g_mutex);
    g_forwarder = this;
    g_previous = qInstallMessageHandler(&QtMessageForwarder::handle);
    m_previous = g_previous;
}

QtMessageForwarder::~QtMessageForwarder()
{
    const std::lock_guard lock(g_mutex);
    qInstallMessageHandler(m_previous);
    g_forwarder = nullptr;
}

void QtMessageForwarder::handle(QtMsgType type, const QMessageLogContext &context,
                                const QString &message)
{
    const std::lock_guard lock(g_mutex);
    if (g_previous)
        g_previous(type, context, message);
    else
        fprintf(stderr, "%s\n", qPrintable(message));
    if (!g_forwarder)
        return;
    // Queued, also from the GUI thread: a line logged while the pane is adding one waits.
    QtMessageForwarder *forwarder = g_forwarder;
    QMetaObject::invokeMethod(
        forwarder, [forwarder, type, message] { forwarder->show(type, message); },
        Qt::QueuedConnection);
}

void QtMessageForwarder::show(QtMsgType type, const QString &message)
{
    LogEntry entry = parseLogLine(message);
    const LogLevel floor = type == QtCriticalMsg || type == QtFatalMsg ? LogLevel::Error
                           : type == QtWarningMsg                      ? LogLevel::Warning
                           : type == QtDebugMsg                        ? LogLevel::Debug
                                                                       : LogLevel::Info;
    if (int(entry.level) < int(floor) || (type == QtDebugMsg && entry.level == LogLevel::Info))
        entry.level = floor;
    m_pane->append(std::move(entry));
}

} // namespace Hb::Ui
