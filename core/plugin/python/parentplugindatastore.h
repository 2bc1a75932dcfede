// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindatastore.h"

#include <nlohmann/json.hpp>

#include <functional>

namespace Hb::Plugin {

// The Python plugin host's view of Hookbench's plugin data store: each operation is a "data"
// request to the parent process, which runs it on the store the engine uses (memory or
// Redis), so store_data/get_data in a plugin host see what in-process plugins see.
class ParentPluginDataStore final : public IPluginDataStore
{
public:
    // `ask(request)`: sends a "data" request and waits for its "data-answer", or an error
    // when none comes in time. Called on plugin threads.
    using Ask = std::function<Result<nlohmann::json>(nlohmann::json request)>;
    explicit ParentPluginDataStore(Ask ask)
        : m_ask(std::move(ask))
    {}

    Result<void> set(const QString &key, const QByteArray &value, qint64 ttlSecs) override;
    Result<QByteArray> get(const QString &key) override;
    Result<std::optional<QByteArray>> find(const QString &key) override;
    Result<bool> setIfAbsent(const QString &key, const QByteArray &value, qint64 ttlSecs) override;
    Result<void> remove(const QString &key) override;
    Result<qint64> timeToLive(const QString &key) override;
    Result<qint64> increment(const QString &key, qint64 ttlSecs) override;

private:
    // The answer to `action` on `key`, or its error.
    Result<nlohmann::json> run(const char *action, const QString &key, const QByteArray &value = {},
                               qint64 ttlSecs = 0);

    Ask m_ask;
};

} // namespace Hb::Plugin
