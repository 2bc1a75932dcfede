// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/replyview.h"

#include "ui/composer/jsonhighlighter.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace Hb::Ui {

namespace {
QPlainTextEdit *textView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}
} // namespace

ReplyView::ReplyView(QWidget *parent)
    : QTabWidget(parent)
    , m_body(textView(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_raw(textView(this))
{
    setObjectName(QStringLiteral("replyView"));
    m_body->setObjectName(QStringLiteral("replyBody"));
    m_raw->setObjectName(QStringLiteral("replyRaw"));
    m_headers->setObjectName(QStringLiteral("replyHeaders"));
    new JsonHighlighter(m_body->document());
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setWordWrap(false);
    addTab(m_body, tr("Body"));
    addTab(m_headers, tr("Headers"));
    addTab(m_raw, tr("Raw"));
    setDocumentMode(true);
    clear(tr("The reply appears here."));
}

void ReplyView::clear(const QString &placeholder)
{
    m_body->clear();
    m_raw->clear();
    m_body->setPlaceholderText(placeholder);
    m_raw->setPlaceholderText(placeholder);
    m_headers->setRowCount(0);
    setTabText(indexOf(m_headers), tr("Headers"));
}

void ReplyView::showResponse(const Http::HttpResponse &response)
{
    // Pretty-print JSON bodies; show anything else as text.
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(response.body, &error);
    const QString body = error.error == QJsonParseError::NoError
                             ? QString::fromUtf8(json.toJson(QJsonDocument::Indented))
                             : QString::fromUtf8(response.body);
    m_body->setPlainText(body);
    const auto fields = response.headers.fields();
    m_headers->setRowCount(int(fields.size()));
    QString raw;
    int row = 0;
    for (const auto &[name, value] : fields) {
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromUtf8(name)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(value)));
        ++row;
        raw += QString::fromUtf8(name) + QStringLiteral(": ") + QString::fromUtf8(value) + u'\n';
    }
    setTabText(indexOf(m_headers), tr("Headers (%1)").arg(fields.size()));
    m_raw->setPlainText(raw + u'\n' + body);
}

} // namespace Hb::Ui
