// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/go/gohostprocess.h"

#include <QHash>
#include <QObject>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <future>

namespace Hb::Plugin {

// Lives on the host's thread: owns the QProcess and matches answers to their messages.
class GoHostWorker : public QObject
{
public:
    GoHostWorker(QString binary, QProcessEnvironment environment, GoHostProcess::LogSink log,
                 std::shared_ptr<std::atomic<qint64>> pid)
        : m_binary(std::move(binary))
        , m_environment(std::move(environment))
        , m_log(std::move(log))
        , m_pid(std::move(pid))
    {}
    ~GoHostWorker() override { stop(); }

    void send(nlohmann::json message, GoHostProcess::Answer answer)
    {
        if (!m_process && !start()) {
            answer(makeError(ErrorCode::Unavailable, m_lastFailure));
            return;
        }
        const qint64 id = ++m_nextId;
        message["id"] = id;
        m_pending.insert(id, std::move(answer));
        write(message);
    }

    void replayAfterRestart(nlohmann::json message)
    {
        // The same plugin opened for a second API (or a reload) is opened again once.
        if (std::find(m_replay.begin(), m_replay.end(), message) == m_replay.end())
            m_replay.push_back(std::move(message));
    }

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
        failPending(QStringLiteral("the Go plugin host was stopped"));
    }

private:
    bool start()
    {
        auto *process = new QProcess(this);
        process->setProcessEnvironment(m_environment);
        QObject::connect(process, &QProcess::readyReadStandardOutput, this,
                         [this, process] { readAnswers(process); });
        QObject::connect(process, &QProcess::readyReadStandardError, this,
                         [this, process] { readLog(process); });
        QObject::connect(process, &QProcess::finished, this,
                         [this, process](int code, QProcess::ExitStatus status) {
                             exited(process, code, status);
                         });
        process->start(m_binary, {});
        if (!process->waitForStarted(10000)) {
            m_lastFailure = QStringLiteral("could not start the Go plugin host %1: %2")
                                .arg(m_binary, process->errorString());
            m_log(QStringLiteral("error"), m_lastFailure);
            delete process;
            return false;
        }
        m_process = process;
        m_pid->store(process->processId());
        if (m_starts++ == 0)
            m_log(QStringLiteral("info"),
                  QStringLiteral("Go plugin host started (pid %1; Delve: dlv attach %1)")
                      .arg(process->processId()));
        else
            m_log(QStringLiteral("warning"),
                  QStringLiteral("Go plugin host restarted (pid %1); loading its %2 plugin(s) "
                                 "again")
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
                      QStringLiteral("Go plugin host: unreadable answer: %1")
                          .arg(QString::fromUtf8(line.left(200))));
                continue;
            }
            const auto op = answer.find("op");
            if (op != answer.end() && op->is_string() && op->get<std::string>() == "log") {
                logLine(answer);
                continue;
            }
            const auto idField = answer.find("id");
            const qint64 id = idField != answer.end() && idField->is_number_integer()
                                  ? idField->get<qint64>()
                                  : 0;
            auto it = m_pending.find(id);
            if (it == m_pending.end())
                continue; // the answer to a replayed load
            GoHostProcess::Answer done = std::move(it.value());
            m_pending.erase(it);
            try {
                done(std::move(answer));
            } catch (const nlohmann::json::exception &e) {
                // An answer of an unexpected shape must not end the workbench.
                m_log(QStringLiteral("error"),
                      QStringLiteral("Go plugin host: unreadable answer %1: %2")
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
            m_lastLines.append(line);
            if (m_lastLines.size() > 20)
                m_lastLines.removeFirst();
            m_log(QStringLiteral("info"), line);
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
        QString reason = QStringLiteral("the Go plugin host %1").arg(how);
        // Go prints a fatal error's first line ("fatal error: ...", "panic: ...") first.
        for (const QString &line : std::as_const(m_lastLines)) {
            if (line.startsWith(u"fatal error:") || line.startsWith(u"panic:") ||
                line.startsWith(u"runtime:")) {
                reason += QStringLiteral(" (%1)").arg(line);
                break;
            }
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
        auto pending = std::move(m_pending);
        m_pending.clear();
        for (auto &answer : pending)
            answer(makeError(ErrorCode::Unavailable, reason));
    }

    QString m_binary;
    QProcessEnvironment m_environment;
    GoHostProcess::LogSink m_log;
    std::shared_ptr<std::atomic<qint64>> m_pid;
    QProcess *m_process = nullptr;
    QHash<qint64, GoHostProcess::Answer> m_pending;
    std::vector<nlohmann::json> m_replay;
    qint64 m_nextId = 0;
    int m_starts = 0;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QStringList m_lastLines;
    QString m_lastFailure;
};

GoHostProcess::GoHostProcess(QString binary, QProcessEnvironment environment, LogSink log)
    : m_binary(std::move(binary))
    , m_pid(std::make_shared<std::atomic<qint64>>(0))
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("go-plugin-host"));
    m_worker = new GoHostWorker(m_binary, std::move(environment), std::move(log), m_pid);
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

GoHostProcess::~GoHostProcess()
{
    GoHostWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void GoHostProcess::send(nlohmann::json message, Answer answer)
{
    GoHostWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, message = std::move(message), answer = std::move(answer)]() mutable {
            worker->send(std::move(message), std::move(answer));
        },
        Qt::QueuedConnection);
}

Result<nlohmann::json> GoHostProcess::sendAndWait(nlohmann::json message, int timeoutMs)
{
    auto promise = std::make_shared<std::promise<Result<nlohmann::json>>>();
    std::future<Result<nlohmann::json>> future = promise->get_future();
    send(std::move(message),
         [promise](Result<nlohmann::json> answer) { promise->set_value(std::move(answer)); });
    if (future.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready)
        return makeError(
            ErrorCode::Timeout,
            QStringLiteral("the Go plugin host did not answer in %1 s").arg(timeoutMs / 1000));
    return future.get();
}

void GoHostProcess::restart()
{
    GoHostWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
}

void GoHostProcess::replayAfterRestart(nlohmann::json message)
{
    GoHostWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, message = std::move(message)]() mutable {
            worker->replayAfterRestart(std::move(message));
        },
        Qt::QueuedConnection);
}

} // namespace Hb::Plugin
