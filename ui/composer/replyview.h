// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httpresponse.h"

#include <QTabWidget>

class QPlainTextEdit;
class QTableWidget;

namespace Hb::Ui {

// The composer's reply: Body (JSON pretty-printed and coloured, other text as it came),
// Headers (a table) and Raw (the headers and the body as text). Cleared when a new request
// goes out, so a reply on show always belongs to the request above it.
class ReplyView : public QTabWidget
{
    Q_OBJECT
public:
    explicit ReplyView(QWidget *parent = nullptr);

    void showResponse(const Http::HttpResponse &response);
    // Empties every tab and shows `placeholder` (what is awaited).
    void clear(const QString &placeholder);

    QPlainTextEdit *bodyView() const { return m_body; }
    QTableWidget *headersTable() const { return m_headers; }
    QPlainTextEdit *rawView() const { return m_raw; }

private:
    QPlainTextEdit *m_body;
    QTableWidget *m_headers;
    QPlainTextEdit *m_raw;
};

} // namespace Hb::Ui
