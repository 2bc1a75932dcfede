// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/itracesink.h"

#include <QList>
#include <QMutex>

namespace Hb::Ui {

// The GUI's trace sink. record() runs on the engine thread and only appends under a mutex;
// the GUI takes the batch every few tens of milliseconds (take()), so models get rows in
// blocks and the engine never waits on the GUI.
class TraceBatcher final : public Trace::ITraceSink
{
public:
    void record(const Trace::TraceEvent &event) override;
    QList<Trace::TraceEvent> take();

private:
    QMutex m_mutex;
    QList<Trace::TraceEvent> m_pending;
};

} // namespace Hb::Ui
