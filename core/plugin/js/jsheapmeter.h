// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

class QJSEngine;

namespace Hb::Plugin {

// How much memory a QJSEngine's heap holds, read from another thread while the engine runs
// (QJSEngine has no heap limit of its own, so the JS watchdog polls this). It uses Qt's
// private QV4 memory manager and reads only two of its scalar counters, never its chunk
// lists: those are std::vectors the engine's thread grows meanwhile, so reading their size
// or items from here would race with a reallocation (torn bounds, a freed buffer).
class JsHeapMeter
{
public:
    // Bytes of string and buffer data the engine's objects hold (QV4's "unmanaged heap",
    // counted as they are allocated: `'x'.repeat(1e6)` is 2 MB here at once) plus the small
    // objects that were alive at the last garbage collection (QV4 collects whenever its
    // block heap has doubled since, so the figure lags them by at most that factor). Not
    // counted: "huge items" (one object or array storage bigger than 64 KiB), which QV4
    // keeps only in such a list.
    static std::size_t usedBytes(QJSEngine *engine);
};

} // namespace Hb::Plugin
