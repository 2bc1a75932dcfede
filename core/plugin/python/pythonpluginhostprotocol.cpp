// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/python/pythonpluginhostprotocol.h"

#include "core/plugin/iplugindatastore.h"

#include <QByteArray>

namespace Hb::Plugin::PythonPluginHostProtocol {

using nlohmann::json;

namespace {
std::string str(const QString &s)
{
    return s.toStdString();
}

QString qstr(const json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() ? QString::fromStdString(it->get<std::string>()) : QString();
}

json strings(const QStringList &list)
{
    json out = json::array();
    for (const QString &s : list)
        out.push_back(str(s));
    return out;
}

QStringList stringsFrom(const json &j, const char *key)
{
    QStringList out;
    const auto it = j.find(key);
    if (it != j.end())
        for (const json &s : *it)
            out.append(QString::fromStdString(s.get<std::string>()));
    return out;
}

json toJson(const SourceLocation &where)
{
    return {{"file", str(where.file)},
            {"line", where.line},
            {"column", where.column},
            {"phase", str(where.phase)}};
}

SourceLocation locationFromJson(const json &j)
{
    SourceLocation where;
    where.file = qstr(j, "file");
    where.line = j.value("line", 0);
    where.column = j.value("column", 0);
    where.phase = qstr(j, "phase");
    return where;
}
} // namespace

std::string toBase64(const std::string &bytes)
{
    return QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size())).toBase64().toStdString();
}

std::string fromBase64(const std::string &text)
{
    return QByteArray::fromBase64(QByteArray::fromStdString(text)).toStdString();
}

json toJson(const PluginCode &code)
{
    // What the Python runtime loads; entries and search folders are for other drivers.
    return {{"language", str(code.language)},
            {"moduleId", str(code.moduleId)},
            {"directory", str(code.directory)},
            {"files", strings(code.files)},
            {"hookNames", strings(code.hookNames)},
            {"origin", str(code.origin)},
            {"contentHash", code.contentHash.toHex().toStdString()}};
}

PluginCode codeFromJson(const json &j)
{
    PluginCode code;
    code.language = qstr(j, "language");
    code.moduleId = qstr(j, "moduleId");
    code.directory = qstr(j, "directory");
    code.files = stringsFrom(j, "files");
    code.hookNames = stringsFrom(j, "hookNames");
    code.origin = qstr(j, "origin");
    code.contentHash = QByteArray::fromHex(qstr(j, "contentHash").toLatin1());
    return code;
}

json toJson(const PythonCallLimits &limits)
{
    return {{"timeoutMs", limits.timeoutMs},
            {"stuckGraceMs", limits.stuckGraceMs},
            {"memoryBytes", limits.memoryBytes}};
}

PythonCallLimits limitsFromJson(const json &j)
{
    PythonCallLimits limits;
    limits.timeoutMs = j.at("timeoutMs").get<int>();
    limits.stuckGraceMs = j.at("stuckGraceMs").get<int>();
    limits.memoryBytes = j.at("memoryBytes").get<std::size_t>();
    return limits;
}

json toJson(const Error &error)
{
    return {
        {"code", int(error.code)}, {"message", str(error.message)}, {"where", toJson(error.where)}};
}

Error errorFromJson(const json &j)
{
    Error error;
    error.code = ErrorCode(j.at("code").get<int>());
    error.message = qstr(j, "message");
    if (const auto where = j.find("where"); where != j.end())
        error.where = locationFromJson(*where);
    return error;
}

json toJson(const QList<LoadProblem> &problems)
{
    json out = json::array();
    for (const LoadProblem &p : problems)
        out.push_back({{"error", toJson(p.error)}, {"warning", p.warning}});
    return out;
}

QList<LoadProblem> problemsFromJson(const json &j)
{
    QList<LoadProblem> problems;
    for (const json &p : j)
        problems.append({errorFromJson(p.at("error")), p.value("warning", false)});
    return problems;
}

json toJson(const HookReply &reply)
{
    json out = {
        {"ok", reply.object.ok()}, {"where", toJson(reply.where)}, {"pluginNs", reply.pluginNs}};
    if (reply.object) {
        std::string bytes;
        reply.object.value().SerializeToString(&bytes);
        out["object"] = toBase64(bytes);
    } else {
        out["error"] = toJson(reply.object.error());
    }
    json logs = json::array();
    for (const PluginLogLine &line : reply.logs)
        logs.push_back(
            {{"level", str(line.level)}, {"message", str(line.message)}, {"timeMs", line.timeMs}});
    out["logs"] = std::move(logs);
    return out;
}

HookReply replyFromJson(const json &j)
{
    HookReply reply;
    if (j.at("ok").get<bool>()) {
        coprocess::Object object;
        if (object.ParseFromString(fromBase64(j.at("object").get<std::string>())))
            reply.object = std::move(object);
        else
            reply.object = makeError(ErrorCode::Internal,
                                     QStringLiteral("the Python plugin host's Object did not "
                                                    "parse"));
    } else {
        reply.object = errorFromJson(j.at("error"));
    }
    if (const auto where = j.find("where"); where != j.end())
        reply.where = locationFromJson(*where);
    reply.pluginNs = j.value("pluginNs", qint64(0));
    if (const auto logs = j.find("logs"); logs != j.end())
        for (const json &line : *logs)
            reply.logs.append(
                {qstr(line, "level"), qstr(line, "message"), line.value("timeMs", qint64(0))});
    return reply;
}

json answerDataRequest(IPluginDataStore *store, const json &request)
{
    json answer = {{"op", "data-answer"}, {"request", request.at("request")}};
    const std::string action = request.at("action").get<std::string>();
    const QString key = qstr(request, "key");
    const QByteArray value =
        QByteArray::fromStdString(fromBase64(request.value("value", std::string())));
    const qint64 ttl = request.value("ttl", qint64(0));
    const auto fail = [&answer](const Error &error) {
        answer["ok"] = false;
        answer["error"] = toJson(error);
        return answer;
    };
    if (!store)
        return fail(makeError(ErrorCode::Unavailable,
                              QStringLiteral("no plugin data store is configured")));
    answer["ok"] = true;
    if (action == "set") {
        if (Result<void> r = store->set(key, value, ttl); !r)
            return fail(r.error());
    } else if (action == "get") {
        Result<QByteArray> r = store->get(key);
        if (!r)
            return fail(r.error());
        answer["value"] = r.value().toBase64().toStdString();
    } else if (action == "find") {
        Result<std::optional<QByteArray>> r = store->find(key);
        if (!r)
            return fail(r.error());
        answer["found"] = r.value().has_value();
        if (r.value())
            answer["value"] = r.value()->toBase64().toStdString();
    } else if (action == "setIfAbsent") {
        Result<bool> r = store->setIfAbsent(key, value, ttl);
        if (!r)
            return fail(r.error());
        answer["stored"] = r.value();
    } else if (action == "remove") {
        if (Result<void> r = store->remove(key); !r)
            return fail(r.error());
    } else if (action == "timeToLive") {
        Result<qint64> r = store->timeToLive(key);
        if (!r)
            return fail(r.error());
        answer["number"] = r.value();
    } else if (action == "increment") {
        Result<qint64> r = store->increment(key, ttl);
        if (!r)
            return fail(r.error());
        answer["number"] = r.value();
    } else {
        return fail(makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("unknown data action \"%1\"").arg(QString::fromStdString(action))));
    }
    return answer;
}

} // namespace Hb::Plugin::PythonPluginHostProtocol
