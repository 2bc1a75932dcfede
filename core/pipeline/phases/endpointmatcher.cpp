// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/endpointmatcher.h"

namespace Hb::Pipeline {

bool EndpointMatcher::compiles(const QString &path, const EndpointMatchOptions &options)
{
    return QRegularExpression(toRegexPattern(path, options)).isValid();
}

QString EndpointMatcher::toRegexPattern(const QString &path, const EndpointMatchOptions &options)
{
    QString pattern = path;
    // {name} segments become one path segment, when the braces balance.
    if (pattern.count(u'{') == pattern.count(u'}')) {
        static const QRegularExpression named(QStringLiteral("\\{[^/{}]*\\}"));
        pattern.replace(named, QStringLiteral("([^/]+)"));
    }
    pattern.replace(QStringLiteral("/*/"), QStringLiteral("/[^/]+/"));
    if (pattern.endsWith(QStringLiteral("/*")))
        pattern = pattern.left(pattern.size() - 2) + QStringLiteral("/.*");
    if (options.prefixMatching && !pattern.startsWith(u'^'))
        pattern.prepend(u'^');
    if (options.suffixMatching && !pattern.endsWith(u'$'))
        pattern.append(u'$');
    return pattern;
}

EndpointMatcher::EndpointMatcher(const QList<Api::EndpointMeta> &entries,
                                 const EndpointMatchOptions &options)
{
    // Keep in step with compiles().
    for (const Api::EndpointMeta &meta : entries) {
        if (meta.disabled)
            continue;
        QRegularExpression::PatternOptions flags = QRegularExpression::NoPatternOption;
        if (meta.ignoreCase || options.ignoreCase)
            flags |= QRegularExpression::CaseInsensitiveOption;
        QRegularExpression regex(toRegexPattern(meta.path, options), flags);
        if (!regex.isValid())
            continue; // Tyk logs and skips an entry whose regex does not compile
        regex.optimize();
        m_entries.append({std::move(regex), meta.method, meta.methodActions});
    }
}

int EndpointMatcher::match(const QList<QString> &paths, const QString &method) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        if (e.methodActions ? !e.methodActions->contains(method)
                            : (!e.method.isEmpty() && e.method != method))
            continue;
        for (const QString &p : paths) {
            if (e.regex.match(p).hasMatch())
                return i;
        }
    }
    return -1;
}

const Api::EndpointMethodAction *EndpointMatcher::methodAction(int index,
                                                               const QString &method) const
{
    if (index < 0 || index >= m_entries.size() || !m_entries[index].methodActions)
        return nullptr;
    const auto &actions = *m_entries[index].methodActions;
    const auto it = actions.constFind(method);
    return it == actions.cend() ? nullptr : &it.value();
}

} // namespace Hb::Pipeline
