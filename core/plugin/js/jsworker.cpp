// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jsworker.h"

#include "core/plugin/js/jshookinvoker.h"
#include "core/plugin/js/jsruntime.h"

namespace Hb::Plugin {

void JsWorker::run()
{
    while (const std::shared_ptr<JsJob> job = m_runtime.take()) {
        int expected = JsJob::Pending;
        if (!job->state.compare_exchange_strong(expected, JsJob::Running))
            continue; // answered by the watchdog while it waited
        job->run(*job);
    }
    JsHookInvoker::releasePrepared();
}

} // namespace Hb::Plugin
