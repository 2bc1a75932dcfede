// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/workspace/savedrequest.h"

#include <QJsonArray>

namespace Hb::Ui {

namespace {
// Name/value lists are arrays of {"name", "value"} objects: the order is kept and a name may
// repeat, which a JSON object could not express.
QJsonArray pairsToJson(const NameValueList &pairs)
{
    QJsonArray out;
    for (const auto &[name, value] : pairs)
        out.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    return out;
}

NameValueList pairsFromJson(const QJsonValue &json)
{
    NameValueList out;
    for (const QJsonValue &v : json.toArray()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("name")).toString(),
                    o.value(QStringLiteral("value")).toString()});
    }
    return out;
}
} // namespace

QString toString(BodyMode mode)
{
    switch (mode) {
    case BodyMode::Raw: return QStringLiteral("raw");
    case BodyMode::Json: return QStringLiteral("json");
    case BodyMode::Form: return QStringLiteral("form");
    }
    return QStringLiteral("raw");
}

BodyMode bodyModeFromString(const QString &text)
{
    if (text == QLatin1String("json"))
        return BodyMode::Json;
    if (text == QLatin1String("form"))
        return BodyMode::Form;
    return BodyMode::Raw;
}

QJsonObject SavedRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("method"), method},
                  {QStringLiteral("url"), url},
                  {QStringLiteral("headers"), pairsToJson(headers)},
                  {QStringLiteral("bodyMode"), toString(bodyMode)}};
    if (bodyMode == BodyMode::Form)
        o.insert(QStringLiteral("formFields"), pairsToJson(formFields));
    else
        o.insert(QStringLiteral("body"), body);
    if (!expect.isEmpty())
        o.insert(QStringLiteral("expect"), expect);
    return o;
}

SavedRequest SavedRequest::fromJson(const QJsonObject &json)
{
    SavedRequest r;
    r.name = json.value(QStringLiteral("name")).toString();
    r.method = json.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper();
    r.url = json.value(QStringLiteral("url")).toString();
    r.headers = pairsFromJson(json.value(QStringLiteral("headers")));
    r.bodyMode = bodyModeFromString(json.value(QStringLiteral("bodyMode")).toString());
    r.body = json.value(QStringLiteral("body")).toString();
    r.formFields = pairsFromJson(json.value(QStringLiteral("formFields")));
    r.expect = json.value(QStringLiteral("expect")).toObject();
    return r;
}

} // namespace Hb::Ui
