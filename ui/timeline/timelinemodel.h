// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/traceevent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <deque>
#include <optional>

namespace Hb::Ui {

// One phase of a request as the timeline draws it: a bar as long as the phase took,
// coloured by what it decided.
struct PhaseBar
{
    QString phase;
    qint64 durationNs = 0;
    Trace::Outcome outcome = Trace::Outcome::None;
    QString note; // "cache hit", "cache miss", ... (the ID extractor's decision)
};

// Everything the detail view shows about one phase of one request.
struct PhaseDetail
{
    QString phase;
    qint64 startNs = 0;
    qint64 endNs = 0;
    Trace::Outcome outcome = Trace::Outcome::None;
    int status = 0;
    QString message; // the phase's note or error
    SourceLocation where;
    std::optional<Http::HttpRequest> before; // the request around the phase, when traced
    std::optional<Http::HttpRequest> after;
    // A coprocess hook (Python, Lua, gRPC): the Object it was sent and the one it returned,
    // as indented JSON; empty for other phases, or when the hook returned nothing.
    QByteArray objectSent;
    QByteArray objectReceived;
    QStringList logs;     // "level: text", as the plugin wrote them
    QStringList sessions; // session-cache decisions during the phase ("cache_hit: ...")
};

// Tyk's analytics record of one finished request (a TraceKind::Analytics event).
struct AnalyticsDetail
{
    QByteArray record;      // as Tyk's request handler built it: JSON with tyk-pump's tags
    QByteArray afterPlugin; // as the API's analytics plugin left it; empty when none ran or
                            // it changed nothing
    QString note;           // e.g. why the plugin did not run; empty when all went well
};

} // namespace Hb::Ui

Q_DECLARE_METATYPE(Hb::Ui::PhaseBar)

namespace Hb::Ui {

// One row per request the engine ran, built from trace events: id, where it came from (an
// HTTP client's address, or "workbench" for the composer, replays and other requests made in
// the window), API, method, path, status, duration and phase count, and the phases as bars
// (PhaseBarsRole). Bounded: past `capacity` rows the oldest are evicted in blocks (rows are removed
// before new ones are inserted). The per-phase details with request snapshots, which are heavier,
// are kept for the newest `detailCapacity` requests only.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Source, Api, Method, Path, Status, Duration, Phases, ColumnCount };
    enum Role {
        PhaseBarsRole = Qt::UserRole + 1, // QList<PhaseBar>
        RequestIdRole,                    // quint64
        ApiIdRole,                        // QString
        FailedRole,                       // bool: a phase failed or the status is >= 400
        CacheRole,                        // QString: "hit", "miss" or empty
        TextRole,                         // QString: what the text filter searches
    };

    explicit TimelineModel(QObject *parent = nullptr, int capacity = 100000,
                           int detailCapacity = 2000);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Applies one batch of trace events from the engine.
    void addEvents(const QList<Trace::TraceEvent> &events);
    // The phases of request `id` with their snapshots, logs and cache decisions; empty when
    // the request is unknown or its details were already let go.
    QList<PhaseDetail> details(quint64 id) const;
    // Request `id`'s analytics record; nullopt when none came (analytics off, the API not
    // tracked, the request still running) or its details were already let go.
    std::optional<AnalyticsDetail> analytics(quint64 id) const;

Q_SIGNALS:
    // Request `id`'s analytics record arrived. It may come after the request finished (the
    // analytics plugin runs asynchronously), and it changes nothing the rows show.
    void analyticsArrived(quint64 id);

private:
    struct Row
    {
        quint64 id = 0;
        QString api;
        QString source;
        QString method;
        QString path;
        int status = 0;
        qint64 startNs = 0;
        qint64 durationNs = -1; // -1 while running
        int phases = 0;
        bool failed = false;
        QString cache;        // "hit" / "miss": the ID extractor's last decision
        QString pausedBefore; // the phase a breakpoint holds it before; empty when not paused
        QList<PhaseBar> bars;
    };
    struct Pending // what arrives for a phase before its PhaseFinished event
    {
        QList<std::pair<QString, QString>> logs; // (phase, "level: text")
        QStringList sessions;
    };
    void evictIfFull(int incoming);
    void addDetail(const Trace::TraceEvent &e, Row &row);
    // Counts request `id` among those whose details are kept, letting go of the oldest.
    void keepDetailsOf(quint64 id);

    std::deque<Row> m_rows;
    QHash<quint64, quint64> m_rowById; // exchange id -> absolute row number
    quint64 m_firstAbsolute = 0;       // absolute number of m_rows.front()
    int m_capacity;
    int m_detailCapacity;
    QHash<quint64, QList<PhaseDetail>> m_details;
    QHash<quint64, AnalyticsDetail> m_analytics; // let go together with m_details
    std::deque<quint64> m_detailOrder;           // oldest first, to let go past m_detailCapacity
    QHash<quint64, Pending> m_pending;
};

} // namespace Hb::Ui
