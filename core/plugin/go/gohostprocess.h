// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QProcessEnvironment>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

#include <nlohmann/json.hpp>

class QThread;

namespace Hb::Plugin {

class GoHostWorker;

// The running Go plugin host (docs/go-plugin-host.md): its process, the thread that talks to
// it, and the messages waiting for answers. Started on first use; when it dies (a plugin
// called os.Exit, or hit one of Go's fatal errors, which no recover catches), the messages in
// flight fail and the next one starts a fresh host, which first loads again every plugin
// loaded so far.
class GoHostProcess
{
public:
    // Runs on the host's thread with the reply, or with an error when the host died first.
    using Answer = std::function<void(Result<nlohmann::json>)>;
    // The host's stderr, its unsolicited "log" lines and its restarts: (level, text).
    using LogSink = std::function<void(const QString &level, const QString &text)>;

    GoHostProcess(QString binary, QProcessEnvironment environment, LogSink log);
    ~GoHostProcess();
    GoHostProcess(const GoHostProcess &) = delete;
    GoHostProcess &operator=(const GoHostProcess &) = delete;

    // Sends `message` (its "id" is set here). Returns at once, from any thread.
    void send(nlohmann::json message, Answer answer);
    // Sends and waits at most `timeoutMs` for the answer: for loads, which the engine's
    // load step needs before it goes on.
    Result<nlohmann::json> sendAndWait(nlohmann::json message, int timeoutMs);
    // A message a fresh host must see again before anything else (a successful load).
    void replayAfterRestart(nlohmann::json message);
    // Ends the running host (a plugin's init that never returns holds its loader); the next
    // message starts a fresh one. Waits a few seconds at most.
    void restart();

    // The host's process id, 0 while none runs (for `dlv attach`).
    qint64 pid() const { return m_pid->load(); }
    const QString &binary() const { return m_binary; }

private:
    QString m_binary;
    std::shared_ptr<std::atomic<qint64>> m_pid;
    std::unique_ptr<QThread> m_thread;
    GoHostWorker *m_worker = nullptr; // lives on m_thread; deleted when it finishes
};

} // namespace Hb::Plugin
