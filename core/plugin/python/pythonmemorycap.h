// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace Hb::Plugin {

// A ceiling on the memory Python code may take while one call runs. Tyk has none; a
// workbench must survive a hook that allocates without bound, as it survives a runaway loop
// (the Lua driver's LuaBudget::memoryBytes plays the same part).
//
// It counts the bytes the interpreter holds in its pymalloc arenas and in blocks from its
// raw allocator (where pymalloc sends every request over 512 bytes), and refuses an
// allocation that would take a capped call past its cap: CPython then raises MemoryError
// in the code that asked. Small objects come from arenas that are already counted, so the
// common allocation path is not touched.
//
// CPython's allocators are process-wide, as is the one interpreter (PythonRuntime), so this
// is a set of static functions rather than an object.
class PythonMemoryCap
{
public:
    // Wraps the raw and arena allocators. Call once on the Python thread, after
    // Py_PreInitialize with pymalloc selected and before Py_InitializeFromConfig, so every
    // block is allocated through the wrappers.
    static void install();

    // From now until lift(), allocations that take the interpreter more than `bytes` above
    // what it holds now fail. Python thread, GIL held.
    static void set(std::size_t bytes);
    static void lift();
    // Whether an allocation was refused since the last set().
    static bool wasHit();
};

} // namespace Hb::Plugin
