// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>

namespace Hb::Plugin {

// Memory a thread makes the kernel hand it, read from another thread: the thread's minor page
// faults (`/proc/self/task/TID/stat`) and the process's resident set (`/proc/self/statm`).
// The JS watchdog needs it for what JsHeapMeter cannot see: QV4 maps each object or array
// storage over 64 KiB ("huge items") on its own, and keeps them only in a list the engine's
// thread grows while it runs. Each page such an allocation touches first is a fault on the
// thread that touched it.
class JsPageTouchMeter
{
public:
    // Linux's thread id of the calling thread.
    static pid_t currentThreadId();
    // Minor page faults of thread `tid` of this process since it started; nothing when
    // /proc cannot tell (the thread is gone, /proc is not mounted).
    static std::optional<std::uint64_t> minorFaults(pid_t tid);
    static std::optional<std::uint64_t> residentBytes();
    static std::uint64_t pageBytes();
};

} // namespace Hb::Plugin
