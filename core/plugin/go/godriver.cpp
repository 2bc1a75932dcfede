// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/go/godriver.h"

#include "core/plugin/pluginhostprocess.h"
#include "core/plugin/go/gopluginbuilder.h"
#include "core/plugin/go/gopluginfile.h"
#include "core/plugin/replyposter.h"

#include <QRegularExpression>
#include <QDir>
#include <QHash>
#include <QUrl>

namespace Hb::Plugin {

namespace {

using nlohmann::json;

std::string b64(const QByteArray &data)
{
    return data.toBase64().toStdString();
}

QByteArray unb64(const json &value)
{
    return value.is_string()
               ? QByteArray::fromBase64(QByteArray::fromStdString(value.get<std::string>()))
               : QByteArray();
}

json headersJson(const Http::HeaderList &headers, bool withoutHost)
{
    json list = json::array();
    for (const auto &[name, value] : headers.fields()) {
        // Go's server moves Host into r.Host.
        if (withoutHost && name.compare("Host", Qt::CaseInsensitive) == 0)
            continue;
        list.push_back(json::array({name.toStdString(), value.toStdString()}));
    }
    return list;
}

Http::HeaderList headersFrom(const json &list)
{
    Http::HeaderList headers;
    if (!list.is_array())
        return headers;
    for (const json &pair : list) {
        if (pair.is_array() && pair.size() == 2 && pair[0].is_string() && pair[1].is_string())
            headers.add(QByteArray::fromStdString(pair[0].get<std::string>()),
                        QByteArray::fromStdString(pair[1].get<std::string>()));
    }
    return headers;
}

QString str(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                 : QString();
}

// The number at `key`, or `fallback` when it is missing or not an integer (the host's output
// is read defensively: nlohmann's value() throws on a type it did not expect).
qint64 integer(const json &object, const char *key, qint64 fallback)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<qint64>() : fallback;
}

bool flag(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

std::optional<Http::HttpResponse> responseFrom(const json &object)
{
    if (!object.is_object())
        return std::nullopt;
    Http::HttpResponse response;
    response.status = int(integer(object, "status", 200));
    response.headers = headersFrom(object.value("headers", json()));
    response.body = unb64(object.value("body", json()));
    return response;
}

json responseJson(const Http::HttpResponse &response)
{
    return {{"status", response.status},
            {"headers", headersJson(response.headers, false)},
            {"body", b64(response.body)},
            {"content_length", qint64(response.body.size())}};
}

// The request as Go's server would hand it to Tyk's chain.
json requestJson(const HookCall &call)
{
    const Http::HttpRequest &r = call.request;
    return {{"method", r.method.toStdString()},
            {"url", r.target.toStdString()},
            {"proto", r.httpMinor == 0 ? "HTTP/1.0" : "HTTP/1.1"},
            {"host", r.headers.value("Host").toStdString()},
            {"remote_addr", r.remoteAddress.isEmpty() ? std::string("127.0.0.1:0")
                                                      : r.remoteAddress.toStdString()},
            {"request_uri", (call.requestUri.isEmpty() ? r.target : call.requestUri).toStdString()},
            {"headers", headersJson(r.headers, true)},
            {"body", b64(r.body)},
            {"content_length", qint64(r.body.size())}};
}

// r as the plugin left it, onto the request it came from.
Http::HttpRequest requestFrom(const json &object, Http::HttpRequest request, qint64 *contentLength)
{
    if (!object.is_object())
        return request;
    request.method = str(object, "method").toUtf8();
    QByteArray target = str(object, "url").toUtf8();
    if (target.isEmpty()) {
        target = QUrl::toPercentEncoding(str(object, "path"), "/!$&'()*+,;=:@");
        const QByteArray query = str(object, "raw_query").toUtf8();
        if (!query.isEmpty())
            target += '?' + query;
    }
    if (!target.isEmpty())
        request.target = target;
    const QByteArray host = request.headers.value("Host");
    request.headers = headersFrom(object.value("headers", json()));
    const QString newHost = str(object, "host");
    request.headers.set("Host", newHost.isEmpty() ? host : newHost.toUtf8());
    if (object.contains("body"))
        request.body = unb64(object["body"]);
    *contentLength = integer(object, "content_length", qint64(request.body.size()));
    return request;
}

QList<PluginLogLine> logsFrom(const json &list)
{
    QList<PluginLogLine> logs;
    if (!list.is_array())
        return logs;
    for (const json &entry : list) {
        if (!entry.is_object())
            continue;
        QString text = str(entry, "message");
        if (const auto fields = entry.find("fields"); fields != entry.end() && fields->is_object())
            for (const auto &[key, value] : fields->items())
                text += QStringLiteral(" %1=%2").arg(
                    QString::fromStdString(key),
                    QString::fromStdString(value.is_string() ? value.get<std::string>()
                                                             : value.dump()));
        QString level = str(entry, "level");
        if (level == u"warn")
            level = QStringLiteral("warning");
        logs.append({level, text});
    }
    return logs;
}

} // namespace

// One opened plugin function: the file the host opened and the symbol, or why not.
struct GoDriver::Handler
{
    QString kind; // request, response, analytics
    QString file; // the .so the host opened
    QString symbol;
    QString loadError; // non-empty: the plugin did not load
};

class GoDriver::Module : public PluginModule
{
public:
    using PluginModule::PluginModule;
    // Keyed by "name|path as written": the phase names its entry the same way.
    QHash<QString, Handler> handlers;
};

GoDriver::GoDriver(QObject *context, GoDriverOptions options)
    : m_options(std::move(options))
    , m_poster(std::make_shared<ReplyPoster>(context))
{}

GoDriver::~GoDriver()
{
    m_poster->detach();
    m_host.reset();
}

bool GoDriver::setPluginDebug(bool on)
{
    if (m_options.debug == on)
        return false;
    m_options.debug = on;
    m_host.reset();
    m_builder.reset();
    m_setupError.reset();
    return true;
}

qint64 GoDriver::hostPid() const
{
    return m_host ? m_host->pid() : 0;
}

PluginHostProcess::Options GoDriver::hostOptions(const QString &binary)
{
    PluginHostProcess::Options options;
    options.name = QStringLiteral("Go plugin host");
    options.binary = binary;
    options.startNote = QStringLiteral("; Delve: dlv attach %1");
    // Go prints a fatal error's first line ("fatal error: ...", "panic: ...") first.
    options.fatalPrefixes = {QStringLiteral("fatal error:"), QStringLiteral("panic:"),
                             QStringLiteral("runtime:")};
    return options;
}

Result<PluginHostProcess *> GoDriver::host()
{
    if (m_host)
        return m_host.get();
    if (m_setupError)
        return *m_setupError;
    Result<GoToolchain> toolchain = GoToolchain::find(m_options.go);
    if (!toolchain) {
        m_setupError = toolchain.error();
        return toolchain.error();
    }
    m_builder = std::make_unique<GoPluginBuilder>(
        GoBuildSettings{*toolchain, m_options.sourcesDir, m_options.cacheDir, m_options.debug});
    Result<QString> binary = m_builder->host();
    if (!binary) {
        m_setupError = binary.error();
        return binary.error();
    }
    auto log =
        m_options.gatewayLog ? m_options.gatewayLog : [](const QString &, const QString &) {};
    m_host = std::make_unique<PluginHostProcess>(hostOptions(*binary), log);
    return m_host.get();
}

GoDriver::Handler GoDriver::loadEntry(const PluginEntry &entry, const PluginCode &code,
                                      QList<LoadProblem> *problems)
{
    Handler handler;
    handler.symbol = entry.name;
    handler.kind = entry.hookType == u"response"    ? QStringLiteral("response")
                   : entry.hookType == u"analytics" ? QStringLiteral("analytics")
                                                    : QStringLiteral("request");
    auto fail = [&](QString message, SourceLocation where = {}) {
        handler.loadError = std::move(message);
        if (where.file.isEmpty())
            where.file = code.origin;
        problems->append(
            {makeError(ErrorCode::InvalidInput,
                       QStringLiteral("%1 %2 (%3): %4")
                           .arg(entry.hookType, entry.name, entry.path, handler.loadError),
                       where),
             false});
        return handler;
    };

    Result<PluginHostProcess *> running = host();
    if (!running)
        return fail(running.error().message);

    // In a bundle every path is joined under the bundle folder, absolute ones too (Tyk:
    // gateway/coprocess_bundle.go); elsewhere it is tried in PluginCode::searchDirs.
    QString path = entry.path;
    QStringList bases = code.searchDirs;
    if (!code.directory.isEmpty()) {
        while (path.startsWith(u'/'))
            path.remove(0, 1);
        bases = {code.directory};
    }
    Result<GoPluginFile> file = resolveGoPluginFile(path, bases, m_options.tykVersion);
    if (!file)
        return fail(file.error().message);
    handler.file = file->file;
    if (file->source) {
        QList<Error> compileErrors;
        Result<QString> built = m_builder->plugin(file->file, &compileErrors);
        for (const Error &e : std::as_const(compileErrors))
            problems->append({e, false});
        if (!built) {
            handler.loadError = built.error().message;
            if (compileErrors.isEmpty())
                return fail(built.error().message);
            return handler;
        }
        handler.file = *built;
    }
    Result<json> answer = (*running)->sendAndWait({{"op", "load"},
                                                   {"kind", handler.kind.toStdString()},
                                                   {"path", handler.file.toStdString()},
                                                   {"symbol", handler.symbol.toStdString()}},
                                                  m_options.loadTimeoutMs);
    if (!answer) {
        // The host is stuck in this plugin's init (Go opens plugins one at a time): every
        // later load and call would wait behind it.
        if (answer.error().code == ErrorCode::Timeout)
            (*running)->restart();
        return fail(answer.error().message);
    }
    if (!flag(*answer, "ok")) {
        QString message = QStringLiteral("Could not load Go-plugin: %1").arg(str(*answer, "error"));
        // Go's words for a .so built against other sources of a shared package: a plugin
        // built for a real Tyk, or with another toolchain.
        if (message.contains(u"plugin was built with a different version of package"))
            message += QStringLiteral(
                ". A Go plugin loads only into a host built by the same Go from the same "
                "package sources; a .so built for Tyk (or by another toolchain) cannot load "
                "here. Point `path` at the plugin's source folder, or build it with "
                "`hookbench-cli goplugin build SOURCE -o FILE.so`");
        return fail(message);
    }
    (*running)->replayAfterRestart({{"op", "load"},
                                    {"kind", handler.kind.toStdString()},
                                    {"path", handler.file.toStdString()},
                                    {"symbol", handler.symbol.toStdString()}});
    return handler;
}

Result<std::shared_ptr<PluginModule>> GoDriver::load(const PluginCode &code,
                                                     QList<LoadProblem> *problems)
{
    auto module = std::make_shared<Module>(code);
    for (const PluginEntry &entry : code.entries) {
        // Tyk drops an entry without a name or a path (gateway/server.go).
        if (entry.name.isEmpty() || entry.path.isEmpty())
            continue;
        const QString key = entry.name + u'|' + entry.path;
        if (module->handlers.contains(key))
            continue;
        module->handlers.insert(key, loadEntry(entry, code, problems));
    }
    return std::shared_ptr<PluginModule>(std::move(module));
}

namespace {

// "<value> (<file>:<line>, in <function>)" for a recovered panic: its value and the frame
// that panicked, the first after the `panic(` frame of debug.Stack(). A plugin built by
// GoPluginBuilder runs from a copy named hookbench.plugin/p<hash>/, so the file is shown as
// the name inside the plugin's folder.
QString describePanic(const QString &panic, const QString &symbol)
{
    const QStringList lines = panic.split(u'\n');
    QString where;
    qsizetype i = 0;
    while (i < lines.size() && !lines[i].startsWith(u"panic("))
        ++i;
    // Frames come in pairs (function, then "\tfile:line +0x.."); runtime frames (sigpanic
    // with GOTRACEBACK=system) are not the plugin's.
    for (i += 2; i + 1 < lines.size(); i += 2) {
        const QString &functionLine = lines[i];
        if (functionLine.startsWith(u"runtime."))
            continue;
        QString function = functionLine.left(functionLine.lastIndexOf(u'('));
        function = function.mid(function.lastIndexOf(u'.') + 1);
        QString file = lines[i + 1].trimmed().section(u' ', 0, 0);
        static const QRegularExpression copy(QStringLiteral("^.*/hookbench\\.plugin/p[0-9a-f]+/"));
        file.remove(copy);
        where = QStringLiteral(" (%1, in %2)").arg(file, function.isEmpty() ? symbol : function);
        break;
    }
    return panic.section(u'\n', 0, 0) + where;
}

// Sends one call to the host; its answer becomes a HookReply on the engine's thread. What
// every kind of call answers (errors, logs, the plugin's time, a panic) is read here,
// `fill` reads the rest. A panic is logged as Tyk logs it.
void sendCall(PluginHostProcess &host, json message, const std::weak_ptr<ReplyPoster> &poster,
              IPluginDriver::HookCallback done,
              std::function<void(const json &answer, GoReply &go)> fill,
              const std::function<void(const QString &, const QString &)> &log)
{
    const QString symbol = QString::fromStdString(message.value("symbol", std::string()));
    host.send(std::move(message), [poster, done = std::move(done), fill = std::move(fill), log,
                                   symbol](Result<json> answer) mutable {
        HookReply reply;
        if (!answer) {
            reply.object = answer.error();
        } else if (answer->contains("ok") && !flag(*answer, "ok")) {
            reply.object = makeError(ErrorCode::Internal, str(*answer, "error"));
        } else {
            GoReply go;
            fill(*answer, go);
            go.panic = str(*answer, "panic");
            if (!go.panic.isEmpty() && log)
                log(QStringLiteral("error"),
                    QStringLiteral("Recovered from panic while running Go-plugin middleware func: "
                                   "%1")
                        .arg(describePanic(go.panic, symbol)));
            reply.logs = logsFrom(answer->value("logs", json()));
            reply.pluginNs = integer(*answer, "ns", 0);
            reply.object = coprocess::Object();
            reply.go = std::move(go);
        }
        if (const auto p = poster.lock())
            p->post([done = std::move(done), reply = std::move(reply)]() mutable {
                done(std::move(reply));
            });
    });
}

} // namespace

void GoDriver::call(const std::shared_ptr<PluginModule> &module, HookCall call, HookCallback done)
{
    const auto *goModule = static_cast<const Module *>(module.get());
    const QString name = QString::fromStdString(call.object.hook_name());
    const auto it = goModule->handlers.constFind(name + u'|' + call.entryPath);
    auto answerNow = [this, &done](HookReply reply) {
        m_poster->post([done = std::move(done), reply = std::move(reply)]() mutable {
            done(std::move(reply));
        });
    };
    if (it == goModule->handlers.cend() || !it->loadError.isEmpty()) {
        GoReply go;
        go.notLoaded = true;
        go.loadError =
            it == goModule->handlers.cend()
                ? QStringLiteral("no Go plugin was loaded for %1 (%2)").arg(name, call.entryPath)
                : it->loadError;
        HookReply reply;
        reply.go = std::move(go);
        answerNow(std::move(reply));
        return;
    }
    Result<PluginHostProcess *> running = host();
    if (!running) {
        HookReply reply;
        reply.object = running.error();
        answerNow(std::move(reply));
        return;
    }
    const Handler &handler = *it;
    json message{{"op", "call"},
                 {"kind", handler.kind.toStdString()},
                 {"path", handler.file.toStdString()},
                 {"symbol", handler.symbol.toStdString()}};
    if (handler.kind == u"analytics") {
        json record = json::parse(call.analyticsRecord.constData(), nullptr, false);
        message["record"] = record.is_discarded() ? json() : std::move(record);
        sendCall(
            **running, std::move(message), m_poster, std::move(done),
            [](const json &a, GoReply &go) {
                if (const auto r = a.find("record"); r != a.end())
                    go.analyticsRecord = QByteArray::fromStdString(r->dump());
            },
            m_options.gatewayLog);
        return;
    }
    message["request"] = requestJson(call);
    message["session"] = call.session ? call.session->json() : json();
    message["key_id"] = call.authToken.toStdString();
    message["auth_token"] = call.authToken.toStdString();
    message["definition"] = json();
    message["oas"] = json();
    message["context_data"] = json();
    message["hash_keys"] = call.hashKeys;
    message["rw_headers"] = headersJson(call.writerHeaders, false);
    if (call.apiDefinition)
        message[call.apiIsOas ? "oas" : "definition"] = *call.apiDefinition;
    if (handler.kind == u"response")
        message["response"] = responseJson(call.response);
    sendCall(
        **running, std::move(message), m_poster, std::move(done),
        [sent = std::move(call.request)](const json &a, GoReply &go) mutable {
            go.request =
                requestFrom(a.value("request", json()), std::move(sent), &go.contentLength);
            go.written = responseFrom(a.value("written", json()));
            go.writerHeaders = headersFrom(a.value("rw_headers", json()));
            if (const auto s = a.find("session"); s != a.end() && s->is_object())
                go.session = Session::SessionState(*s);
            go.keyId = str(a, "key_id");
            go.sessionSet = flag(a, "session_set");
            go.sessionModified = flag(a, "session_modified");
            go.hashKey = flag(a, "hash_key");
            go.authToken = str(a, "auth_token");
            go.response = responseFrom(a.value("response", json()));
        },
        m_options.gatewayLog);
}

} // namespace Hb::Plugin
