// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/settings/appsettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Hb::Ui {

// File > Settings: the gateway's listen address, the session store, the plugin time budget,
// the theme, the editor font and the language. Fields are checked as they are typed; OK stays
// off while one is wrong, and the message says which and why.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    // What the fields hold now.
    AppSettings settings() const;

    QLineEdit *listenEdit() const { return m_listen; }
    QLineEdit *storeEdit() const { return m_store; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QComboBox *themeCombo() const { return m_theme; }
    QFontComboBox *fontCombo() const { return m_font; }
    QSpinBox *fontSizeSpin() const { return m_fontSize; }
    QComboBox *languageCombo() const { return m_language; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void check();

    QLineEdit *m_listen;
    QLineEdit *m_store;
    QSpinBox *m_timeout;
    QComboBox *m_theme;
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
    QComboBox *m_language;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Hb::Ui
