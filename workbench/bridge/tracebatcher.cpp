// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/bridge/tracebatcher.h"

namespace Hb::Ui {

void TraceBatcher::record(const Trace::TraceEvent &event)
{
    QMutexLocker lock(&m_mutex);
    m_pending.append(event);
}

QList<Trace::TraceEvent> TraceBatcher::take()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_pending, {});
}

} // namespace Hb::Ui
