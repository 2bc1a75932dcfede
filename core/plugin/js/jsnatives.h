// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/plugin/pluginlog.h"

#include <QJSValue>
#include <QObject>

#include <chrono>
#include <memory>

namespace Hb::Plugin {

struct JsCallContext;
class IPluginDataStore;
class JsRuntime;

// Where one VM's natives report and whom they ask; owned by the call that made the VM.
struct JsNativeSetup
{
    QList<PluginLogLine> *logs = nullptr;           // the call's log
    std::shared_ptr<JsCallContext> ctx;             // engine-thread services, the gateway log
    JsRuntime *runtime = nullptr;                   // stopping() ends waits early
    std::chrono::steady_clock::time_point deadline; // waits end by then
    bool keepInvalidBytes = false; // otto keeps non-UTF-8 bytes in strings (JsStrings)
    bool storageBindings = false;  // goja has TykStorage*; under otto they do not exist
    // `logs` takes only what the plugin wrote with log()/rawlog(); the bindings' own error
    // lines go to the gateway log alone (Tyk's test runner captures just those two).
    bool logsTakePluginOutputOnly = false;
    // The engine thread is waiting for this VM (load): key operations, which run there,
    // fail at once instead of waiting for the deadline.
    bool engineThreadBusy = false;
};

// The Go half of Tyk's JS bindings (Tyk: gateway/jsvm_api.go, JSVMAPIHelper), exposed to one VM as
// the global `__hookbench` and wrapped by JsPrelude::bindings(). Lives on the VM's worker thread.
// Blocking work (HTTP, key operations on the engine thread) waits at most until the call's deadline
// and never on the engine thread.
class JsNatives final : public QObject
{
    Q_OBJECT
public:
    explicit JsNatives(JsNativeSetup setup)
        : m_setup(std::move(setup))
    {}
    // While silenced, log() and rawlog() write nothing: goja replays every program for
    // each call with the log bindings switched off, so top-level logging shows once, at load.
    void setSilenced(bool silenced) { m_silenced = silenced; }
    void rebind(JsNativeSetup setup) { m_setup = std::move(setup); }

    // The engine clock's time in milliseconds since the epoch (the polyfilled Date reads it).
    Q_INVOKABLE double nowMs() const;
    Q_INVOKABLE void log(const QString &message);
    Q_INVOKABLE void rawlog(const QString &message);
    Q_INVOKABLE QJSValue b64enc(const QString &text) const;
    Q_INVOKABLE QJSValue b64dec(const QString &text);
    Q_INVOKABLE QJSValue rawb64enc(const QString &text) const;
    Q_INVOKABLE QJSValue rawb64dec(const QString &text);
    Q_INVOKABLE QJSValue makeHttpRequest(const QString &spec);
    Q_INVOKABLE QJSValue batchRequest(const QString &spec);
    Q_INVOKABLE QString getKeyData(const QString &key, const QString &apiId);
    Q_INVOKABLE void setKeyData(const QString &key, const QString &session,
                                const QString &suppressReset);
    // goja's TykStorage*: Redis semantics on the plugin data store; a failure (no store,
    // Redis down or slow, a key outside 1-256 bytes, a value over 64 KiB) throws.
    Q_INVOKABLE QJSValue storageGet(const QString &key);
    Q_INVOKABLE void storageSet(const QString &key, const QString &value, double ttlSecs);
    Q_INVOKABLE QJSValue storageSetNX(const QString &key, const QString &value, double ttlSecs);
    Q_INVOKABLE void storageDel(const QString &key);
    Q_INVOKABLE QJSValue storageTTL(const QString &key);
    Q_INVOKABLE QJSValue storageIncr(const QString &key, double ttlSecs);

private:
    // A line for the call's log and the gateway log; `fromPlugin` for log()/rawlog().
    void write(const QString &level, const QString &message, bool fromPlugin = false);
    QJSValue decode(const QString &text, bool padded);
    // Runs `start` on the engine thread and waits for it to call its callback (with the
    // answer) until the deadline; false when it did not answer in time.
    bool onEngineThread(const std::function<void(std::function<void()>)> &start);
    // The store for TykStorage* `function`, or null after throwing the JS error Tyk
    // throws: the binding missing (otto), no store, or a key out of bounds.
    std::shared_ptr<IPluginDataStore> storageFor(const char *function, const QString &key);
    // Throws a JS error with `message`, named as goja names errors from Go.
    void throwGoError(const QString &message);
    // A store operation failed: logs "failed to <what>" and throws the store's message.
    void storageFailed(const char *what, const Error &error);
    // Whether `value` is within Tyk's 64 KiB; throws when it is not.
    bool storableValue(const QByteArray &value);

    JsNativeSetup m_setup;
    bool m_silenced = false;
};

} // namespace Hb::Plugin
