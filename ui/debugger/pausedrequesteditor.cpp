// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/debugger/pausedrequesteditor.h"

#include "core/common/untrustedjson.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace Hb::Ui {

PausedRequestEditor::PausedRequestEditor(QWidget *parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_query(new QLineEdit(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_body(new QPlainTextEdit(this))
    , m_session(new QPlainTextEdit(this))
    , m_tabs(new QTabWidget(this))
{
    m_method->setEditable(true); // any token is a method; plugins see what is sent
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                        QStringLiteral("OPTIONS")});
    m_path->setObjectName(QStringLiteral("pausedPath"));
    m_path->setPlaceholderText(tr("/listen-path/resource"));
    m_query->setObjectName(QStringLiteral("pausedQuery"));
    m_query->setPlaceholderText(tr("name=value&other=value (without \"?\")"));
    m_headers->setObjectName(QStringLiteral("pausedHeaders"));
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->verticalHeader()->hide();
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setWordWrap(false);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_body->setObjectName(QStringLiteral("pausedBody"));
    m_body->setFont(mono);
    m_body->setPlaceholderText(tr("No body"));
    m_session->setObjectName(QStringLiteral("pausedSession"));
    m_session->setFont(mono);

    auto *addHeader = new QToolButton(this);
    addHeader->setObjectName(QStringLiteral("addHeader"));
    addHeader->setText(tr("Add"));
    addHeader->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addHeader->setToolTip(tr("Add a header"));
    auto *removeHeader = new QToolButton(this);
    removeHeader->setText(tr("Remove"));
    removeHeader->setToolTip(tr("Remove the selected headers"));
    connect(addHeader, &QToolButton::clicked, this, [this] {
        addHeaderRow({}, {});
        m_headers->setCurrentCell(m_headers->rowCount() - 1, 0);
        m_headers->editItem(m_headers->currentItem());
    });
    connect(removeHeader, &QToolButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_headers->selectionModel()->selectedIndexes())
            rows.append(index.row());
        std::sort(rows.begin(), rows.end(), std::greater<>());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (int row : std::as_const(rows))
            m_headers->removeRow(row);
    });

    // Beside the table rather than under it: the dock is narrow less often than it is short.
    auto *headerButtons = new QVBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch(1);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_headers, 1);
    headerRow->addLayout(headerButtons);
    m_headers->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_headers->setMinimumHeight(fontMetrics().height() * 4);

    auto *requestTab = new QWidget(this);
    auto *form = new QFormLayout;
    auto *line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_path, 1);
    form->addRow(tr("Request"), line);
    form->addRow(tr("Query"), m_query);
    auto *requestLayout = new QVBoxLayout(requestTab);
    requestLayout->setContentsMargins(4, 4, 4, 4);
    requestLayout->addLayout(form);
    requestLayout->addLayout(headerRow, 1);

    m_tabs->addTab(requestTab, tr("Headers"));
    m_tabs->addTab(m_body, tr("Body"));
    m_tabs->addTab(m_session, tr("Session"));
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setExchange(std::nullopt);
}

void PausedRequestEditor::addHeaderRow(const QString &name, const QString &value)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(name));
    m_headers->setItem(row, 1, new QTableWidgetItem(value));
}

void PausedRequestEditor::setExchange(const std::optional<Engine::PausedExchange> &exchange)
{
    m_shown = exchange;
    m_headers->setRowCount(0);
    setEnabled(exchange.has_value());
    if (!exchange) {
        m_method->setCurrentText(QString());
        m_path->clear();
        m_query->clear();
        m_body->clear();
        m_session->clear();
        m_shownSessionText.clear();
        m_session->setPlaceholderText(QString());
        return;
    }
    const Http::HttpRequest &r = exchange->request;
    m_method->setCurrentText(QString::fromLatin1(r.method));
    m_path->setText(QString::fromUtf8(r.path()));
    m_query->setText(QString::fromUtf8(r.query()));
    for (const auto &[name, value] : r.headers.fields())
        addHeaderRow(QString::fromUtf8(name), QString::fromUtf8(value));
    m_body->setPlainText(QString::fromUtf8(r.body));
    m_shownSessionText =
        exchange->sessionJson ? QString::fromUtf8(*exchange->sessionJson) : QString();
    m_session->setPlainText(m_shownSessionText);
    m_session->setReadOnly(!exchange->sessionJson);
    m_session->setPlaceholderText(
        tr("No session yet: this request has not passed authentication, or its API is keyless."));
}

Result<Http::HttpRequest> PausedRequestEditor::request() const
{
    Http::HttpRequest r = m_shown ? m_shown->request : Http::HttpRequest();
    const QString method = m_method->currentText().trimmed();
    if (method.isEmpty() || method.contains(u' '))
        return makeError(ErrorCode::InvalidInput, tr("Enter a method such as GET."));
    r.method = method.toLatin1();
    QString path = m_path->text().trimmed();
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    r.setPath(path.toUtf8());
    r.setQuery(m_query->text().trimmed().toUtf8());
    r.headers.clear();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem *name = m_headers->item(row, 0);
        const QTableWidgetItem *value = m_headers->item(row, 1);
        const QString n = name ? name->text().trimmed() : QString();
        const QString v = value ? value->text() : QString();
        if (n.isEmpty() && v.isEmpty())
            continue; // a row added and left blank
        if (n.isEmpty() || n.contains(u':') || n.contains(u' '))
            return makeError(
                ErrorCode::InvalidInput,
                tr("Header row %1 needs a name without spaces or \":\".").arg(row + 1));
        r.headers.add(n.toUtf8(), v.toUtf8());
    }
    r.body = m_body->toPlainText().toUtf8();
    return r;
}

Result<std::optional<QByteArray>> PausedRequestEditor::editedSession() const
{
    if (!m_shown || !m_shown->sessionJson || m_session->toPlainText() == m_shownSessionText)
        return std::optional<QByteArray>();
    const QByteArray text = m_session->toPlainText().toUtf8();
    const nlohmann::json json =
        parseUntrustedJsonOrDiscarded(std::string_view(text.constData(), text.size()));
    if (json.is_discarded() || !json.is_object())
        return makeError(ErrorCode::InvalidInput, tr("The session is not a JSON object."));
    return std::optional<QByteArray>(text);
}

bool PausedRequestEditor::isModified() const
{
    if (!m_shown)
        return false;
    const auto r = request();
    return !r || *r != m_shown->request || m_session->toPlainText() != m_shownSessionText;
}

} // namespace Hb::Ui
