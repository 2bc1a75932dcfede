// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <functional>
#include <memory>

namespace Hb {
class IClock;
}

namespace Hb::Plugin {

class IPluginDataStore;

// What JS plugins reach through TykGetKeyData / TykSetKeyData: Tyk's key operations, as the
// composition root provides them (the Gateway API's). Both are called on the engine thread
// and complete `done` on the engine thread; the JS worker that asked waits for the answer
// within its call's time budget.
struct JsKeyServices
{
    // Tyk's handleGetDetail(key, apiId): the JSON body GET /tyk/keys/{key}?api_id= answers
    // (the session, or the error object).
    std::function<void(const QString &key, const QString &apiId,
                       std::function<void(QByteArray json)> done)>
        getKeyData;
    // Tyk's doAddOrUpdate(key, session, suppressReset): stores `session` (Tyk session JSON)
    // under the key as given.
    std::function<void(const QString &key, const QByteArray &session, bool suppressReset,
                       std::function<void(Result<void>)> done)>
        setKeyData;
};

struct JsDriverOptions
{
    int hookTimeoutMs = 5000;  // tyk.conf jsvm_timeout: a call that runs longer is stopped
    int loadTimeoutMs = 10000; // evaluating an API's files once at load
    int workers = 2;           // JS worker threads; a runaway call blocks only its own
    // A call (or load) whose engine heap grows past this is stopped and answered with an
    // error, as a timeout is; 0 turns the cap off. Tyk's JSVM has none, but one plugin that
    // keeps allocating would take the whole process down.
    std::size_t memoryCapBytes = std::size_t(512) << 20;
    // tyk.conf tyk_js_path: a file evaluated into every VM after the core library.
    QString userLibraryFile;
    JsKeyServices keys;
    // goja's TykStorage* (Redis keys `jsvm-store:<key>`); null: they throw "no store".
    std::shared_ptr<IPluginDataStore> storage;
    // Where log()/rawlog() lines go besides the call's own log (the gateway log); may be empty.
    std::function<void(const QString &level, const QString &message)> gatewayLog;
    // The engine's clock, which Date.now() and new Date() follow in plugins; null: the real
    // time. Must outlive the driver.
    const IClock *clock = nullptr;
};

} // namespace Hb::Plugin
