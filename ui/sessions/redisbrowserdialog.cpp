// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sessions/redisbrowserdialog.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace Hb::Ui {

void RedisBrowserWorker::connectTo(const QString &host, int port, int database)
{
    if (Result<void> ok = m_browser.connect(host, port, database); !ok) {
        Q_EMIT keysListed({}, ok.error().message);
        return;
    }
    Result<QStringList> keys = m_browser.sessionKeys();
    Q_EMIT keysListed(keys ? *keys : QStringList(), keys ? QString() : keys.error().message);
}

void RedisBrowserWorker::fetch(const QString &key)
{
    Result<Session::BrowsedSession> s = m_browser.session(key);
    if (!s)
        Q_EMIT sessionFetched(key, {}, -1, s.error().message);
    else
        Q_EMIT sessionFetched(key, s->value, s->ttlSecs, QString());
}

RedisBrowserDialog::RedisBrowserDialog(QWidget *parent)
    : QDialog(parent)
    , m_worker(new RedisBrowserWorker)
    , m_host(new QLineEdit(QStringLiteral("127.0.0.1"), this))
    , m_port(new QSpinBox(this))
    , m_db(new QSpinBox(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_keys(new QListWidget(this))
    , m_json(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Browse a Redis (read-only)"));
    m_port->setRange(1, 65535);
    m_port->setValue(6379);
    m_db->setRange(0, 15);
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Host"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_db);
    auto *top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(m_connect, 0, Qt::AlignBottom);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_keys);
    split->addWidget(m_json);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    resize(900, 560);

    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("redis-browser"));
    m_thread.start();

    connect(m_connect, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("Connecting…"));
        m_keys->clear();
        m_json->clear();
        const QString host = m_host->text();
        const int port = m_port->value();
        const int db = m_db->value();
        RedisBrowserWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            worker, [worker, host, port, db] { worker->connectTo(host, port, db); },
            Qt::QueuedConnection);
    });
    connect(m_worker, &RedisBrowserWorker::keysListed, this,
            [this](const QStringList &keys, const QString &error) {
                m_keys->addItems(keys);
                m_status->setText(error.isEmpty() ? tr("%n session(s)", nullptr, int(keys.size()))
                                                  : error);
            });
    connect(m_keys, &QListWidget::currentTextChanged, this, [this](const QString &key) {
        if (key.isEmpty())
            return;
        RedisBrowserWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            worker, [worker, key] { worker->fetch(key); }, Qt::QueuedConnection);
    });
    connect(m_worker, &RedisBrowserWorker::sessionFetched, this,
            [this](const QString &key, const QByteArray &value, qint64 ttl, const QString &error) {
                if (!error.isEmpty()) {
                    m_status->setText(error);
                    return;
                }
                const QJsonDocument doc = QJsonDocument::fromJson(value);
                m_json->setPlainText(doc.isNull()
                                         ? QString::fromUtf8(value)
                                         : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
                m_status->setText(ttl < 0 ? tr("%1 · no expiry").arg(key)
                                          : tr("%1 · expires in %2 s").arg(key).arg(ttl));
            });
}

RedisBrowserDialog::~RedisBrowserDialog()
{
    m_thread.quit();
    m_thread.wait(); // a Redis call in progress ends within its timeout
}

} // namespace Hb::Ui
