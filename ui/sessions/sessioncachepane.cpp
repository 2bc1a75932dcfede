// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sessions/sessioncachepane.h"

#include "workbench/bridge/enginebridge.h"
#include "ui/sessions/redisbrowserdialog.h"
#include "ui/sessions/sessioncacheentrydialog.h"
#include "ui/sessions/sessioncachemodel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Hb::Ui {

namespace {
bool isCacheEvent(const QString &phase)
{
    return phase == u"id_extracted" || phase == u"cache_hit" || phase == u"cache_miss" ||
           phase == u"plugin_called" || phase == u"session_stored" || phase == u"cache_expired";
}
} // namespace

SessionCachePane::SessionCachePane(EngineBridge &bridge, QWidget *parent)
    : QWidget(parent)
    , m_bridge(bridge)
    , m_model(new SessionCacheModel(this))
    , m_table(new QTableView(this))
    , m_events(new QListWidget(this))
    , m_jump(new QSpinBox(this))
    , m_clock(new QLabel(this))
    , m_tick(new QTimer(this))
    , m_status(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("sessionCacheTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_events->setObjectName(QStringLiteral("sessionCacheEvents"));
    m_status->setObjectName(QStringLiteral("sessionCacheStatus"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_events);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buildClockControls());
    layout->addLayout(buildSessionControls());
    layout->addWidget(split);

    connect(&m_bridge, &EngineBridge::sessionCacheUpdated, this,
            [this](const QList<Engine::SessionCacheEntry> &entries, qint64 now, qint64 offset,
                   bool paused) {
                m_offset = offset;
                m_paused = paused;
                // The model is reset: keep the selected row by its key.
                const QString selected = selectedKey();
                m_model->setEntries(entries, now);
                for (int row = 0; row < m_model->rowCount(); ++row) {
                    if (m_model->entry(row).storageKey == selected)
                        m_table->selectRow(row);
                }
                showClock(now, offset);
            });
    connect(&m_bridge, &EngineBridge::sessionRead, this, &SessionCachePane::showSession);
    connect(&m_bridge, &EngineBridge::sessionEvicted, this, [this](const QString &error) {
        m_status->setText(error.isEmpty() ? tr("Evicted.") : tr("Evict failed: %1").arg(error));
    });
    connect(m_table, &QTableView::doubleClicked, this, &SessionCachePane::viewSelected);
    // Count down every second between refreshes (not while the clock stands still); refresh
    // from the engine as well, so a deadline passing is seen even when no request comes.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (!m_paused)
            m_model->tick(m_model->nowSecs() + 1);
        m_bridge.refreshSessionCache();
    });
    m_tick->start();
    m_clock->setText(tr("Engine clock: real time"));
    m_bridge.refreshSessionCache();
}

QHBoxLayout *SessionCachePane::buildClockControls()
{
    m_jump->setRange(1, 365 * 24 * 3600);
    m_jump->setValue(60);
    m_jump->setSuffix(tr(" s"));
    auto *jump = new QPushButton(tr("Jump &forward"), this);
    jump->setObjectName(QStringLiteral("jumpClock"));
    jump->setToolTip(tr("Move the engine clock forward, so deadlines pass without waiting"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseClock"));
    m_pause->setToolTip(tr("Stop or restart the engine clock; deadlines stand still while it "
                           "is paused"));
    auto *reset = new QPushButton(tr("&Real time"), this);
    reset->setToolTip(tr("Put the engine clock back to real time, running"));

    connect(jump, &QPushButton::clicked, this, [this] { m_bridge.moveClock(m_jump->value()); });
    connect(m_pause, &QPushButton::clicked, this, [this] { m_bridge.setClockPaused(!m_paused); });
    connect(reset, &QPushButton::clicked, this, [this] { m_bridge.resetClock(); });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_clock, 1);
    controls->addWidget(m_jump);
    controls->addWidget(jump);
    controls->addWidget(m_pause);
    controls->addWidget(reset);
    return controls;
}

QHBoxLayout *SessionCachePane::buildSessionControls()
{
    m_view = new QPushButton(tr("&View/Edit…"), this);
    m_view->setObjectName(QStringLiteral("viewSession"));
    m_view->setToolTip(tr("Show the selected session's JSON as stored, and edit it"));
    m_evict = new QPushButton(tr("&Evict"), this);
    m_evict->setObjectName(QStringLiteral("evictSession"));
    m_evict->setToolTip(tr("Remove the selected session from the store: the next request "
                           "calls the auth plugin again"));
    auto *evictAll = new QPushButton(tr("Evict &all"), this);
    evictAll->setObjectName(QStringLiteral("evictAllSessions"));
    evictAll->setToolTip(tr("Remove every session shown here from the store"));
    auto *browse = new QPushButton(tr("&Browse Redis…"), this);
    browse->setObjectName(QStringLiteral("browseRedis"));
    browse->setToolTip(tr("Look at the sessions of any Redis, e.g. a real Tyk's (read-only)"));

    connect(m_view, &QPushButton::clicked, this, &SessionCachePane::viewSelected);
    connect(m_evict, &QPushButton::clicked, this, &SessionCachePane::evictSelected);
    connect(evictAll, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("Evicting…"));
        m_bridge.evictAllSessions();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new RedisBrowserDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_view);
    controls->addWidget(m_evict);
    controls->addWidget(evictAll);
    controls->addWidget(m_status, 1);
    controls->addWidget(browse);
    return controls;
}

QString SessionCachePane::selectedKey() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return m_model->entry(current.row()).storageKey;
}

void SessionCachePane::viewSelected()
{
    const QString key = selectedKey();
    if (key.isEmpty()) {
        m_status->setText(tr("Select a session first."));
        return;
    }
    m_status->setText(tr("Reading %1…").arg(key));
    m_bridge.readSession(key);
}

void SessionCachePane::evictSelected()
{
    const QString key = selectedKey();
    if (key.isEmpty()) {
        m_status->setText(tr("Select a session first."));
        return;
    }
    m_status->setText(tr("Evicting %1…").arg(key));
    m_bridge.evictSession(key);
}

void SessionCachePane::showSession(const QString &storageKey, const QByteArray &json,
                                   const QString &error)
{
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    m_status->clear();
    auto *dialog = new SessionCacheEntryDialog(storageKey, json, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SessionCacheEntryDialog::saveRequested, &m_bridge,
            &EngineBridge::writeSession);
    connect(&m_bridge, &EngineBridge::sessionWritten, dialog,
            [dialog](const QString &key, const QString &writeError) {
                if (key == dialog->storageKey())
                    dialog->saved(writeError);
            });
    dialog->show();
}

void SessionCachePane::addEvents(const QList<Trace::TraceEvent> &events)
{
    bool changed = false;
    for (const Trace::TraceEvent &e : events) {
        if (e.kind != Trace::TraceKind::Session || !isCacheEvent(e.phase))
            continue;
        changed = true;
        auto *item =
            new QListWidgetItem(QStringLiteral("%1  %2  %3")
                                    .arg(QDateTime::fromMSecsSinceEpoch(e.startNs / 1000000)
                                             .toString(QStringLiteral("HH:mm:ss")),
                                         e.phase, e.message));
        if (e.phase == u"cache_hit")
            item->setForeground(QColor(0x2e, 0x7d, 0x32));
        else if (e.phase == u"cache_expired" || e.phase == u"cache_miss")
            item->setForeground(QColor(0xc6, 0x28, 0x28));
        m_events->addItem(item);
    }
    while (m_events->count() > 2000)
        delete m_events->takeItem(0);
    if (changed) {
        m_events->scrollToBottom();
        m_bridge.refreshSessionCache();
    }
}

void SessionCachePane::showClock(qint64 now, qint64 offset)
{
    m_pause->setText(m_paused ? tr("R&un") : tr("&Pause"));
    const QString time =
        QDateTime::fromSecsSinceEpoch(now).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (m_paused)
        m_clock->setText(tr("Engine clock: paused at %1").arg(time));
    else if (offset == 0)
        m_clock->setText(tr("Engine clock: real time"));
    else
        m_clock->setText(tr("Engine clock: %1 (%2 s)")
                             .arg(time, (offset > 0 ? QStringLiteral("+") : QString()) +
                                            QString::number(offset)));
}

} // namespace Hb::Ui
