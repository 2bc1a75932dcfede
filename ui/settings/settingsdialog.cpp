// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/settingsdialog.h"

#include "ui/common/editorfont.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Hb::Ui {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_listen(new QLineEdit(this))
    , m_store(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_font(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("SettingsDialog"));

    m_listen->setPlaceholderText(tr("tyk.conf's listen_port on 127.0.0.1, else 8080"));
    m_listen->setText(settings.listen);
    m_listen->setToolTip(tr("Where the gateway listens for your HTTP clients (HOST:PORT); "
                            "--listen wins over it"));
    m_store->setPlaceholderText(tr("tyk.conf's storage, else memory"));
    m_store->setText(settings.store);
    m_store->setToolTip(tr("Sessions, quotas and plugin data: memory or "
                           "redis://[[USER]:PASSWORD@]HOST:PORT[/DB]"));
    m_timeout->setRange(0, 600000);
    m_timeout->setSingleStep(500);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setSpecialValueText(tr("default (5000 ms)"));
    m_timeout->setValue(settings.pluginTimeoutMs);
    m_timeout->setToolTip(tr("A plugin hook that runs longer is answered 500 and stopped"));

    m_theme->addItem(tr("System"), themeKey(Theme::System));
    m_theme->addItem(tr("Light"), themeKey(Theme::Light));
    m_theme->addItem(tr("Dark"), themeKey(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(themeKey(settings.theme)));

    QFont font = editorFont();
    if (!settings.editorFont.isEmpty())
        font.fromString(settings.editorFont);
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setCurrentFont(font);
    m_fontSize->setRange(6, 48);
    m_fontSize->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
    m_fontSize->setSuffix(tr(" pt"));
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);

    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Listen address:"), m_listen);
    form->addRow(tr("Session &store:"), m_store);
    form->addRow(tr("Plugin &timeout:"), m_timeout);
    form->addRow(tr("T&heme:"), m_theme);
    auto *fontLabel = new QLabel(tr("Editor &font:"), this);
    fontLabel->setBuddy(m_font);
    form->addRow(fontLabel, fontRow);
    form->addRow(tr("L&anguage:"), m_language);

    auto *note = new QLabel(tr("The theme, the font and the listen address change at once; the "
                               "store, the plugin timeout and the language when Hookbench "
                               "starts again."),
                            this);
    note->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_listen, &QLineEdit::textChanged, this, &SettingsDialog::check);
    connect(m_store, &QLineEdit::textChanged, this, &SettingsDialog::check);
    resize(560, sizeHint().height());
    check();
}

AppSettings SettingsDialog::settings() const
{
    AppSettings a;
    a.listen = m_listen->text().trimmed();
    a.store = m_store->text().trimmed();
    a.pluginTimeoutMs = m_timeout->value();
    a.theme = themeFromKey(m_theme->currentData().toString());
    QFont font = m_font->currentFont();
    font.setPointSize(m_fontSize->value());
    a.editorFont = font.toString();
    a.language = m_language->currentData().toString();
    return a;
}

void SettingsDialog::check()
{
    QStringList problems;
    if (const QString p = AppSettings::listenProblem(m_listen->text().trimmed()); !p.isEmpty())
        problems.append(tr("Listen address: %1").arg(p));
    if (const QString p = AppSettings::storeProblem(m_store->text().trimmed()); !p.isEmpty())
        problems.append(tr("Session store: %1").arg(p));
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace Hb::Ui
