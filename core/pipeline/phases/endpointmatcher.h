// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"

#include <QList>
#include <QRegularExpression>

namespace Hb::Pipeline {

struct EndpointMatchOptions
{
    bool prefixMatching = false; // http_server_options.enable_path_prefix_matching
    bool suffixMatching = false; // http_server_options.enable_path_suffix_matching
    bool ignoreCase = false;     // ignore_endpoint_case
};

// An extended_paths list (white_list, black_list, ignored) compiled once per API with Tyk's
// path rules (Tyk: gateway/model_apispec.go, the URLSpec matching): the path is a
// regex, {name} becomes ([^/]+), "/*/" one segment, a trailing "/*" anything; unanchored
// unless prefix/suffix matching is on; first match in list order wins; methods compare
// exactly.
class EndpointMatcher
{
public:
    EndpointMatcher() = default;
    EndpointMatcher(const QList<Api::EndpointMeta> &entries, const EndpointMatchOptions &options);

    bool isEmpty() const { return m_entries.isEmpty(); }
    // Index of the first entry matching one of `paths` (tried in order) and `method`, or -1.
    // An entry with method_actions matches only the methods it lists.
    int match(const QList<QString> &paths, const QString &method) const;
    // The method_actions entry of a matched entry for `method`, or null when the entry has
    // no method_actions (its list decides alone).
    const Api::EndpointMethodAction *methodAction(int index, const QString &method) const;

    static QString toRegexPattern(const QString &path, const EndpointMatchOptions &options);
    // Whether an entry with `path` is kept: one whose regex does not compile is skipped, so
    // callers that keep data per entry must skip it too to stay aligned with match().
    static bool compiles(const QString &path, const EndpointMatchOptions &options);
    // An entry for lists whose method Tyk compares exactly (go_plugin, track_endpoints):
    // one without a method matches no request, where the matcher reads an empty method as
    // any (no method contains a space).
    static Api::EndpointMeta exactMethodEntry(const QString &path, const QString &method)
    {
        Api::EndpointMeta m;
        m.path = path;
        m.method = method.isEmpty() ? QStringLiteral(" ") : method;
        return m;
    }

private:
    struct Entry
    {
        QRegularExpression regex;
        QString method;
        std::optional<QMap<QString, Api::EndpointMethodAction>> methodActions;
    };
    QList<Entry> m_entries;
};

} // namespace Hb::Pipeline
