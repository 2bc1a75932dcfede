// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/pluginhostprocess.h"

#include <QHash>
#include <QObject>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <future>

namespace Hb::Plugin {

// Lives on the host's thread: owns the QProcess and matches answers to their messages.
class PluginHostWorker : public QObject
{
public:
    PluginHostWorker(PluginHostProcess::Options options, PluginHostProcess::LogSink log,
                     std::shared_ptr<std::atomic<qint64>> pid)
        : m_options(std::move(options))
        , m_log(std::move(log))
        , m_pid(std::move(pid))
    {}
    ~PluginHostWorker() override { stop(); }

    // `sentAt`: when the caller sent it; deadlines counted from sending start there (the
    // host's start, done here first, may take seconds).
    void send(nlohmann::json message, PluginHostProcess::Answer answer,
              PluginHostProcess::Deadline deadline, std::chrono::steady_clock::time_point sentAt)
    {
        if (!m_process && !start()) {
            answer(makeError(ErrorCode::Unavailable, m_lastFailure));
            return;
        }
        const qint64 id = ++m_nextId;
        message["id"] = id;
        m_pending.insert(id, std::move(answer));
        write(message);
        const auto elapsed = int(std::chrono::duration_cast<std::chrono::milliseconds>(
                                     std::chrono::steady_clock::now() - sentAt)
                                     .count());
        if (deadline.ms > 0 && deadline.fromRunningNotice) {
            m_deadlineAtRunning.insert(id, deadline.ms);
            if (deadline.untilRunningMs > 0)
                startDeadline(id, std::max(1, deadline.untilRunningMs - elapsed),
                              deadline.untilRunningMs, true);
        } else if (deadline.ms > 0) {
            startDeadline(id, std::max(1, deadline.ms - elapsed), deadline.ms, false);
        }
    }

    void sendIfRunning(nlohmann::json message)
    {
        if (!m_process)
            return;
        message["id"] = ++m_nextId; // its answer is not waited for
        write(message);
    }

    void replayAfterRestart(nlohmann::json message)
    {
        // The same plugin opened for a second API (or a reload) is opened again once.
        if (std::find(m_replay.begin(), m_replay.end(), message) == m_replay.end())
            m_replay.push_back(std::move(message));
    }

    void forgetReplay(const nlohmann::json &message) { std::erase(m_replay, message); }

    void stop()
    {
        if (!m_process)
            return;
        QProcess *process = m_process;
        m_process = nullptr;
        process->disconnect();
        // The host exits when its stdin closes; a plugin stuck in a loop does not let it.
        process->closeWriteChannel();
        if (!process->waitForFinished(2000)) {
            process->kill();
            process->waitForFinished(2000);
        }
        delete process;
        m_pid->store(0);
        m_stdout.clear();
        m_stderr.clear();
        m_lastLines.clear();
        failPending(QStringLiteral("the %1 was stopped").arg(m_options.name));
    }

private:
    bool start()
    {
        auto *process = new QProcess(this);
        process->setProcessEnvironment(m_options.environment);
        QObject::connect(process, &QProcess::readyReadStandardOutput, this,
                         [this, process] { readAnswers(process); });
        QObject::connect(process, &QProcess::readyReadStandardError, this,
                         [this, process] { readLog(process); });
        QObject::connect(process, &QProcess::finished, this,
                         [this, process](int code, QProcess::ExitStatus status) {
                             exited(process, code, status);
                         });
        process->start(m_options.binary, m_options.arguments);
        if (!process->waitForStarted(10000)) {
            m_lastFailure = QStringLiteral("could not start the %1 %2: %3")
                                .arg(m_options.name, m_options.binary, process->errorString());
            m_log(QStringLiteral("error"), m_lastFailure);
            delete process;
            return false;
        }
        m_process = process;
        m_pid->store(process->processId());
        if (m_starts++ == 0)
            m_log(QStringLiteral("info"),
                  QStringLiteral("%1 started (pid %2%3)")
                      .arg(m_options.name)
                      .arg(process->processId())
                      .arg(m_options.startNote.isEmpty()
                               ? QString()
                               : m_options.startNote.arg(process->processId())));
        else
            m_log(QStringLiteral("warning"),
                  QStringLiteral("%1 restarted (pid %2); loading its %3 plugin(s) again")
                      .arg(m_options.name)
                      .arg(process->processId())
                      .arg(m_replay.size()));
        for (const nlohmann::json &message : m_replay) {
            nlohmann::json again = message;
            again["id"] = ++m_nextId; // answers to replays are not waited for
            write(again);
        }
        return true;
    }

    void write(const nlohmann::json &message)
    {
        std::string line = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        line += '\n';
        m_process->write(line.data(), qint64(line.size()));
    }

    void readAnswers(QProcess *process)
    {
        m_stdout += process->readAllStandardOutput();
        qsizetype end;
        while ((end = m_stdout.indexOf('\n')) >= 0) {
            const QByteArray line = m_stdout.left(end);
            m_stdout.remove(0, end + 1);
            nlohmann::json answer = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
            if (answer.is_discarded() || !answer.is_object()) {
                m_log(QStringLiteral("error"),
                      QStringLiteral("%1: unreadable answer: %2")
                          .arg(m_options.name, QString::fromUtf8(line.left(200))));
                continue;
            }
            const auto op = answer.find("op");
            if (op != answer.end() && op->is_string()) {
                if (op->get<std::string>() == "log")
                    logLine(answer);
                else if (op->get<std::string>() == "running")
                    running(answer);
                else
                    request(answer);
                continue;
            }
            const auto idField = answer.find("id");
            const qint64 id = idField != answer.end() && idField->is_number_integer()
                                  ? idField->get<qint64>()
                                  : 0;
            m_deadlineAtRunning.remove(id);
            auto it = m_pending.find(id);
            if (it == m_pending.end())
                continue; // the answer to a replayed load
            PluginHostProcess::Answer done = std::move(it.value());
            m_pending.erase(it);
            try {
                done(std::move(answer));
            } catch (const nlohmann::json::exception &e) {
                // An answer of an unexpected shape must not end the workbench.
                m_log(QStringLiteral("error"), QStringLiteral("%1: unreadable answer %2: %3")
                                                   .arg(m_options.name)
                                                   .arg(id)
                                                   .arg(QString::fromUtf8(e.what())));
            }
        }
    }

    void logLine(const nlohmann::json &entry)
    {
        auto text_of = [&entry](const char *key, const char *fallback) {
            const auto it = entry.find(key);
            return QString::fromStdString(it != entry.end() && it->is_string()
                                              ? it->get<std::string>()
                                              : std::string(fallback));
        };
        QString text = text_of("message", "");
        if (const auto fields = entry.find("fields"); fields != entry.end() && fields->is_object())
            for (const auto &[key, value] : fields->items())
                text += QStringLiteral(" %1=%2").arg(
                    QString::fromStdString(key),
                    QString::fromStdString(value.is_string() ? value.get<std::string>()
                                                             : value.dump()));
        m_log(text_of("level", "info"), text);
    }

    void readLog(QProcess *process)
    {
        m_stderr += process->readAllStandardError();
        qsizetype end;
        while ((end = m_stderr.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(m_stderr.left(end));
            m_stderr.remove(0, end + 1);
            // A fatal line starts what explains the death (a traceback follows it).
            if (m_options.tracebackFollowsFatalLine && isFatal(line))
                m_lastLines.clear();
            m_lastLines.append(line);
            if (m_lastLines.size() > 200)
                m_lastLines.removeFirst();
            m_log(isFatal(line) ? QStringLiteral("error") : QStringLiteral("info"), line);
        }
    }

    void exited(QProcess *process, int code, QProcess::ExitStatus status)
    {
        if (process != m_process)
            return;
        readAnswers(process);
        readLog(process);
        m_process = nullptr;
        m_pid->store(0);
        process->deleteLater();
        const QString how = status == QProcess::CrashExit
                                ? QStringLiteral("was killed")
                                : QStringLiteral("exited with status %1").arg(code);
        QString reason = QStringLiteral("the %1 %2").arg(m_options.name, how);
        // The first line that says why (Go prints a fatal error's "fatal error: ..." first).
        for (const QString &line : std::as_const(m_lastLines)) {
            if (isFatal(line)) {
                reason += QStringLiteral(" (%1)").arg(line);
                break;
            }
        }
        if (m_options.crashLocation) {
            const QString where = m_options.crashLocation(m_lastLines);
            if (!where.isEmpty())
                reason += QStringLiteral(" at %1").arg(where);
        }
        m_lastLines.clear();
        // A half-written last line must not be glued to the next host's first one.
        m_stdout.clear();
        m_stderr.clear();
        m_log(QStringLiteral("error"), reason + QStringLiteral("; the next call starts it again"));
        failPending(reason);
    }

    void failPending(const QString &reason)
    {
        m_deadlineAtRunning.clear();
        auto pending = std::move(m_pending);
        m_pending.clear();
        for (auto &answer : pending)
            answer(makeError(ErrorCode::Unavailable, reason));
    }

    // Whether the host's stderr `line` says why it dies.
    bool isFatal(const QString &line) const
    {
        return std::any_of(m_options.fatalPrefixes.begin(), m_options.fatalPrefixes.end(),
                           [&line](const QString &prefix) { return line.startsWith(prefix); });
    }

    // A request from the host: handled here, and the handler's answer written back.
    void request(const nlohmann::json &message)
    {
        if (!m_options.requests)
            return;
        std::optional<nlohmann::json> answer;
        try {
            answer = m_options.requests(message);
        } catch (const nlohmann::json::exception &e) {
            m_log(QStringLiteral("error"), QStringLiteral("%1: unreadable request: %2")
                                               .arg(m_options.name, QString::fromUtf8(e.what())));
            return;
        }
        if (answer && m_process)
            write(*answer);
    }

    // In `waitMs`, message `id` expires (`shownMs` is its whole budget, for the message);
    // with `untilRunning`, only while its "running" notice has not come.
    void startDeadline(qint64 id, int waitMs, int shownMs, bool untilRunning)
    {
        QTimer::singleShot(waitMs, this, [this, id, shownMs, untilRunning, process = m_process] {
            if (process != m_process) // not a message the host before this one had
                return;
            if (untilRunning && !m_deadlineAtRunning.contains(id))
                return; // it runs: its own deadline took over
            expire(id, shownMs);
        });
    }

    // {"op":"running","id":N}: the host started on message N; its deadline starts now.
    void running(const nlohmann::json &notice)
    {
        const auto idField = notice.find("id");
        if (idField == notice.end() || !idField->is_number_integer())
            return;
        const qint64 id = idField->get<qint64>();
        const auto it = m_deadlineAtRunning.find(id);
        if (it == m_deadlineAtRunning.end())
            return;
        const int ms = it.value();
        m_deadlineAtRunning.erase(it);
        startDeadline(id, ms, ms, false);
    }

    // The message `id` got no answer in `timeoutMs`: the host is wedged (its own watchdog
    // should have answered), so it is ended and the messages in flight fail.
    void expire(qint64 id, int timeoutMs)
    {
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        PluginHostProcess::Answer answer = std::move(it.value());
        m_pending.erase(it);
        m_deadlineAtRunning.remove(id);
        const QString reason =
            QStringLiteral("the %1 did not answer in %2 ms").arg(m_options.name).arg(timeoutMs);
        m_log(QStringLiteral("error"), reason + QStringLiteral("; ending it"));
        answer(makeError(ErrorCode::Timeout, reason));
        stop();
    }

    PluginHostProcess::Options m_options;
    PluginHostProcess::LogSink m_log;
    std::shared_ptr<std::atomic<qint64>> m_pid;
    QProcess *m_process = nullptr;
    QHash<qint64, PluginHostProcess::Answer> m_pending;
    QHash<qint64, int> m_deadlineAtRunning; // deadlines that start with a "running" notice
    std::vector<nlohmann::json> m_replay;
    qint64 m_nextId = 0;
    int m_starts = 0;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QStringList m_lastLines;
    QString m_lastFailure;
};

PluginHostProcess::PluginHostProcess(Options options, LogSink log)
    : m_name(options.name)
    , m_binary(options.binary)
    , m_pid(std::make_shared<std::atomic<qint64>>(0))
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(options.name.toLower().replace(u' ', u'-'));
    m_worker = new PluginHostWorker(std::move(options), std::move(log), m_pid);
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

PluginHostProcess::~PluginHostProcess()
{
    PluginHostWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void PluginHostProcess::send(nlohmann::json message, Answer answer, Deadline deadline)
{
    PluginHostWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, message = std::move(message), answer = std::move(answer), deadline,
         sentAt = std::chrono::steady_clock::now()]() mutable {
            worker->send(std::move(message), std::move(answer), deadline, sentAt);
        },
        Qt::QueuedConnection);
}

void PluginHostProcess::sendIfRunning(nlohmann::json message)
{
    PluginHostWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, message = std::move(message)]() mutable {
            worker->sendIfRunning(std::move(message));
        },
        Qt::QueuedConnection);
}

Result<nlohmann::json> PluginHostProcess::sendAndWait(nlohmann::json message, int timeoutMs,
                                                      bool endHostOnTimeout)
{
    auto promise = std::make_shared<std::promise<Result<nlohmann::json>>>();
    std::future<Result<nlohmann::json>> future = promise->get_future();
    // The host's own deadline ends it a little before the wait gives up, so the answer says
    // why; without it the wait gives up and the host carries on.
    const Deadline deadline{endHostOnTimeout ? std::max(1, timeoutMs - 50) : 0, false, 0};
    send(
        std::move(message),
        [promise](Result<nlohmann::json> answer) { promise->set_value(std::move(answer)); },
        deadline);
    if (future.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready)
        return makeError(
            ErrorCode::Timeout,
            QStringLiteral("the %1 did not answer in %2 s").arg(m_name).arg(timeoutMs / 1000));
    return future.get();
}

void PluginHostProcess::restart()
{
    PluginHostWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
}

void PluginHostProcess::replayAfterRestart(nlohmann::json message)
{
    PluginHostWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, message = std::move(message)]() mutable {
            worker->replayAfterRestart(std::move(message));
        },
        Qt::QueuedConnection);
}

void PluginHostProcess::forgetReplay(nlohmann::json message)
{
    PluginHostWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, message = std::move(message)] { worker->forgetReplay(message); },
        Qt::QueuedConnection);
}

} // namespace Hb::Plugin
