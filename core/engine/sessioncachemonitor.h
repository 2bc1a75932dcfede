// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/sessioncacheentry.h"
#include "core/pipeline/isessioncacheobserver.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Hb {
class IClock;
}
namespace Hb::Trace {
class TraceHub;
}

namespace Hb::Engine {

// The ID-extractor cache as this engine has seen it: entries with their deadlines, hits and
// misses, and a trace event (kind Session) for every decision: id_extracted, cache_hit,
// cache_miss, plugin_called, session_stored, cache_expired. Expiry is noticed by sweep(),
// which the engine runs every second and whenever its clock moves.
class SessionCacheMonitor final : public Pipeline::ISessionCacheObserver
{
public:
    SessionCacheMonitor(const IClock &clock, Trace::TraceHub &trace);

    void idExtracted(quint64 requestId, const QString &apiId, const QString &driver,
                     const QByteArray &rawId, const QString &cacheKey,
                     const QString &storageKey) override;
    void cacheHit(quint64 requestId, const QString &storageKey, qint64 deadline) override;
    void cacheMiss(quint64 requestId, const QString &storageKey, const QString &reason) override;
    void pluginCalled(quint64 requestId, const QString &storageKey) override;
    void sessionStored(quint64 requestId, const QString &storageKey, qint64 deadline) override;

    // Marks entries whose deadline has passed and traces cache_expired once for each.
    void sweep();
    QList<SessionCacheEntry> entries() const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    void clear() { m_entries.clear(); }
    // Forgets one entry (the inspector evicted it); false when there was none.
    bool remove(const QString &storageKey) { return m_entries.remove(storageKey) > 0; }

private:
    SessionCacheEntry &entry(const QString &storageKey);
    // Emits a Session trace event; `makeMessage()` gives its text.
    template<typename MakeMessage>
    void record(quint64 requestId, const QString &event, const QString &storageKey,
                qint64 secondsLeft, MakeMessage makeMessage);

    const IClock &m_clock;
    Trace::TraceHub &m_trace;
    QHash<QString, SessionCacheEntry> m_entries;
};

} // namespace Hb::Engine
