// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/environmentdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hb::Ui {

EnvironmentDialog::EnvironmentDialog(const Environments &environments, const QString &current,
                                     QWidget *parent)
    : QDialog(parent)
    , m_environments(environments)
    , m_names(new QComboBox(this))
    , m_variables(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Environments"));
    m_variables->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_variables->setPlaceholderText(tr("token = sample-token\nhost = localhost:8080"));
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    auto *add = new QPushButton(tr("Add…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Environment:"), this));
    top->addWidget(m_names, 1);
    top->addWidget(add);
    top->addWidget(remove);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Variables, one \"name = value\" per line; use them as "
                                    "{{name}} in the URL, headers and body."),
                                 this));
    layout->addWidget(m_variables, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(480, 360);

    m_names->addItems(m_environments.keys());
    connect(m_names, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        if (name == m_shown)
            return;
        if (!storeShown()) {
            const QSignalBlocker block(m_names);
            m_names->setCurrentText(m_shown);
            return;
        }
        showEnvironment(name);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New environment"), tr("Name:"),
                                                   QLineEdit::Normal, {}, &ok)
                                 .trimmed();
        if (!ok || name.isEmpty() || m_environments.contains(name) || !storeShown())
            return;
        m_environments.insert(name, {});
        m_names->addItem(name);
        m_names->setCurrentText(name);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString name = m_names->currentText();
        if (name.isEmpty())
            return;
        m_environments.remove(name);
        m_shown.clear();
        m_names->removeItem(m_names->currentIndex());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &EnvironmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!current.isEmpty())
        m_names->setCurrentText(current);
    showEnvironment(m_names->currentText());
}

QString EnvironmentDialog::currentEnvironment() const
{
    return m_names->currentText();
}

Result<Variables> EnvironmentDialog::parseVariables(const QString &text)
{
    Variables out;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return makeError(ErrorCode::InvalidInput,
                             tr("Line %1 needs \"name = value\".").arg(i + 1));
        out.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return out;
}

QString EnvironmentDialog::formatVariables(const Variables &variables)
{
    QString out;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        out += it.key() + QStringLiteral(" = ") + it.value() + u'\n';
    return out;
}

bool EnvironmentDialog::storeShown()
{
    if (m_shown.isEmpty() || !m_environments.contains(m_shown))
        return true;
    const Result<Variables> parsed = parseVariables(m_variables->toPlainText());
    if (!parsed) {
        m_problem->setText(parsed.error().message);
        return false;
    }
    m_problem->clear();
    m_environments[m_shown] = *parsed;
    return true;
}

void EnvironmentDialog::showEnvironment(const QString &name)
{
    m_shown = name;
    m_variables->setEnabled(!name.isEmpty());
    m_variables->setPlainText(formatVariables(m_environments.value(name)));
}

void EnvironmentDialog::accept()
{
    if (storeShown())
        QDialog::accept();
}

} // namespace Hb::Ui
