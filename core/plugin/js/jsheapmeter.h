// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

class QJSEngine;

namespace Hb::Plugin {

// How much memory a QJSEngine's heap holds, read from another thread while the engine runs
// (QJSEngine has no heap limit of its own, so the JS watchdog polls this). It uses Qt's
// private QV4 memory manager and reads only its counters and the lengths of its chunk
// lists, never the chunks themselves, which the engine's thread may free meanwhile: the
// figure can be off for one read, so the caller acts on two reads in a row.
class JsHeapMeter
{
public:
    // Bytes of the engine's managed chunks, its large items and the string and buffer data
    // its objects hold (QV4's "unmanaged heap").
    static std::size_t usedBytes(QJSEngine *engine);
};

} // namespace Hb::Plugin
