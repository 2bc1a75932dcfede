// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/python/pythonpluginhostserver.h"

#include "core/plugin/python/parentplugindatastore.h"
#include "core/plugin/python/pythonpluginhostprotocol.h"
#include "core/plugin/python/pythonruntime.h"
#include "core/plugin/replyposter.h"

#include <QMetaObject>

#include <cerrno>
#include <chrono>
#include <thread>

#include <unistd.h>

namespace Hb::Plugin {

using nlohmann::json;
namespace Protocol = PythonPluginHostProtocol;

namespace {
// How long a plugin's store_data/get_data waits for the parent (which asks Redis with a
// bounded time of its own).
constexpr auto askTimeout = std::chrono::seconds(30);
} // namespace

PythonPluginHostServer::PythonPluginHostServer(const QString &runtimeDir, int inFd, int outFd)
    : m_in(inFd)
    , m_out(outFd)
    , m_context(std::make_shared<PythonCallContext>())
{
    m_context->context = this;
    m_context->replies = std::make_shared<ReplyPoster>(this);
    m_context->dataStore = std::make_shared<ParentPluginDataStore>(
        [this](json request) { return ask(std::move(request)); });
    // Failing hooks and loads are logged here as in Hookbench's own process; the parent
    // writes the lines to its gateway log.
    m_context->gatewayLog = [this](const QString &level, const QString &message) {
        write({{"op", "log"}, {"level", level.toStdString()}, {"message", message.toStdString()}});
    };
    m_context->clock = &m_clock;
    PythonRuntime::runAsPluginHost();
    m_runtime = PythonRuntime::instance(runtimeDir);
}

PythonPluginHostServer::~PythonPluginHostServer()
{
    m_context->replies->detach();
}

void PythonPluginHostServer::start()
{
    if (!m_runtime->initError().isEmpty())
        write(
            {{"op", "log"}, {"level", "error"}, {"message", m_runtime->initError().toStdString()}});
    std::thread([this] { readerMain(); }).detach();
}

void PythonPluginHostServer::readerMain()
{
    std::string buffer;
    char chunk[65536];
    for (;;) {
        const ssize_t n = ::read(m_in, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        buffer.append(chunk, std::size_t(n));
        std::size_t end;
        while ((end = buffer.find('\n')) != std::string::npos) {
            json message =
                json::parse(buffer.begin(), buffer.begin() + std::ptrdiff_t(end), nullptr, false);
            buffer.erase(0, end + 1);
            if (message.is_discarded() || !message.is_object())
                continue;
            const auto op = message.find("op");
            if (op != message.end() && *op == "data-answer") {
                const auto request = message.find("request");
                if (request == message.end() || !request->is_number_integer())
                    continue;
                const std::int64_t id = request->get<std::int64_t>();
                const std::lock_guard lock(m_askMutex);
                m_answers[id] = std::move(message);
                m_askCv.notify_all();
                continue;
            }
            QMetaObject::invokeMethod(
                this, [this, message = std::move(message)] { handle(message); },
                Qt::QueuedConnection);
        }
    }
    // The parent closed the pipe (it stops or restarts the host). _exit: a normal exit
    // would finalise Python, which may wait for a call that never returns.
    ::_exit(0);
}

void PythonPluginHostServer::write(const json &message)
{
    std::string line = message.dump(-1, ' ', false, json::error_handler_t::replace);
    line += '\n';
    const std::lock_guard lock(m_writeMutex);
    std::size_t done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(m_out, line.data() + done, line.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            ::_exit(0); // the parent is gone
        done += std::size_t(n);
    }
}

Result<json> PythonPluginHostServer::ask(json request)
{
    std::int64_t id;
    {
        const std::lock_guard lock(m_askMutex);
        id = ++m_nextRequest;
    }
    request["request"] = id;
    write(request);
    std::unique_lock lock(m_askMutex);
    if (!m_askCv.wait_for(lock, askTimeout, [this, id] { return m_answers.count(id) > 0; }))
        return makeError(ErrorCode::Timeout,
                         QStringLiteral("Hookbench did not answer a plugin data request in %1 s")
                             .arg(askTimeout.count()));
    json answer = std::move(m_answers[id]);
    m_answers.erase(id);
    return answer;
}

void PythonPluginHostServer::handle(const json &message)
{
    try {
        const std::string op = message.at("op").get<std::string>();
        if (op == "load") {
            message.at("id"); // checked here: the load thread reads it outside any try
            m_loading[message.at("module").get<std::string>()];
            std::thread([this, message] { load(message); }).detach();
        } else if (op == "call") {
            call(message);
        } else if (op == "unload") {
            const std::string module = message.at("module").get<std::string>();
            if (const auto it = m_modules.find(module); it != m_modules.end()) {
                m_runtime->unload(it->second);
                m_modules.erase(it);
            }
            // Still loading: loaded() unloads it when it finds no entry.
            if (const auto it = m_loading.find(module); it != m_loading.end()) {
                for (const json &waiting : it->second)
                    answerCall(
                        waiting.at("id"),
                        makeError(ErrorCode::NotFound, QStringLiteral("the module was unloaded")));
                m_loading.erase(it);
            }
            write({{"id", message.at("id")}, {"ok", true}});
        } else if (op == "ping") {
            write({{"id", message.at("id")}, {"ok", true}});
        } else {
            write({{"id", message.value("id", json())},
                   {"ok", false},
                   {"error",
                    Protocol::toJson(makeError(
                        ErrorCode::InvalidInput,
                        QStringLiteral("unknown op \"%1\"").arg(QString::fromStdString(op))))}});
        }
    } catch (const json::exception &e) {
        write({{"op", "log"},
               {"level", "error"},
               {"message", std::string("Python plugin host: unreadable message: ") + e.what()}});
        // A message that has an id gets an answer, so nothing waits for it in the parent.
        if (const auto id = message.find("id"); id != message.end() && id->is_number_integer())
            answerCall(*id,
                       makeError(ErrorCode::InvalidInput, QStringLiteral("unreadable message: %1")
                                                              .arg(QString::fromUtf8(e.what()))));
    }
}

void PythonPluginHostServer::load(const json &message)
{
    json answer = {{"id", message.at("id")}};
    std::optional<qint64> loadedHandle;
    try {
        const PluginCode code = Protocol::codeFromJson(message.at("code"));
        const PythonCallLimits limits = Protocol::limitsFromJson(message.at("limits"));
        QList<LoadProblem> problems;
        Result<qint64> handle = m_runtime->load(code, &problems, limits, m_context);
        answer["ok"] = handle.ok();
        answer["problems"] = Protocol::toJson(problems);
        if (handle)
            loadedHandle = *handle;
        else
            answer["error"] = Protocol::toJson(handle.error());
    } catch (const json::exception &e) {
        answer["ok"] = false;
        answer["error"] = Protocol::toJson(makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("unreadable load message: %1").arg(QString::fromUtf8(e.what()))));
    }
    write(answer);
    QMetaObject::invokeMethod(
        this,
        [this, module = message.at("module").get<std::string>(), loadedHandle] {
            loaded(module, loadedHandle);
        },
        Qt::QueuedConnection);
}

void PythonPluginHostServer::loaded(const std::string &module, std::optional<qint64> handle)
{
    const auto it = m_loading.find(module);
    if (it == m_loading.end()) { // unloaded while it loaded
        if (handle)
            m_runtime->unload(*handle);
        return;
    }
    const std::vector<json> waiting = std::move(it->second);
    m_loading.erase(it);
    if (handle)
        m_modules[module] = *handle;
    for (const json &message : waiting) {
        try {
            call(message);
        } catch (const json::exception &e) {
            answerCall(
                message.value("id", json()),
                makeError(ErrorCode::InvalidInput, QStringLiteral("unreadable call message: %1")
                                                       .arg(QString::fromUtf8(e.what()))));
        }
    }
}

void PythonPluginHostServer::answerCall(const json &id, const Error &error)
{
    HookReply reply;
    reply.object = error;
    json answer = Protocol::toJson(reply);
    answer["id"] = id;
    write(answer);
}

void PythonPluginHostServer::call(const json &message)
{
    const json id = message.at("id");
    const std::string module = message.at("module").get<std::string>();
    if (const auto loading = m_loading.find(module); loading != m_loading.end()) {
        loading->second.push_back(message);
        return;
    }
    const auto found = m_modules.find(module);
    if (found == m_modules.end()) {
        answerCall(id, makeError(ErrorCode::NotFound,
                                 QStringLiteral("the Python plugin host has no module %1 (its "
                                                "load failed)")
                                     .arg(QString::fromStdString(module))));
        return;
    }
    coprocess::Object object;
    if (!object.ParseFromString(Protocol::fromBase64(message.at("object").get<std::string>()))) {
        answerCall(id, makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("the call's Object did not parse")));
        return;
    }
    m_clock.setOffsetNs(message.value("clockOffsetNs", qint64(0)));
    const PythonCallLimits limits = Protocol::limitsFromJson(message.at("limits"));
    // The parent's deadline for a wedged host starts now, not while the call waited for its
    // module or for this host to start.
    write({{"op", "running"}, {"id", id}});
    m_runtime->call(found->second, std::move(object),
                    QString::fromStdString(message.value("origin", std::string())), limits, false,
                    m_context, [this, id](HookReply reply) {
                        json answer = Protocol::toJson(reply);
                        answer["id"] = id;
                        write(answer);
                    });
}

} // namespace Hb::Plugin
