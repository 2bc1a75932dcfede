// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sessioncachepane.h"

#include "ui/enginebridge.h"
#include "ui/redisbrowserdialog.h"
#include "ui/sessioncachemodel.h"

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
{
    m_table->setObjectName(QStringLiteral("sessionCacheTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_events->setObjectName(QStringLiteral("sessionCacheEvents"));

    m_jump->setRange(1, 365 * 24 * 3600);
    m_jump->setValue(60);
    m_jump->setSuffix(tr(" s"));
    auto *jump = new QPushButton(tr("Jump &forward"), this);
    jump->setObjectName(QStringLiteral("jumpClock"));
    jump->setToolTip(tr("Move the engine clock forward, so deadlines pass without waiting"));
    auto *reset = new QPushButton(tr("&Real time"), this);
    reset->setToolTip(tr("Put the engine clock back to real time"));

    auto *browse = new QPushButton(tr("&Browse Redis…"), this);
    browse->setObjectName(QStringLiteral("browseRedis"));
    browse->setToolTip(tr("Look at the sessions of any Redis, e.g. a real Tyk's (read-only)"));
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new RedisBrowserDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_clock, 1);
    controls->addWidget(m_jump);
    controls->addWidget(jump);
    controls->addWidget(reset);
    controls->addWidget(browse);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_events);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(split);

    connect(jump, &QPushButton::clicked, this, [this] { m_bridge.moveClock(m_jump->value()); });
    connect(reset, &QPushButton::clicked, this, [this] { m_bridge.moveClock(-m_offset); });
    connect(&m_bridge, &EngineBridge::sessionCacheUpdated, this,
            [this](const QList<Engine::SessionCacheEntry> &entries, qint64 now, qint64 offset) {
                m_offset = offset;
                m_model->setEntries(entries, now);
                m_clock->setText(offset == 0 ? tr("Engine clock: real time")
                                             : tr("Engine clock: %1 (+%2 s)")
                                                   .arg(QDateTime::fromSecsSinceEpoch(now).toString(
                                                       QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                                   .arg(offset));
            });
    // Count down every second between refreshes; refresh from the engine as well, so a
    // deadline passing is seen even when no request comes.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_model->tick(m_model->nowSecs() + 1);
        m_bridge.refreshSessionCache();
    });
    m_tick->start();
    m_clock->setText(tr("Engine clock: real time"));
    m_bridge.refreshSessionCache();
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

} // namespace Hb::Ui
