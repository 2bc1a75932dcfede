// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Hb::Pipeline {

// Told about every decision of the coprocess ID extractor and its session cache, so the
// engine can show the cache as it is (the session inspector) and trace each decision.
// Called on the engine thread.
class ISessionCacheObserver
{
public:
    virtual ~ISessionCacheObserver() = default;
    // `driver`: the auth plugin's (python, lua, grpc): a gRPC server sets deadlines from its
    // own clock.
    virtual void idExtracted(quint64 requestId, const QString &apiId, const QString &driver,
                             const QByteArray &rawId, const QString &cacheKey,
                             const QString &storageKey) = 0;
    virtual void cacheHit(quint64 requestId, const QString &storageKey, qint64 deadline) = 0;
    // `reason` says why in words ("no session stored", "deadline passed 3 s ago").
    virtual void cacheMiss(quint64 requestId, const QString &storageKey, const QString &reason) = 0;
    virtual void pluginCalled(quint64 requestId, const QString &storageKey) = 0;
    virtual void sessionStored(quint64 requestId, const QString &storageKey, qint64 deadline) = 0;
};

} // namespace Hb::Pipeline
