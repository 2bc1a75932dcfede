// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/analyticsrecord.h"

namespace Hb::Analytics {

// Where finished analytics records go: Redis (what Tyk does and tyk-pump reads), memory (the
// GUI, tests). A record arrives after AnalyticsRecordBuilder::finishForQueue, i.e. in the form
// Tyk serialises. recordHit is called on the thread the sink lives on (the engine thread),
// returns at once and never blocks; the sink copies what it keeps.
class IAnalyticsSink
{
public:
    virtual ~IAnalyticsSink() = default;
    virtual void recordHit(const AnalyticsRecord &record) = 0;
};

} // namespace Hb::Analytics
