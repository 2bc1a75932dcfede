// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace Hb::Plugin {

// Carries answers from a plugin thread to the thread of a context object (the engine).
// Answers that pile up while that thread is busy go over in one queued call, not one
// each: under load the engine's event loop is woken once per batch. After detach() nothing
// more is posted (the driver is going).
class ReplyPoster : public std::enable_shared_from_this<ReplyPoster>
{
public:
    explicit ReplyPoster(QObject *context)
        : m_context(context)
    {}

    // Runs `fn` on the context's thread, after the answers posted before it.
    void post(std::function<void()> fn);
    void detach();

private:
    void runPending();

    QMutex m_mutex;
    QObject *m_context;                           // under m_mutex
    std::vector<std::function<void()>> m_pending; // under m_mutex
};

} // namespace Hb::Plugin
