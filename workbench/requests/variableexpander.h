// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace Hb::Ui {

// Replaces `{{name}}` (spaces inside the braces allowed) with an environment's variables.
// A name the environment does not define is an error: the request is not sent with the
// braces in it.
class VariableExpander
{
public:
    explicit VariableExpander(QMap<QString, QString> variables = {});

    // `text` with every variable replaced, or an error listing the unknown names. `where`
    // ("URL", "header Authorization", ...) goes into the message.
    Result<QString> expand(const QString &text, const QString &where) const;
    // The names used in `text`, in order of first use.
    static QStringList namesIn(const QString &text);

private:
    QMap<QString, QString> m_variables;
};

} // namespace Hb::Ui
