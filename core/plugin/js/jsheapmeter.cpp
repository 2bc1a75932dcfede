// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jsheapmeter.h"

#include <QJSEngine>

#include <private/qv4engine_p.h>
#include <private/qv4mm_p.h>

namespace Hb::Plugin {

namespace {
// Past this many large items their sizes are not read one by one: the list's buffer could
// then be big enough for the allocator to unmap it when the engine's thread grows it.
constexpr std::size_t maxItemsRead = 2048;
} // namespace

std::size_t JsHeapMeter::usedBytes(QJSEngine *engine)
{
    QV4::ExecutionEngine *v4 = engine->handle();
    if (!v4 || !v4->memoryManager)
        return 0;
    const QV4::MemoryManager &mm = *v4->memoryManager;
    std::size_t bytes =
        mm.blockAllocator.allocatedMem() + mm.icAllocator.allocatedMem() + mm.unmanagedHeapSize;
    const auto &huge = mm.hugeItemAllocator.chunks;
    const std::size_t count = huge.size();
    if (count > maxItemsRead) {
        // Each large item is bigger than a chunk's data.
        bytes += count * QV4::Chunk::DataSize;
    } else {
        const auto *items = huge.data();
        for (std::size_t i = 0; i < count; ++i)
            bytes += items[i].size;
    }
    return bytes;
}

} // namespace Hb::Plugin
