// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/workspace/workspacedata.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace Hb::Ui {

// Edits the workspace's environments: add or remove one, and its variables as
// "name = value" lines. The result is read after exec() returns Accepted.
class EnvironmentDialog : public QDialog
{
    Q_OBJECT
public:
    EnvironmentDialog(const Environments &environments, const QString &current,
                      QWidget *parent = nullptr);

    Environments environments() const { return m_environments; }
    QString currentEnvironment() const;

    // "name = value" lines (blank lines and # comments skipped); a line without '=' is an
    // error naming it.
    static Result<Variables> parseVariables(const QString &text);
    static QString formatVariables(const Variables &variables);

    void accept() override;

private:
    // Keeps the text of the environment shown so far; false (and a message) when it does
    // not parse.
    bool storeShown();
    void showEnvironment(const QString &name);

    Environments m_environments;
    QString m_shown;
    QComboBox *m_names;
    QPlainTextEdit *m_variables;
    QLabel *m_problem;
};

} // namespace Hb::Ui
