// SPDX-License-Identifier: GPL-3.0-or-later
// pybind11 (and so Python.h) comes before any Qt header: Python.h must be first, and Qt's
// `slots` keyword would clash with it (the build also sets QT_NO_KEYWORDS).
#include <pybind11/embed.h>

#include "core/plugin/python/pythonhostmodule.h"

#include "core/common/iclock.h"
#include "core/plugin/iplugindatastore.h"
#include "core/plugin/python/pythonmemorycap.h"
#include "core/plugin/python/pythonruntime.h"

#include <atomic>
#include <chrono>

namespace py = pybind11;

namespace Hb::Plugin {

namespace {

// The call the Python thread is running: where `tyk.log` lines and store_data go.
struct ActiveCall
{
    QList<PluginLogLine> *logs = nullptr;
    PythonCallContext *ctx = nullptr;
};
thread_local ActiveCall t_active;

// Plain atomics, so the watchdog never needs the GIL: a hook stuck in C holds it.
std::atomic<std::uint64_t> g_runningSerial{0};
std::atomic<std::uint64_t> g_interruptSerial{0};

void logLine(const std::string &level, const std::string &message)
{
    const QString l = QString::fromStdString(level);
    const QString m = QString::fromStdString(message);
    if (t_active.logs)
        t_active.logs->append({l, m});
    if (t_active.ctx && t_active.ctx->gatewayLog)
        t_active.ctx->gatewayLog(l, m);
}

// The engine clock's time for the running call's plugin code; the real time outside calls and
// once the driver is gone (a call that outlived its budget may still ask).
long long engineTimeNs()
{
    if (t_active.ctx) {
        const QMutexLocker lock(&t_active.ctx->mutex);
        if (t_active.ctx->clock)
            return t_active.ctx->clock->nowNs();
    }
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::shared_ptr<IPluginDataStore> activeStore()
{
    if (!t_active.ctx)
        return nullptr;
    const QMutexLocker lock(&t_active.ctx->mutex);
    return t_active.ctx->dataStore;
}

} // namespace

} // namespace Hb::Plugin

// The native half of `gateway.TykGateway` (pylib/tyk/gateway.py).
PYBIND11_EMBEDDED_MODULE(_hookbench, m)
{
    using namespace Hb::Plugin;
    m.def("log", [](const std::string &level, const std::string &message) {
        // Tyk: "debug", "error", "warning"; anything else is info.
        const std::string l =
            (level == "debug" || level == "error" || level == "warning" || level == "print")
                ? level
                : std::string("info");
        logLine(l, message);
    });
    m.def("store_data", [](const std::string &key, const py::bytes &value, long long ttl) {
        const auto store = activeStore();
        if (!store) {
            logLine("error", "store_data: no data store is configured");
            return;
        }
        const std::string v = value;
        Hb::Result<void> r = [&] {
            py::gil_scoped_release release; // Redis may take up to a second
            return store->set(QString::fromStdString(key), QByteArray::fromStdString(v), ttl);
        }();
        if (!r) // Tyk only logs store errors
            logLine("error", "store_data failed: " + r.error().message.toStdString());
    });
    m.def("get_data", [](const std::string &key) {
        const auto store = activeStore();
        if (!store)
            return py::bytes("");
        Hb::Result<QByteArray> r = [&] {
            py::gil_scoped_release release;
            return store->get(QString::fromStdString(key));
        }();
        if (!r) {
            logLine("error", "get_data failed: " + r.error().message.toStdString());
            return py::bytes("");
        }
        return py::bytes(r->constData(), size_t(r->size()));
    });
    // The dispatcher's signal handler asks whether the running call is to be stopped.
    m.def("interrupt_due", [] {
        const std::uint64_t running = g_runningSerial.load(std::memory_order_relaxed);
        return running != 0 && g_interruptSerial.load(std::memory_order_acquire) == running;
    });
    m.def("lift_memory_cap", [] { PythonMemoryCap::lift(); });
    m.def("engine_time_ns", [] { return engineTimeNs(); });
    m.def("recursion_limit_cap", [] { return PythonHost::recursionLimitCap; });
    m.def("stack_bytes", [] { return PythonHost::stackBytes; });
    m.def("trigger_event", [](const std::string &name, const std::string &payload) {
        // Tyk fires a gateway-level system event; Hookbench has no system event handlers,
        // so the event is shown in the log of the call that fired it.
        logLine("info", "event " + name + ": " + payload);
    });
}

namespace Hb::Plugin::PythonHost {

void setActiveCall(QList<PluginLogLine> *logs, PythonCallContext *ctx)
{
    t_active = {logs, ctx};
}

void setRunningJob(std::uint64_t serial)
{
    g_runningSerial.store(serial, std::memory_order_relaxed);
}

void requestInterrupt(std::uint64_t serial)
{
    g_interruptSerial.store(serial, std::memory_order_release);
}

} // namespace Hb::Plugin::PythonHost
