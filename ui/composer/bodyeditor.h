// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/workspace/savedrequest.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Hb::Ui {

// The composer's body: raw text, JSON (checked as you type, with Format) or form fields
// (a name/value table sent as application/x-www-form-urlencoded).
class BodyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BodyEditor(QWidget *parent = nullptr);

    BodyMode mode() const;
    void setMode(BodyMode mode);
    QString text() const;
    void setText(const QString &text);
    NameValueList formFields() const;
    void setFormFields(const NameValueList &fields);
    // An error message when the JSON mode's text does not parse; empty otherwise.
    QString jsonProblem() const;

    QPlainTextEdit *textEdit() const { return m_text; }
    QTableWidget *formTable() const { return m_form; }
    QComboBox *modeBox() const { return m_mode; }

public Q_SLOTS:
    // Re-indents the JSON text (JSON mode); leaves text that does not parse alone.
    void formatJson();

private:
    void updateState();

    QComboBox *m_mode;
    QPushButton *m_format;
    QLabel *m_problem;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_text;
    QTableWidget *m_form;
};

} // namespace Hb::Ui
