// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

namespace Hb::Plugin {

// Memory for one short-lived Lua state (a state serves one call, as in Tyk). Small blocks
// are carved from 64 KiB chunks and not freed one by one: the state is closed after its
// call and the chunks go in one step, which saves most of what malloc/free cost a state
// that lives for microseconds. Past `capacity` bytes of chunks, and for large blocks, it
// falls back to malloc and free, so a call that churns through memory still reuses it.
// Follows lua_Alloc's contract (newSize 0 frees; a failed grow returns null).
class LuaArena
{
public:
    explicit LuaArena(std::size_t capacity = std::size_t(4) << 20);
    ~LuaArena();
    LuaArena(const LuaArena &) = delete;
    LuaArena &operator=(const LuaArena &) = delete;

    void *reallocate(void *ptr, std::size_t oldSize, std::size_t newSize);

private:
    static constexpr std::size_t ChunkSize = 64 * 1024;
    static constexpr std::size_t Alignment = 16; // Lua's LUAI_MAXALIGN on x86-64

    bool owns(const void *p) const;
    void *carve(std::size_t size);

    std::vector<char *> m_chunks;
    char *m_next = nullptr;
    char *m_end = nullptr;
    std::size_t m_capacity;
};

} // namespace Hb::Plugin
