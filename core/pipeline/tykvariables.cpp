// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/tykvariables.h"

#include <QRegularExpression>
#include <QUrl>

namespace Hb::Pipeline {

namespace {
// Each label with the characters its name may use. The dot after the label is a regex "any
// character" in Tyk too; kept, so "$tyk_metaXname" matches as it does there.
struct Label
{
    QString text;
    QRegularExpression pattern;
};

const QList<Label> &labels()
{
    static const QList<Label> all{
        {QStringLiteral("$secret_conf."),
         QRegularExpression(QStringLiteral(R"(\$secret_conf.([A-Za-z0-9_\-\.]+))"))},
        {QStringLiteral("$secret_env."),
         QRegularExpression(QStringLiteral(R"(\$secret_env.([A-Za-z0-9_\-\.]+))"))},
        {QStringLiteral("$secret_vault."),
         QRegularExpression(QStringLiteral(R"(\$secret_vault.([A-Za-z0-9\/\-\.]+))"))},
        {QStringLiteral("$secret_consul."),
         QRegularExpression(QStringLiteral(R"(\$secret_consul.([A-Za-z0-9\/\-\.]+))"))},
        {QStringLiteral("$tyk_context."),
         QRegularExpression(QStringLiteral(R"(\$tyk_context.([A-Za-z0-9_\-\.]+))"))},
        {QStringLiteral("$tyk_meta."),
         QRegularExpression(QStringLiteral(R"(\$tyk_meta.([A-Za-z0-9_\-\.]+))"))},
    };
    return all;
}

QString lookup(const Label &label, const QString &name, const nlohmann::json &metaData)
{
    if (label.text == u"$secret_env.")
        return qEnvironmentVariable(
            QString(QStringLiteral("TYK_SECRET_") + name.toUpper()).toUtf8().constData());
    if (label.text == u"$tyk_meta." && metaData.is_object()) {
        const auto value = metaData.find(name.toStdString());
        return value == metaData.end() ? QString() : TykVariables::valueText(*value);
    }
    return {};
}
} // namespace

QString TykVariables::valueText(const nlohmann::json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_number()) {
        // Go's FormatFloat(x, 'f', -1, 32): the shortest digits that read back as the
        // float32, never an exponent.
        const float f = value.get<float>();
        QString text = QString::number(double(f), 'f', 9);
        for (int digits = 0; digits <= 9; ++digits) {
            const QString candidate = QString::number(double(f), 'f', digits);
            if (candidate.toFloat() == f) {
                text = candidate;
                break;
            }
        }
        return text;
    }
    if (value.is_array()) {
        QStringList items;
        for (const auto &item : value) {
            const QString text = valueText(item);
            if (!text.isEmpty())
                items.append(
                    QString::fromLatin1(QUrl::toPercentEncoding(text).replace("%20", "+")));
        }
        return items.join(u',');
    }
    return {};
}

QString TykVariables::replace(const QString &in, const nlohmann::json &metaData)
{
    QString out = in;
    for (const Label &label : labels()) {
        if (!out.contains(label.text))
            continue;
        QStringList found;
        auto it = label.pattern.globalMatch(out);
        while (it.hasNext())
            found.append(it.next().captured(0));
        // Each variable replaces every occurrence of its text, in the order found.
        for (const QString &variable : std::as_const(found)) {
            // Tyk strips the label only where it is spelled out ("$tyk_metaXid" keeps it).
            const QString name =
                variable.startsWith(label.text) ? variable.mid(label.text.size()) : variable;
            out.replace(variable, lookup(label, name, metaData));
        }
    }
    return out;
}

} // namespace Hb::Pipeline
