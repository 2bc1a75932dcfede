// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/testing/expectationchecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Hb::Ui {

namespace {
// Values print as compact JSON in messages; a missing value says so.
QString show(const QJsonValue &v)
{
    if (v.isString())
        return u'"' + v.toString() + u'"';
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// A bit of the body for a message: enough to see what came back, not the whole page.
QString excerpt(const QByteArray &body)
{
    constexpr qsizetype Max = 200;
    QString text = QString::fromUtf8(body.left(Max)).simplified();
    if (body.size() > Max)
        text += QStringLiteral("…");
    return text;
}

// "pre:MyHook" is MyHook's phase; either form names it.
bool isHookPhase(const HistoryPhase &phase, const QString &hook)
{
    if (phase.name == hook)
        return true;
    const qsizetype colon = phase.name.indexOf(u':');
    return colon > 0 && QStringView(phase.name).sliced(colon + 1) == hook;
}
} // namespace

QList<CheckResult> ExpectationChecker::check(const RequestExpectation &e,
                                             const HistoryEntry &outcome)
{
    QList<CheckResult> results;
    auto add = [&results](const QString &check, bool passed, const QString &message) {
        results.append({check, passed, passed ? QString() : message});
    };
    const Http::HttpResponse &reply = outcome.response;

    if (e.status)
        add(QStringLiteral("status"), reply.status == *e.status,
            tr("expected %1, got %2").arg(*e.status).arg(reply.status));

    for (const RequestExpectation::Header &h : e.headers) {
        const QString check = QStringLiteral("header ") + h.name;
        const QByteArray name = h.name.toUtf8();
        const bool present = reply.headers.contains(name);
        const QString text = QString::fromUtf8(reply.headers.value(name));
        if (h.absent) {
            add(check, !present, tr("expected no %1 header, got \"%2\"").arg(h.name, text));
            continue;
        }
        if (!present) {
            add(check, false, tr("the reply has no %1 header").arg(h.name));
            continue;
        }
        if (h.equals)
            add(check, text == *h.equals, tr("expected \"%1\", got \"%2\"").arg(*h.equals, text));
        if (h.matches)
            add(check, h.matches->match(text).hasMatch(),
                tr("\"%1\" does not match /%2/").arg(text, h.matches->pattern()));
        if (!h.equals && !h.matches)
            add(check, true, {});
    }

    for (const QString &needle : e.bodyContains)
        add(tr("body contains \"%1\"").arg(needle), reply.body.contains(needle.toUtf8()),
            tr("not found in the body: %1").arg(excerpt(reply.body)));
    if (e.bodyMatches)
        add(tr("body matches /%1/").arg(e.bodyMatches->pattern()),
            e.bodyMatches->match(QString::fromUtf8(reply.body)).hasMatch(),
            tr("no match in the body: %1").arg(excerpt(reply.body)));

    if (!e.json.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
        const bool parsed = error.error == QJsonParseError::NoError;
        const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        for (const RequestExpectation::JsonValueCheck &c : e.json) {
            const QString check = QStringLiteral("json ") + c.path.text();
            if (!parsed) {
                add(check, false,
                    tr("the body is not JSON (%1 at offset %2)")
                        .arg(error.errorString())
                        .arg(error.offset));
                continue;
            }
            const std::optional<QJsonValue> value = c.path.evaluate(root);
            if (c.equals) {
                add(check, value && *value == *c.equals,
                    value ? tr("expected %1, got %2").arg(show(*c.equals), show(*value))
                          : tr("expected %1, the path names nothing").arg(show(*c.equals)));
            } else if (c.exists) {
                add(check, value.has_value(), tr("the path names nothing"));
            } else {
                add(check, !value,
                    value ? tr("expected nothing, got %1").arg(show(*value)) : QString());
            }
        }
    }

    if (e.maxTimeMs)
        add(QStringLiteral("time"), outcome.durationMs <= *e.maxTimeMs,
            tr("took %1 ms, more than %2 ms")
                .arg(outcome.durationMs, 0, 'f', 1)
                .arg(*e.maxTimeMs, 0, 'f', 1));

    for (const RequestExpectation::PluginCalls &p : e.pluginCalls) {
        const auto calls =
            std::count_if(outcome.phases.cbegin(), outcome.phases.cend(),
                          [&p, &outcome](const HistoryPhase &phase) {
                              return isHookPhase(phase, p.hook) && outcome.calledPlugin(phase);
                          });
        add(tr("plugin %1 called").arg(p.hook), calls == p.times,
            tr("expected %n call(s)", nullptr, p.times) + u", " +
                tr("got %n", nullptr, int(calls)));
    }

    if (e.cacheHit) {
        const bool hit = outcome.sessionEvents.contains(QLatin1String("cache_hit"));
        add(QStringLiteral("cache hit"), hit == *e.cacheHit,
            *e.cacheHit ? tr("the ID extractor's cache did not answer (the auth plugin ran)")
                        : tr("the ID extractor's cache answered; expected the auth plugin"));
    }
    return results;
}

bool ExpectationChecker::allPassed(const QList<CheckResult> &results)
{
    return std::all_of(results.cbegin(), results.cend(),
                       [](const CheckResult &r) { return r.passed; });
}

} // namespace Hb::Ui
