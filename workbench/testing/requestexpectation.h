// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "workbench/history/historyentry.h"
#include "workbench/testing/jsonpath.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Hb::Ui {

// What a saved request's reply must show for `hookbench-cli test` to pass it. Stored beside
// the request in the workspace file as its "expect" object (docs/testing.md):
//
//   "expect": {
//     "status": 200,
//     "headers": [{"name": "X-Hook", "equals": "1"}, {"name": "Server", "matches": "^ng"},
//                 {"name": "X-Secret", "absent": true}],
//     "body": {"contains": ["hello"], "matches": "\"ok\":\\s*true"},
//     "json": [{"path": "$.headers.X-Pre", "equals": "yes"},
//              {"path": "$.args.x", "exists": false}],
//     "maxTimeMs": 250,
//     "pluginCalls": [{"hook": "MyPreHook", "times": 1}],
//     "cacheHit": true
//   }
//
// Every part is optional. Header names compare without case, as HTTP's do. `pluginCalls`
// counts the calls of a hook (its phase "pre:MyPreHook" in the timeline matches "MyPreHook"
// or "pre:MyPreHook"; see HistoryEntry::calledPlugin); `cacheHit` is the ID extractor's cache.
struct RequestExpectation
{
    Q_DECLARE_TR_FUNCTIONS(Hb::Ui::RequestExpectation)

public:
    struct Header
    {
        QString name;
        std::optional<QString> equals;
        std::optional<QRegularExpression> matches;
        bool absent = false;
    };
    struct JsonValueCheck
    {
        JsonPath path;
        std::optional<QJsonValue> equals;
        bool exists = true; // without `equals`: the path must (not) name a value
    };
    struct PluginCalls
    {
        QString hook;
        int times = 1;
    };

    std::optional<int> status;
    QList<Header> headers;
    QStringList bodyContains;
    std::optional<QRegularExpression> bodyMatches;
    QList<JsonValueCheck> json;
    std::optional<double> maxTimeMs;
    QList<PluginCalls> pluginCalls;
    std::optional<bool> cacheHit;

    bool isEmpty() const;
    // Reads an "expect" object. A wrong type, a regular expression or JSON path that does
    // not compile, or an unknown key is an error naming where it is ("expect.json[1].path").
    static Result<RequestExpectation> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // What "Expect this reply" keeps of a recorded reply: its status, the hooks it ran and
    // how often, and whether the ID extractor's cache answered. Bodies and times are left
    // for the user to add; they change from run to run more often than not.
    static RequestExpectation fromReply(const HistoryEntry &entry);
};

} // namespace Hb::Ui
