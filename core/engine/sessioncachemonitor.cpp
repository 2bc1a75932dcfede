// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/sessioncachemonitor.h"

#include "core/common/iclock.h"
#include "core/trace/tracehub.h"

#include <algorithm>
#include <limits>

namespace Hb::Engine {

SessionCacheMonitor::SessionCacheMonitor(const IClock &clock, Trace::TraceHub &trace)
    : m_clock(clock)
    , m_trace(trace)
{}

SessionCacheEntry &SessionCacheMonitor::entry(const QString &storageKey)
{
    SessionCacheEntry &e = m_entries[storageKey];
    e.storageKey = storageKey;
    e.lastUsedNs = m_clock.nowNs();
    return e;
}

template<typename MakeMessage>
void SessionCacheMonitor::record(quint64 requestId, const QString &event, const QString &storageKey,
                                 qint64 secondsLeft, MakeMessage makeMessage)
{
    // The cached path runs this on every hit: text is made only when someone listens.
    if (!m_trace.isActive())
        return;
    const QString message = makeMessage();
    Trace::TraceEvent e;
    e.kind = Trace::TraceKind::Session;
    e.requestId = requestId;
    e.apiId = m_entries.value(storageKey).apiId;
    e.phase = event;
    e.message = storageKey + u": " + message;
    e.status = int(std::clamp<qint64>(secondsLeft, -1, std::numeric_limits<int>::max()));
    e.startNs = e.endNs = m_clock.nowNs();
    m_trace.record(e);
}

void SessionCacheMonitor::idExtracted(quint64 requestId, const QString &apiId,
                                      const QString &driver, const QByteArray &rawId,
                                      const QString &cacheKey, const QString &storageKey)
{
    SessionCacheEntry &e = entry(storageKey);
    e.apiId = apiId;
    e.driver = driver;
    e.rawId = rawId;
    e.cacheKey = cacheKey;
    record(requestId, QStringLiteral("id_extracted"), storageKey, -1, [&] {
        return QStringLiteral("id \"%1\" -> key %2").arg(QString::fromUtf8(rawId), cacheKey);
    });
}

void SessionCacheMonitor::cacheHit(quint64 requestId, const QString &storageKey, qint64 deadline)
{
    SessionCacheEntry &e = entry(storageKey);
    ++e.hits;
    e.deadline = deadline;
    e.expired = false;
    const qint64 left = deadline - m_clock.nowSecs();
    record(requestId, QStringLiteral("cache_hit"), storageKey, left,
           [left] { return QStringLiteral("hit, %1 s left before the deadline").arg(left); });
}

void SessionCacheMonitor::cacheMiss(quint64 requestId, const QString &storageKey,
                                    const QString &reason)
{
    ++entry(storageKey).misses;
    record(requestId, QStringLiteral("cache_miss"), storageKey, -1, [&reason] { return reason; });
}

void SessionCacheMonitor::pluginCalled(quint64 requestId, const QString &storageKey)
{
    entry(storageKey);
    record(requestId, QStringLiteral("plugin_called"), storageKey, -1,
           [] { return QStringLiteral("the auth plugin decides"); });
}

void SessionCacheMonitor::sessionStored(quint64 requestId, const QString &storageKey,
                                        qint64 deadline)
{
    SessionCacheEntry &e = entry(storageKey);
    e.deadline = deadline;
    const qint64 left = deadline - m_clock.nowSecs();
    e.expired = left <= 0;
    record(requestId, QStringLiteral("session_stored"), storageKey, left, [deadline, left] {
        return left > 0 ? QStringLiteral("stored until deadline %1 (%2 s)").arg(deadline).arg(left)
                        : QStringLiteral("stored without a future deadline: the next request "
                                         "calls the plugin again");
    });
}

void SessionCacheMonitor::sweep()
{
    const qint64 now = m_clock.nowSecs();
    for (SessionCacheEntry &e : m_entries) {
        if (e.expired || e.deadline <= 0 || e.deadline > now)
            continue;
        e.expired = true;
        record(0, QStringLiteral("cache_expired"), e.storageKey, 0, [&e] {
            return QStringLiteral("deadline %1 passed; the next request calls the plugin")
                .arg(e.deadline);
        });
    }
}

QList<SessionCacheEntry> SessionCacheMonitor::entries() const
{
    QList<SessionCacheEntry> out = m_entries.values();
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.lastUsedNs > b.lastUsedNs; });
    return out;
}

} // namespace Hb::Engine
