// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/testing/jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Hb::Ui {

namespace {
Error errorAt(const QString &text, qsizetype index, const QString &message)
{
    SourceLocation where;
    where.column = int(index) + 1;
    return makeError(ErrorCode::InvalidInput,
                     JsonPath::tr("JSON path \"%1\", column %2: %3")
                         .arg(text, QString::number(index + 1), message),
                     where);
}

bool isNameChar(QChar c)
{
    return c != u'.' && c != u'[' && c != u']' && !c.isSpace();
}
} // namespace

Result<JsonPath> JsonPath::parse(const QString &text)
{
    JsonPath path;
    path.m_text = text;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (n > 0 && text.at(0) == u'$')
        ++i;
    bool first = true;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'.' || (first && i == 0 && isNameChar(c))) {
            if (c == u'.')
                ++i;
            const qsizetype start = i;
            while (i < n && isNameChar(text.at(i)))
                ++i;
            if (i == start)
                return errorAt(text, i, JsonPath::tr("a key name is missing"));
            path.m_steps.append(text.mid(start, i - start));
        } else if (c == u'[') {
            ++i;
            if (i < n && (text.at(i) == u'\'' || text.at(i) == u'"')) {
                const QChar quote = text.at(i++);
                QString key;
                while (i < n && text.at(i) != quote) {
                    if (text.at(i) == u'\\' && i + 1 < n)
                        ++i;
                    key.append(text.at(i++));
                }
                if (i >= n)
                    return errorAt(text, n, JsonPath::tr("the quoted key is not closed"));
                ++i; // the closing quote
                path.m_steps.append(key);
            } else {
                const qsizetype start = i;
                if (i < n && text.at(i) == u'-')
                    ++i;
                while (i < n && text.at(i).isDigit())
                    ++i;
                bool ok = false;
                const qsizetype index = text.mid(start, i - start).toLongLong(&ok);
                if (!ok)
                    return errorAt(text, start,
                                   JsonPath::tr("expected an array index or a quoted key"));
                path.m_steps.append(index);
            }
            if (i >= n || text.at(i) != u']')
                return errorAt(text, i, JsonPath::tr("expected ']'"));
            ++i;
        } else {
            return errorAt(text, i, JsonPath::tr("unexpected '%1'").arg(c));
        }
        first = false;
    }
    return path;
}

std::optional<QJsonValue> JsonPath::evaluate(const QJsonValue &root) const
{
    QJsonValue current = root;
    for (const Step &step : m_steps) {
        if (const QString *key = std::get_if<QString>(&step)) {
            if (!current.isObject())
                return std::nullopt;
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(*key);
            if (it == object.constEnd())
                return std::nullopt;
            current = *it;
        } else {
            if (!current.isArray())
                return std::nullopt;
            const QJsonArray array = current.toArray();
            qsizetype index = std::get<qsizetype>(step);
            if (index < 0)
                index += array.size();
            if (index < 0 || index >= array.size())
                return std::nullopt;
            current = array.at(index);
        }
    }
    return current;
}

} // namespace Hb::Ui
