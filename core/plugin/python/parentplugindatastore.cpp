// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/python/parentplugindatastore.h"

#include "core/plugin/python/pythonpluginhostprotocol.h"

namespace Hb::Plugin {

using nlohmann::json;

namespace {
QByteArray bytesOf(const json &answer)
{
    return QByteArray::fromBase64(QByteArray::fromStdString(answer.value("value", std::string())));
}
} // namespace

Result<json> ParentPluginDataStore::run(const char *action, const QString &key,
                                        const QByteArray &value, qint64 ttlSecs)
{
    json request = {{"op", "data"}, {"action", action}, {"key", key.toStdString()}};
    if (!value.isEmpty())
        request["value"] = value.toBase64().toStdString();
    if (ttlSecs != 0)
        request["ttl"] = ttlSecs;
    Result<json> answer = m_ask(std::move(request));
    if (!answer)
        return answer;
    try {
        if (!answer->at("ok").get<bool>())
            return PythonPluginHostProtocol::errorFromJson(answer->at("error"));
    } catch (const json::exception &e) {
        return makeError(
            ErrorCode::Internal,
            QStringLiteral("unreadable data answer: %1").arg(QString::fromUtf8(e.what())));
    }
    return answer;
}

Result<void> ParentPluginDataStore::set(const QString &key, const QByteArray &value, qint64 ttlSecs)
{
    Result<json> answer = run("set", key, value, ttlSecs);
    if (!answer)
        return answer.error();
    return {};
}

Result<QByteArray> ParentPluginDataStore::get(const QString &key)
{
    Result<json> answer = run("get", key);
    if (!answer)
        return answer.error();
    return bytesOf(*answer);
}

Result<std::optional<QByteArray>> ParentPluginDataStore::find(const QString &key)
{
    Result<json> answer = run("find", key);
    if (!answer)
        return answer.error();
    if (!answer->value("found", false))
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(bytesOf(*answer));
}

Result<bool> ParentPluginDataStore::setIfAbsent(const QString &key, const QByteArray &value,
                                                qint64 ttlSecs)
{
    Result<json> answer = run("setIfAbsent", key, value, ttlSecs);
    if (!answer)
        return answer.error();
    return answer->value("stored", false);
}

Result<void> ParentPluginDataStore::remove(const QString &key)
{
    Result<json> answer = run("remove", key);
    if (!answer)
        return answer.error();
    return {};
}

Result<qint64> ParentPluginDataStore::timeToLive(const QString &key)
{
    Result<json> answer = run("timeToLive", key);
    if (!answer)
        return answer.error();
    return answer->value("number", qint64(-2));
}

Result<qint64> ParentPluginDataStore::increment(const QString &key, qint64 ttlSecs)
{
    Result<json> answer = run("increment", key, {}, ttlSecs);
    if (!answer)
        return answer.error();
    return answer->value("number", qint64(0));
}

} // namespace Hb::Plugin
