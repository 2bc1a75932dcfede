// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/replyposter.h"

namespace Hb::Plugin {

void ReplyPoster::post(std::function<void()> fn)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_context)
        return;
    m_pending.push_back(std::move(fn));
    // The first answer of a batch schedules the run; later ones join it.
    if (m_pending.size() == 1)
        QMetaObject::invokeMethod(
            m_context, [self = shared_from_this()] { self->runPending(); }, Qt::QueuedConnection);
}

void ReplyPoster::detach()
{
    const QMutexLocker lock(&m_mutex);
    m_context = nullptr;
    m_pending.clear();
}

void ReplyPoster::runPending()
{
    std::vector<std::function<void()>> batch;
    {
        const QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
    }
    for (std::function<void()> &fn : batch)
        fn();
}

} // namespace Hb::Plugin
