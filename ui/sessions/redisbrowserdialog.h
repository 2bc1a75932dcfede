// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/redissessionbrowser.h"

#include <QDialog>
#include <QThread>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Hb::Ui {

// Lives on the dialog's worker thread: every Redis call blocks (with a timeout) there.
class RedisBrowserWorker final : public QObject
{
    Q_OBJECT
public:
    void connectTo(const QString &host, int port, int database);
    void fetch(const QString &key);

Q_SIGNALS:
    void keysListed(const QStringList &keys, const QString &error);
    void sessionFetched(const QString &key, const QByteArray &value, qint64 ttlSecs,
                        const QString &error);

private:
    Session::RedisSessionBrowser m_browser;
};

// Browse the sessions of any Redis (host, port, db), e.g. a real Tyk's, read-only: the
// `apikey-*` keys, and each session's JSON and TTL.
class RedisBrowserDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RedisBrowserDialog(QWidget *parent = nullptr);
    ~RedisBrowserDialog() override;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QListWidget *keyList() const { return m_keys; }
    QPlainTextEdit *sessionView() const { return m_json; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *connectButton() const { return m_connect; }

private:
    QThread m_thread;
    RedisBrowserWorker *m_worker;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QSpinBox *m_db;
    QPushButton *m_connect;
    QListWidget *m_keys;
    QPlainTextEdit *m_json;
    QLabel *m_status;
};

} // namespace Hb::Ui
