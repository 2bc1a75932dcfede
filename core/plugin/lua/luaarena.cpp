// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/lua/luaarena.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace Hb::Plugin {

LuaArena::LuaArena(std::size_t capacity)
    : m_capacity(capacity)
{}

LuaArena::~LuaArena()
{
    for (char *chunk : m_chunks)
        std::free(chunk);
}

bool LuaArena::owns(const void *p) const
{
    const char *c = static_cast<const char *>(p);
    // Newest chunks first: recent blocks are the ones freed most.
    return std::any_of(m_chunks.rbegin(), m_chunks.rend(),
                       [c](const char *chunk) { return c >= chunk && c < chunk + ChunkSize; });
}

void *LuaArena::carve(std::size_t size)
{
    size = (size + Alignment - 1) & ~(Alignment - 1);
    if (size > ChunkSize / 4)
        return std::malloc(size);
    if (m_next == nullptr || std::size_t(m_end - m_next) < size) {
        if ((m_chunks.size() + 1) * ChunkSize > m_capacity)
            return std::malloc(size);
        char *chunk = static_cast<char *>(std::malloc(ChunkSize)); // malloc aligns to 16
        if (!chunk)
            return nullptr;
        m_chunks.push_back(chunk);
        m_next = chunk;
        m_end = chunk + ChunkSize;
    }
    void *p = m_next;
    m_next += size;
    return p;
}

void *LuaArena::reallocate(void *ptr, std::size_t oldSize, std::size_t newSize)
{
    const bool carved = ptr && owns(ptr);
    if (newSize == 0) {
        if (ptr && !carved)
            std::free(ptr);
        return nullptr;
    }
    if (ptr && !carved)
        return std::realloc(ptr, newSize);
    if (carved && newSize <= oldSize)
        return ptr; // shrinking in place
    void *p = carve(newSize);
    if (p && ptr)
        std::memcpy(p, ptr, std::min(oldSize, newSize));
    return p;
}

} // namespace Hb::Plugin
