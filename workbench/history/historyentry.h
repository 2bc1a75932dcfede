// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hb::Ui {

// One phase of a recorded request, as its trace reported it.
struct HistoryPhase
{
    QString name;    // "VersionCheck", "pre:MyHook", ...
    QString outcome; // Trace::toString(Outcome): "continue", "respond", "fail", ...
    double durationMs = 0;
    bool operator==(const HistoryPhase &other) const = default;
};

// One request the engine ran, kept in the workspace's history: what was sent, what came back,
// how long it took and which phases it went through.
struct HistoryEntry
{
    // Bodies above this are cut and marked truncated, so the workspace file stays small
    // enough to write in the background after every request.
    static constexpr qsizetype BodyCap = 1024 * 1024;

    enum class Source { Engine, HttpFront, Replay };

    QDateTime time; // UTC, when the reply came back
    QString apiId;
    Source source = Source::Engine;
    Http::HttpRequest request;
    bool requestTruncated = false;
    Http::HttpResponse response;
    bool responseTruncated = false;
    double durationMs = 0;
    QList<HistoryPhase> phases;
    // What the session store and the ID extractor's cache did for it, in order ("id_extracted",
    // "cache_hit", "cache_miss", "plugin_called", ...): what a "cacheHit" expectation reads.
    QStringList sessionEvents;
    quint64 exchangeId = 0; // this session's engine id; not saved

    // Whether `phase` called a plugin: a hook phase ("pre:Name") that was not skipped, and
    // for the auth check, one the ID extractor's cache did not answer.
    bool calledPlugin(const HistoryPhase &phase) const;
    // Cuts bodies above BodyCap and sets the truncated flags.
    void capBodies();
    QJsonObject toJson() const;
    static HistoryEntry fromJson(const QJsonObject &json);
    bool operator==(const HistoryEntry &other) const = default;
};

QString toString(HistoryEntry::Source source);

} // namespace Hb::Ui
