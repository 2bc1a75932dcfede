// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composerpane.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace Hb::Ui {

ComposerPane::ComposerPane(QWidget *parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_headers(new QPlainTextEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_status(new QLabel(this))
    , m_response(new QPlainTextEdit(this))
{
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                        QStringLiteral("OPTIONS")});
    m_target->setPlaceholderText(tr("/listen-path/resource?query"));
    m_headers->setPlaceholderText(tr("Header-Name: value (one per line)"));
    m_body->setPlaceholderText(tr("Request body"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_headers->setFont(mono);
    m_body->setFont(mono);
    m_response->setFont(mono);
    m_response->setReadOnly(true);
    m_response->setPlaceholderText(tr("The reply appears here."));
    m_send->setToolTip(tr("Send through the engine (Ctrl+Return)"));
    m_send->setDefault(true);

    auto *line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_target, 1);
    line->addWidget(m_send);

    auto *form = new QFormLayout;
    form->addRow(tr("Headers"), m_headers);
    form->addRow(tr("Body"), m_body);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(line);
    topLayout->addLayout(form);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_status);
    bottomLayout->addWidget(m_response, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);
    m_headers->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_body->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    top->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    splitter->setSizes({fontMetrics().lineSpacing() * 16, fontMetrics().lineSpacing() * 30});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_send, &QPushButton::clicked, this, &ComposerPane::send);
    connect(m_target, &QLineEdit::returnPressed, this, &ComposerPane::send);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ComposerPane::send);
}

void ComposerPane::setTarget(const QString &target)
{
    m_target->setText(target);
}

Result<Http::HttpRequest> ComposerPane::request() const
{
    Http::HttpRequest r;
    r.method = m_method->currentText().toLatin1();
    QString target = m_target->text().trimmed();
    if (target.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Enter a path such as /keyless/get."));
    if (!target.startsWith(u'/'))
        target.prepend(u'/');
    r.target = target.toUtf8();
    r.headers.add("Host", "hookbench.local");
    const QStringList lines = m_headers->toPlainText().split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString l = lines.at(i).trimmed();
        if (l.isEmpty())
            continue;
        const qsizetype colon = l.indexOf(u':');
        if (colon <= 0)
            return makeError(ErrorCode::InvalidInput,
                             tr("Header line %1 needs \"Name: value\".").arg(i + 1));
        r.headers.add(l.left(colon).trimmed().toUtf8(), l.mid(colon + 1).trimmed().toUtf8());
    }
    r.body = m_body->toPlainText().toUtf8();
    return r;
}

void ComposerPane::send()
{
    const auto r = request();
    if (!r) {
        m_status->setText(r.error().message);
        return;
    }
    m_status->setText(tr("Sending…"));
    Q_EMIT sendRequested(*r);
}

void ComposerPane::showResponse(const Http::HttpResponse &response, double elapsedMs)
{
    m_status->setText(
        tr("%1 %2 · %3 ms · %4 bytes")
            .arg(response.status)
            .arg(QString::fromLatin1(Http::HttpResponse::reasonPhrase(response.status)))
            .arg(QLocale().toString(elapsedMs, 'f', 2))
            .arg(response.body.size()));
    QString text;
    for (const auto &[name, value] : response.headers.fields())
        text += QString::fromUtf8(name) + QStringLiteral(": ") + QString::fromUtf8(value) + u'\n';
    text += u'\n';
    // Pretty-print JSON bodies; show anything else as text.
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(response.body, &error);
    text += error.error == QJsonParseError::NoError
                ? QString::fromUtf8(json.toJson(QJsonDocument::Indented))
                : QString::fromUtf8(response.body);
    m_response->setPlainText(text);
}

} // namespace Hb::Ui
