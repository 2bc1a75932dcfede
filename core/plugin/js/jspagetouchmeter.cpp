// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jspagetouchmeter.h"

#include <fcntl.h>
#include <unistd.h>
#include <sys/syscall.h>

#include <array>
#include <charconv>
#include <cstdio>
#include <string_view>

namespace Hb::Plugin {

namespace {
// Reads a small /proc file whole, with plain syscalls: this runs on the watchdog thread every
// poll, and a /proc read never blocks on anything but the kernel.
std::optional<std::string_view> readProc(const char *path, std::array<char, 1024> &buffer)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    const ssize_t n = ::read(fd, buffer.data(), buffer.size() - 1);
    ::close(fd);
    if (n <= 0)
        return std::nullopt;
    return std::string_view(buffer.data(), std::size_t(n));
}

std::optional<std::uint64_t> number(std::string_view text)
{
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end == text.data())
        return std::nullopt;
    return value;
}
} // namespace

pid_t JsPageTouchMeter::currentThreadId()
{
    return pid_t(::syscall(SYS_gettid));
}

std::optional<std::uint64_t> JsPageTouchMeter::minorFaults(pid_t tid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/self/task/%d/stat", int(tid));
    std::array<char, 1024> buffer;
    const auto stat = readProc(path, buffer);
    if (!stat)
        return std::nullopt;
    // "TID (comm) state ppid ...": the name may hold spaces and parentheses, so fields are
    // counted from the last ')'. minflt is field 10; after the name come state (3) to it.
    const std::size_t close = stat->rfind(')');
    if (close == std::string_view::npos)
        return std::nullopt;
    std::string_view rest = stat->substr(close + 1);
    for (int field = 3; field <= 10; ++field) {
        const std::size_t start = rest.find_first_not_of(' ');
        if (start == std::string_view::npos)
            return std::nullopt;
        rest.remove_prefix(start);
        const std::size_t end = rest.find(' ');
        if (field == 10)
            return number(rest.substr(0, end));
        if (end == std::string_view::npos)
            return std::nullopt;
        rest.remove_prefix(end);
    }
    return std::nullopt;
}

std::optional<std::uint64_t> JsPageTouchMeter::residentBytes()
{
    std::array<char, 1024> buffer;
    const auto statm = readProc("/proc/self/statm", buffer);
    if (!statm)
        return std::nullopt;
    // "size resident shared ...", in pages.
    const std::size_t space = statm->find(' ');
    if (space == std::string_view::npos)
        return std::nullopt;
    std::string_view rest = statm->substr(space + 1);
    const auto pages = number(rest.substr(0, rest.find(' ')));
    if (!pages)
        return std::nullopt;
    return *pages * pageBytes();
}

std::uint64_t JsPageTouchMeter::pageBytes()
{
    static const std::uint64_t bytes = std::uint64_t(::sysconf(_SC_PAGESIZE));
    return bytes;
}

} // namespace Hb::Plugin
