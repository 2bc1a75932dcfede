// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Hb::Ui {

// A request composer: method, path, headers ("Name: value" per line) and body. Send (or
// Ctrl+Return) emits sendRequested; the window routes it to the engine and hands the reply
// back through showResponse.
class ComposerPane : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerPane(QWidget *parent = nullptr);

    void setTarget(const QString &target);
    // The request as composed, or an error naming the line that does not parse.
    Result<Http::HttpRequest> request() const;
    void showResponse(const Http::HttpResponse &response, double elapsedMs);

    QPushButton *sendButton() const { return m_send; }
    QPlainTextEdit *responseView() const { return m_response; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void sendRequested(const Hb::Http::HttpRequest &request);

private:
    void send();

    QComboBox *m_method;
    QLineEdit *m_target;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_body;
    QPushButton *m_send;
    QLabel *m_status;
    QPlainTextEdit *m_response;
};

} // namespace Hb::Ui
