// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/itracesink.h"

#include <QList>

namespace Hb::Trace {

// Fans one event out to every attached sink. Owned by the engine; sinks are not owned.
// Attach and detach on the engine thread.
class TraceHub final : public ITraceSink
{
public:
    void attach(ITraceSink *sink);
    void detach(ITraceSink *sink);
    bool isEmpty() const { return m_sinks.isEmpty(); }

    void record(const TraceEvent &event) override;
    bool wantsSnapshots() const override { return m_wantsSnapshots; }
    bool isActive() const override { return !m_sinks.isEmpty(); }

private:
    QList<ITraceSink *> m_sinks;
    bool m_wantsSnapshots = false;
};

} // namespace Hb::Trace
