// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include <nlohmann/json.hpp>

class QThread;

namespace Hb::Plugin {

class PluginHostWorker;

// A plugin host running in a process of its own (the Go plugin host, docs/go-plugin-host.md;
// the Python plugin host, docs/python-plugin-host.md): its process, the thread that talks to
// it, and the messages waiting for answers. Messages are JSON objects, one per line, over the
// host's stdin and stdout. Started on first use; when it dies (a plugin ended the process, hit
// a fatal error, or the host gave up on code stuck in C), the messages in flight fail and the
// next one starts a fresh host, which first gets again every message kept for a restart (the
// loads made so far).
class PluginHostProcess
{
public:
    // Runs on the host's thread with the reply, or with an error when the host died first.
    using Answer = std::function<void(Result<nlohmann::json>)>;
    // The host's stderr, its unsolicited "log" lines and its restarts: (level, text).
    using LogSink = std::function<void(const QString &level, const QString &text)>;
    // An unsolicited message other than "log" (a request the host makes, such as a plugin's
    // get_data): on the host's thread; the answer, if any, is written back to the host.
    using RequestHandler = std::function<std::optional<nlohmann::json>(const nlohmann::json &)>;

    struct Options
    {
        QString name;   // "Go plugin host", for the log and errors
        QString binary; // the host's program
        QStringList arguments;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Appended to the first start's log line with %1 the pid ("; Delve: dlv attach %1").
        QString startNote;
        // stderr lines that say why the host died ("fatal error:", "panic:"), quoted in the
        // error the messages in flight get.
        QStringList fatalPrefixes;
        // Whether a fatal line starts the stderr kept for crashLocation afresh (a traceback
        // follows it, as Python's faulthandler writes), rather than the last lines being kept.
        bool tracebackFollowsFatalLine = false;
        // Where in the plugin the host died, from its last stderr lines (a crash's
        // traceback), for the error; empty when they do not say.
        std::function<QString(const QStringList &lastLines)> crashLocation;
        RequestHandler requests;
    };

    PluginHostProcess(Options options, LogSink log);
    ~PluginHostProcess();
    PluginHostProcess(const PluginHostProcess &) = delete;
    PluginHostProcess &operator=(const PluginHostProcess &) = delete;

    // How long a message may go unanswered before the host is taken to be wedged: the answer
    // is then a timeout and the host is ended (the next message starts a fresh one).
    struct Deadline
    {
        int ms = 0; // 0: none
        // Counted from the host's {"op":"running","id":N} notice rather than from sending: a
        // call waiting for its module's load, or for a fresh host to start, is not late yet.
        bool fromRunningNotice = false;
        // With fromRunningNotice: how long after sending the notice may take (the host's
        // start and the loads before the call); a host that never says it runs the call is
        // wedged too. 0: no limit.
        int untilRunningMs = 0;
    };

    // Sends `message` (its "id" is set here). Returns at once, from any thread.
    void send(nlohmann::json message, Answer answer, Deadline deadline);
    void send(nlohmann::json message, Answer answer)
    {
        send(std::move(message), std::move(answer), Deadline{0, false, 0});
    }
    // Sends `message` only when a host runs (an unload: a fresh host has nothing to unload);
    // no answer is waited for.
    void sendIfRunning(nlohmann::json message);
    // Sends and waits at most `timeoutMs` for the answer: for loads, which the engine's
    // load step needs before it goes on. With `endHostOnTimeout`, a host that misses it is
    // ended too.
    Result<nlohmann::json> sendAndWait(nlohmann::json message, int timeoutMs,
                                       bool endHostOnTimeout = false);
    // A message a fresh host must see again before anything else (a successful load);
    // a message equal to one kept already is kept once.
    void replayAfterRestart(nlohmann::json message);
    // No longer replays `message` (an unloaded module).
    void forgetReplay(nlohmann::json message);
    // Ends the running host (a plugin's init that never returns holds its loader); the next
    // message starts a fresh one. Waits a few seconds at most.
    void restart();

    // The host's process id, 0 while none runs (for `dlv attach`).
    qint64 pid() const { return m_pid->load(); }
    const QString &binary() const { return m_binary; }

private:
    QString m_name;
    QString m_binary;
    std::shared_ptr<std::atomic<qint64>> m_pid;
    std::unique_ptr<QThread> m_thread;
    PluginHostWorker *m_worker = nullptr; // lives on m_thread; deleted when it finishes
};

} // namespace Hb::Plugin
