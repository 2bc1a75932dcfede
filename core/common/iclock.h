// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Hb {

// The engine's source of time. Everything that expires (sessions, ID-extractor deadlines,
// quota windows, rate windows) and every trace timestamp reads it, so tests and the UI can
// move time without sleeping. Implementations are thread-safe.
class IClock
{
public:
    virtual ~IClock() = default;
    // Wall-clock time in nanoseconds since the Unix epoch (moved by offsets).
    virtual qint64 nowNs() const = 0;
    // Convenience: whole seconds since the Unix epoch.
    qint64 nowSecs() const { return nowNs() / 1000000000; }
};

} // namespace Hb
