// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/requests/variableexpander.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Hb::Ui {

namespace {
const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.\\-]+)\\s*\\}\\}"));
    return pattern;
}
} // namespace

VariableExpander::VariableExpander(QMap<QString, QString> variables)
    : m_variables(std::move(variables))
{}

Result<QString> VariableExpander::expand(const QString &text, const QString &where) const
{
    QString out;
    QStringList unknown;
    qsizetype last = 0;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        const auto found = m_variables.constFind(name);
        if (found == m_variables.cend()) {
            if (!unknown.contains(name))
                unknown.append(name);
        } else {
            out += *found; // values are not expanded again: no loops
        }
        last = m.capturedEnd();
    }
    if (!unknown.isEmpty()) {
        for (QString &name : unknown)
            name = QStringLiteral("{{") + name + QStringLiteral("}}");
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Hb::Ui::VariableExpander", "%1: unknown variable %2")
                .arg(where, unknown.join(QStringLiteral(", "))));
    }
    out += QStringView(text).mid(last);
    return out;
}

QStringList VariableExpander::namesIn(const QString &text)
{
    QStringList names;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace Hb::Ui
