// SPDX-License-Identifier: GPL-3.0-or-later
#include <Python.h> // before any other header, as Python.h asks

#include "core/plugin/python/pythonmemorycap.h"

#include <atomic>
#include <cstdint>
#include <limits>

#include <malloc.h>

namespace Hb::Plugin {

namespace {

constexpr std::int64_t noLimit = std::numeric_limits<std::int64_t>::max();

PyMemAllocatorEx g_raw;         // the allocator we wrap (malloc underneath)
PyObjectArenaAllocator g_arena; // pymalloc's arenas (mmap underneath)
// Bytes held through the wrappers since install(). Relaxed atomics: the raw domain may be
// used without the GIL from any thread, and only the total matters.
std::atomic<std::int64_t> g_held{0};
std::atomic<std::int64_t> g_limit{noLimit};
std::atomic<bool> g_hit{false};

// Whether `more` bytes fit under the cap; notes a refusal.
bool fits(std::size_t more)
{
    const std::int64_t limit = g_limit.load(std::memory_order_relaxed);
    if (limit == noLimit)
        return true;
    if (g_held.load(std::memory_order_relaxed) + std::int64_t(more) <= limit)
        return true;
    g_hit.store(true, std::memory_order_relaxed);
    return false;
}

// Counted in usable sizes both ways, so a block's count comes back exactly at free,
// whichever allocator (ours or the one before install) handed it out.
void count(void *p, std::int64_t sign)
{
    if (p)
        g_held.fetch_add(sign * std::int64_t(malloc_usable_size(p)), std::memory_order_relaxed);
}

void *rawMalloc(void *, size_t size)
{
    if (!fits(size))
        return nullptr;
    void *p = g_raw.malloc(g_raw.ctx, size);
    count(p, +1);
    return p;
}

void *rawCalloc(void *, size_t n, size_t size)
{
    if (size && n > std::numeric_limits<size_t>::max() / size)
        return nullptr;
    if (!fits(n * size))
        return nullptr;
    void *p = g_raw.calloc(g_raw.ctx, n, size);
    count(p, +1);
    return p;
}

void *rawRealloc(void *, void *old, size_t size)
{
    const size_t had = old ? malloc_usable_size(old) : 0;
    if (size > had && !fits(size - had))
        return nullptr; // `old` stays valid, as realloc promises
    void *p = g_raw.realloc(g_raw.ctx, old, size);
    if (p) {
        g_held.fetch_sub(std::int64_t(had), std::memory_order_relaxed);
        count(p, +1);
    }
    return p;
}

void rawFree(void *, void *p)
{
    count(p, -1);
    g_raw.free(g_raw.ctx, p);
}

void *arenaAlloc(void *, size_t size)
{
    if (!fits(size))
        return nullptr;
    void *p = g_arena.alloc(g_arena.ctx, size);
    if (p)
        g_held.fetch_add(std::int64_t(size), std::memory_order_relaxed);
    return p;
}

void arenaFree(void *, void *p, size_t size)
{
    g_held.fetch_sub(std::int64_t(size), std::memory_order_relaxed);
    g_arena.free(g_arena.ctx, p, size);
}

} // namespace

void PythonMemoryCap::install()
{
    PyMem_GetAllocator(PYMEM_DOMAIN_RAW, &g_raw);
    PyMemAllocatorEx raw{nullptr, rawMalloc, rawCalloc, rawRealloc, rawFree};
    PyMem_SetAllocator(PYMEM_DOMAIN_RAW, &raw);
    PyObject_GetArenaAllocator(&g_arena);
    PyObjectArenaAllocator arena{nullptr, arenaAlloc, arenaFree};
    PyObject_SetArenaAllocator(&arena);
}

void PythonMemoryCap::set(std::size_t bytes)
{
    g_hit.store(false, std::memory_order_relaxed);
    g_limit.store(g_held.load(std::memory_order_relaxed) + std::int64_t(bytes),
                  std::memory_order_relaxed);
}

void PythonMemoryCap::lift()
{
    g_limit.store(noLimit, std::memory_order_relaxed);
}

bool PythonMemoryCap::wasHit()
{
    return g_hit.load(std::memory_order_relaxed);
}

} // namespace Hb::Plugin
