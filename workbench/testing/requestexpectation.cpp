// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/testing/requestexpectation.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace Hb::Ui {

namespace {
Error invalid(const QString &where, const QString &message)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(where, message));
}

// A typo in a key ("stauts") would otherwise pass every reply.
Result<void> onlyKeys(const QJsonObject &o, const QString &where,
                      std::initializer_list<const char *> known)
{
    QSet<QString> allowed;
    for (const char *k : known)
        allowed.insert(QString::fromLatin1(k));
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return invalid(where, RequestExpectation::tr("unknown key \"%1\"").arg(it.key()));
    return {};
}

Result<QRegularExpression> regex(const QJsonValue &v, const QString &where)
{
    if (!v.isString())
        return invalid(where, RequestExpectation::tr("expected a regular expression as a string"));
    QRegularExpression re(v.toString());
    if (!re.isValid())
        return invalid(where, RequestExpectation::tr(
                                  "the regular expression does not compile at offset %1: %2")
                                  .arg(re.patternErrorOffset())
                                  .arg(re.errorString()));
    return re;
}

Result<QString> string(const QJsonValue &v, const QString &where)
{
    if (!v.isString())
        return invalid(where, RequestExpectation::tr("expected a string"));
    return v.toString();
}

Result<QJsonArray> array(const QJsonValue &v, const QString &where)
{
    if (!v.isArray())
        return invalid(where, RequestExpectation::tr("expected an array"));
    return v.toArray();
}

Result<QJsonObject> object(const QJsonValue &v, const QString &where)
{
    if (!v.isObject())
        return invalid(where, RequestExpectation::tr("expected an object"));
    return v.toObject();
}

// Each element of the array `v` (at `where`) as an object holding only `known` keys, handed to
// `read` with its own place ("expect.json[1]").
template<typename Read>
Result<void> forEachEntry(const QJsonValue &v, const QString &where,
                          std::initializer_list<const char *> known, Read read)
{
    const auto list = array(v, where);
    if (!list)
        return list.error();
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        const auto o = object(list->at(i), at);
        if (!o)
            return o.error();
        if (auto keys = onlyKeys(*o, at, known); !keys)
            return keys.error();
        if (auto r = read(*o, at); !r)
            return r.error();
    }
    return {};
}

Result<void> readHeaders(const QJsonValue &v, RequestExpectation &out)
{
    return forEachEntry(
        v, QStringLiteral("expect.headers"), {"name", "equals", "matches", "absent"},
        [&out](const QJsonObject &entry, const QString &at) -> Result<void> {
            RequestExpectation::Header h;
            const auto name =
                string(entry.value(QStringLiteral("name")), at + QStringLiteral(".name"));
            if (!name)
                return name.error();
            h.name = *name;
            if (entry.contains(QStringLiteral("equals"))) {
                const auto equals =
                    string(entry.value(QStringLiteral("equals")), at + QStringLiteral(".equals"));
                if (!equals)
                    return equals.error();
                h.equals = *equals;
            }
            if (entry.contains(QStringLiteral("matches"))) {
                const auto re =
                    regex(entry.value(QStringLiteral("matches")), at + QStringLiteral(".matches"));
                if (!re)
                    return re.error();
                h.matches = *re;
            }
            h.absent = entry.value(QStringLiteral("absent")).toBool();
            out.headers.append(h);
            return {};
        });
}

Result<void> readBody(const QJsonValue &v, RequestExpectation &out)
{
    const QString where = QStringLiteral("expect.body");
    const auto o = object(v, where);
    if (!o)
        return o.error();
    if (auto keys = onlyKeys(*o, where, {"contains", "matches"}); !keys)
        return keys.error();
    const QJsonValue contains = o->value(QStringLiteral("contains"));
    if (contains.isString()) {
        out.bodyContains.append(contains.toString());
    } else if (!contains.isUndefined()) {
        const auto list = array(contains, where + QStringLiteral(".contains"));
        if (!list)
            return list.error();
        for (qsizetype i = 0; i < list->size(); ++i) {
            const auto s = string(list->at(i), QStringLiteral("%1.contains[%2]").arg(where).arg(i));
            if (!s)
                return s.error();
            out.bodyContains.append(*s);
        }
    }
    if (o->contains(QStringLiteral("matches"))) {
        const auto re =
            regex(o->value(QStringLiteral("matches")), where + QStringLiteral(".matches"));
        if (!re)
            return re.error();
        out.bodyMatches = *re;
    }
    return {};
}

Result<void> readJson(const QJsonValue &v, RequestExpectation &out)
{
    return forEachEntry(
        v, QStringLiteral("expect.json"), {"path", "equals", "exists"},
        [&out](const QJsonObject &entry, const QString &at) -> Result<void> {
            const auto text =
                string(entry.value(QStringLiteral("path")), at + QStringLiteral(".path"));
            if (!text)
                return text.error();
            auto path = JsonPath::parse(*text);
            if (!path)
                return invalid(at + QStringLiteral(".path"), path.error().message);
            RequestExpectation::JsonValueCheck check{*path, std::nullopt, true};
            if (entry.contains(QStringLiteral("equals")))
                check.equals = entry.value(QStringLiteral("equals"));
            if (entry.contains(QStringLiteral("exists"))) {
                if (!entry.value(QStringLiteral("exists")).isBool())
                    return invalid(at + QStringLiteral(".exists"),
                                   RequestExpectation::tr("expected true or false"));
                check.exists = entry.value(QStringLiteral("exists")).toBool();
            }
            out.json.append(check);
            return {};
        });
}

Result<void> readPluginCalls(const QJsonValue &v, RequestExpectation &out)
{
    return forEachEntry(
        v, QStringLiteral("expect.pluginCalls"), {"hook", "times"},
        [&out](const QJsonObject &entry, const QString &at) -> Result<void> {
            const auto hook =
                string(entry.value(QStringLiteral("hook")), at + QStringLiteral(".hook"));
            if (!hook)
                return hook.error();
            const QJsonValue times = entry.value(QStringLiteral("times"));
            if (!times.isUndefined() && (!times.isDouble() || times.toDouble() < 0 ||
                                         times.toDouble() != double(times.toInt())))
                return invalid(at + QStringLiteral(".times"),
                               RequestExpectation::tr("expected a whole number ≥ 0"));
            out.pluginCalls.append({*hook, times.isUndefined() ? 1 : times.toInt()});
            return {};
        });
}
} // namespace

bool RequestExpectation::isEmpty() const
{
    return !status && headers.isEmpty() && bodyContains.isEmpty() && !bodyMatches &&
           json.isEmpty() && !maxTimeMs && pluginCalls.isEmpty() && !cacheHit;
}

Result<RequestExpectation> RequestExpectation::fromJson(const QJsonObject &json)
{
    const QString where = QStringLiteral("expect");
    if (auto keys =
            onlyKeys(json, where,
                     {"status", "headers", "body", "json", "maxTimeMs", "pluginCalls", "cacheHit"});
        !keys)
        return keys.error();
    RequestExpectation e;
    if (json.contains(QStringLiteral("status"))) {
        const QJsonValue s = json.value(QStringLiteral("status"));
        if (!s.isDouble() || s.toInt() < 100 || s.toInt() > 599 ||
            s.toDouble() != double(s.toInt()))
            return invalid(where + QStringLiteral(".status"),
                           RequestExpectation::tr("expected an HTTP status code"));
        e.status = s.toInt();
    }
    if (json.contains(QStringLiteral("headers")))
        if (auto r = readHeaders(json.value(QStringLiteral("headers")), e); !r)
            return r.error();
    if (json.contains(QStringLiteral("body")))
        if (auto r = readBody(json.value(QStringLiteral("body")), e); !r)
            return r.error();
    if (json.contains(QStringLiteral("json")))
        if (auto r = readJson(json.value(QStringLiteral("json")), e); !r)
            return r.error();
    if (json.contains(QStringLiteral("maxTimeMs"))) {
        const QJsonValue t = json.value(QStringLiteral("maxTimeMs"));
        if (!t.isDouble() || t.toDouble() <= 0)
            return invalid(where + QStringLiteral(".maxTimeMs"),
                           RequestExpectation::tr("expected a number of milliseconds above 0"));
        e.maxTimeMs = t.toDouble();
    }
    if (json.contains(QStringLiteral("pluginCalls")))
        if (auto r = readPluginCalls(json.value(QStringLiteral("pluginCalls")), e); !r)
            return r.error();
    if (json.contains(QStringLiteral("cacheHit"))) {
        if (!json.value(QStringLiteral("cacheHit")).isBool())
            return invalid(where + QStringLiteral(".cacheHit"),
                           RequestExpectation::tr("expected true or false"));
        e.cacheHit = json.value(QStringLiteral("cacheHit")).toBool();
    }
    return e;
}

QJsonObject RequestExpectation::toJson() const
{
    QJsonObject o;
    if (status)
        o.insert(QStringLiteral("status"), *status);
    if (!headers.isEmpty()) {
        QJsonArray list;
        for (const Header &h : headers) {
            QJsonObject ho{{QStringLiteral("name"), h.name}};
            if (h.equals)
                ho.insert(QStringLiteral("equals"), *h.equals);
            if (h.matches)
                ho.insert(QStringLiteral("matches"), h.matches->pattern());
            if (h.absent)
                ho.insert(QStringLiteral("absent"), true);
            list.append(ho);
        }
        o.insert(QStringLiteral("headers"), list);
    }
    if (!bodyContains.isEmpty() || bodyMatches) {
        QJsonObject body;
        if (!bodyContains.isEmpty())
            body.insert(QStringLiteral("contains"), QJsonArray::fromStringList(bodyContains));
        if (bodyMatches)
            body.insert(QStringLiteral("matches"), bodyMatches->pattern());
        o.insert(QStringLiteral("body"), body);
    }
    if (!json.isEmpty()) {
        QJsonArray list;
        for (const JsonValueCheck &c : json) {
            QJsonObject co{{QStringLiteral("path"), c.path.text()}};
            if (c.equals)
                co.insert(QStringLiteral("equals"), *c.equals);
            if (!c.exists)
                co.insert(QStringLiteral("exists"), false);
            list.append(co);
        }
        o.insert(QStringLiteral("json"), list);
    }
    if (maxTimeMs)
        o.insert(QStringLiteral("maxTimeMs"), *maxTimeMs);
    if (!pluginCalls.isEmpty()) {
        QJsonArray list;
        for (const PluginCalls &p : pluginCalls)
            list.append(
                QJsonObject{{QStringLiteral("hook"), p.hook}, {QStringLiteral("times"), p.times}});
        o.insert(QStringLiteral("pluginCalls"), list);
    }
    if (cacheHit)
        o.insert(QStringLiteral("cacheHit"), *cacheHit);
    return o;
}

RequestExpectation RequestExpectation::fromReply(const HistoryEntry &entry)
{
    RequestExpectation e;
    e.status = entry.response.status;
    // Hooks in the order they first ran, each with how often it ran.
    QList<QString> order;
    QMap<QString, int> counts;
    for (const HistoryPhase &p : entry.phases) {
        if (!entry.calledPlugin(p))
            continue;
        if (!counts.contains(p.name))
            order.append(p.name);
        ++counts[p.name];
    }
    for (const QString &hook : order)
        e.pluginCalls.append({hook, counts.value(hook)});
    if (entry.sessionEvents.contains(QLatin1String("cache_hit")))
        e.cacheHit = true;
    else if (entry.sessionEvents.contains(QLatin1String("cache_miss")))
        e.cacheHit = false;
    return e;
}

} // namespace Hb::Ui
