// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jsheapmeter.h"

#include <QJSEngine>

#include <private/qv4engine_p.h>
#include <private/qv4mm_p.h>

#include <atomic>

namespace Hb::Plugin {

namespace {
// One word the engine's thread writes as it goes: an aligned machine word cannot be torn,
// and the relaxed atomic load makes the compiler read it each time. The value may be a
// moment old, so the caller acts on two reads in a row.
std::size_t readCounter(const std::size_t &counter)
{
    return std::atomic_ref<std::size_t>(const_cast<std::size_t &>(counter))
        .load(std::memory_order_relaxed);
}
} // namespace

std::size_t JsHeapMeter::usedBytes(QJSEngine *engine)
{
    QV4::ExecutionEngine *v4 = engine->handle();
    if (!v4 || !v4->memoryManager)
        return 0;
    const QV4::MemoryManager &mm = *v4->memoryManager;
    return readCounter(mm.unmanagedHeapSize) +
           readCounter(mm.usedSlotsAfterLastFullSweep) * QV4::Chunk::SlotSize;
}

} // namespace Hb::Plugin
