// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindriver.h"

#include <QList>

#include <cstddef>
#include <cstdint>

namespace Hb::Plugin {

struct PythonCallContext;

// `_hookbench`, the native module the Python side calls (pylib/tyk/gateway.py for plugins,
// hookbench_dispatcher.py for the driver), and the state it reads.
namespace PythonHost {

// The Python thread's stack: address space only, pages are used as the stack grows. The
// recursion limit a plugin may set keeps CPython's default ratio of 1,000 levels per 8 MiB
// (measured here at 0.1 to 1.7 KiB of C stack per level for deep repr(), json, eval, map,
// sorted(key=...) and __getattr__ recursion), so deep recursion ends in RecursionError
// rather than a stack overflow.
constexpr std::size_t stackBytes = std::size_t(256) << 20;
constexpr int recursionLimitCap = int(stackBytes / (std::size_t(8) << 10));

// Python thread: where the running call's tyk.log lines go and which store it uses
// (null, null between calls).
void setActiveCall(QList<PluginLogLine> *logs, PythonCallContext *ctx);
// Python thread: the job it runs, 0 between jobs.
void setRunningJob(std::uint64_t serial);
// Any thread, no GIL: the job to stop; the dispatcher's signal handler raises HookTimeout
// while that job runs (_hookbench.interrupt_due).
void requestInterrupt(std::uint64_t serial);

} // namespace PythonHost

} // namespace Hb::Plugin
