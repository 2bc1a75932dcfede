// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/bodyeditor.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Hb::Ui {

BodyEditor::BodyEditor(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_format(new QPushButton(tr("Format"), this))
    , m_problem(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_form(new QTableWidget(0, 2, this))
{
    m_mode->addItem(tr("Raw"), int(BodyMode::Raw));
    m_mode->addItem(tr("JSON"), int(BodyMode::Json));
    m_mode->addItem(tr("Form"), int(BodyMode::Form));
    m_mode->setToolTip(tr("Body mode: text as typed, JSON (checked, can be formatted) or form "
                          "fields sent URL-encoded"));
    m_format->setToolTip(tr("Re-indent the JSON body"));
    m_problem->setWordWrap(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("Request body; {{variables}} are expanded when sent"));
    m_form->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_form->horizontalHeader()->setStretchLastSection(true);
    m_form->verticalHeader()->hide();
    auto *addField = new QPushButton(tr("Add field"), this);
    auto *removeField = new QPushButton(tr("Remove field"), this);

    auto *formPage = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_form, 1);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(addField);
    formButtons->addWidget(removeField);
    formButtons->addStretch(1);
    formLayout->addLayout(formButtons);
    m_stack->addWidget(m_text);
    m_stack->addWidget(formPage);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_mode);
    bar->addWidget(m_format);
    bar->addWidget(m_problem, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &BodyEditor::updateState);
    connect(m_text, &QPlainTextEdit::textChanged, this, &BodyEditor::updateState);
    connect(m_format, &QPushButton::clicked, this, &BodyEditor::formatJson);
    connect(addField, &QPushButton::clicked, this, [this] {
        m_form->insertRow(m_form->rowCount());
        m_form->setCurrentCell(m_form->rowCount() - 1, 0);
    });
    connect(removeField, &QPushButton::clicked, this, [this] {
        if (m_form->currentRow() >= 0)
            m_form->removeRow(m_form->currentRow());
    });
    updateState();
}

BodyMode BodyEditor::mode() const
{
    return BodyMode(m_mode->currentData().toInt());
}

void BodyEditor::setMode(BodyMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

QString BodyEditor::text() const
{
    return m_text->toPlainText();
}

void BodyEditor::setText(const QString &text)
{
    m_text->setPlainText(text);
}

NameValueList BodyEditor::formFields() const
{
    NameValueList out;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        const QTableWidgetItem *name = m_form->item(row, 0);
        const QTableWidgetItem *value = m_form->item(row, 1);
        if (!name || name->text().isEmpty())
            continue;
        out.append({name->text(), value ? value->text() : QString()});
    }
    return out;
}

void BodyEditor::setFormFields(const NameValueList &fields)
{
    m_form->setRowCount(0);
    for (const auto &[name, value] : fields) {
        const int row = m_form->rowCount();
        m_form->insertRow(row);
        m_form->setItem(row, 0, new QTableWidgetItem(name));
        m_form->setItem(row, 1, new QTableWidgetItem(value));
    }
}

QString BodyEditor::jsonProblem() const
{
    if (mode() != BodyMode::Json || text().trimmed().isEmpty())
        return {};
    const QByteArray bytes = text().toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    const QByteArrayView before(bytes.constData(), std::min<qsizetype>(error.offset, bytes.size()));
    const int line = int(before.count('\n')) + 1;
    const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
    return tr("JSON: %1 at line %2, column %3").arg(error.errorString()).arg(line).arg(column);
}

void BodyEditor::formatJson()
{
    // {{variables}} outside strings make the text invalid JSON: then nothing is reformatted.
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text().toUtf8(), &error);
    if (error.error == QJsonParseError::NoError)
        m_text->setPlainText(QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed());
}

void BodyEditor::updateState()
{
    const bool form = mode() == BodyMode::Form;
    m_stack->setCurrentIndex(form ? 1 : 0);
    m_format->setVisible(mode() == BodyMode::Json);
    const QString problem = jsonProblem();
    m_problem->setText(problem);
    m_problem->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #c0392b;"));
}

} // namespace Hb::Ui
