// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

namespace Hb::Plugin {

class JsRuntime;

// One JS worker thread: takes jobs from its runtime until the runtime stops. A QThread (not
// a bare std::thread) so the natives can run a local event loop for TykMakeHttpRequest.
class JsWorker final : public QThread
{
    Q_OBJECT
public:
    explicit JsWorker(JsRuntime &runtime)
        : m_runtime(runtime)
    {}

protected:
    void run() override;

private:
    JsRuntime &m_runtime;
};

} // namespace Hb::Plugin
