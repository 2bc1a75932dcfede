// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pipeline/phases/gopluginphase.h"

namespace Hb::Pipeline {

// A Go response hook (Tyk: gateway/res_handler_go_plugin.go, ResponseGoPluginMiddleware):
// func(rw, res, req) in the Go plugin host; what it did to *http.Response becomes the reply.
class GoResponsePhase final : public IPhase
{
public:
    GoResponsePhase(Api::MiddlewareDefinition entry, GoStepContext context)
        : m_entry(std::move(entry))
        , m_context(std::move(context))
    {}
    QString name() const override;
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

private:
    Api::MiddlewareDefinition m_entry;
    GoStepContext m_context;
};

} // namespace Hb::Pipeline
