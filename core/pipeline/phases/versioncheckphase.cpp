// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/versioncheckphase.h"

#include "core/common/iclock.h"
#include "core/pipeline/exchange.h"
#include "core/pipeline/phases/pluginhookphase.h"

#include <QDateTime>
#include <QUrlQuery>

namespace Hb::Pipeline {

namespace {
qint64 parseExpiry(const QString &expires)
{
    if (expires.isEmpty() || expires == u"-1")
        return 0;
    // Tyk's layout "2006-01-02 15:04", read as UTC.
    const QDateTime local = QDateTime::fromString(expires, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!local.isValid())
        return 0;
    return QDateTime(local.date(), local.time(), Qt::UTC).toSecsSinceEpoch();
}

QString stripPrefix(const QString &path, const QString &prefix)
{
    if (prefix.isEmpty() || !path.startsWith(prefix))
        return path;
    QString rest = path.mid(prefix.size());
    if (!rest.startsWith(u'/'))
        rest.prepend(u'/');
    return rest;
}
} // namespace

VersionCheckPhase::VersionCheckPhase(const Api::ApiDefinition &api,
                                     const EndpointMatchOptions &options, const IClock &clock)
    : m_clock(clock)
    , m_listenPath(api.listenPath)
    , m_notVersioned(api.versionData.notVersioned)
    , m_defaultVersion(api.versionData.defaultVersion)
    , m_versionLocation(api.versionData.location)
    , m_versionKey(api.versionData.key)
{
    for (auto it = api.versionData.versions.cbegin(); it != api.versionData.versions.cend(); ++it) {
        const Api::VersionInfo &v = it.value();
        CompiledVersion c;
        c.info = v;
        if (v.useExtendedPaths) {
            c.ignored = EndpointMatcher(v.ignored, options);
            c.whiteList = EndpointMatcher(v.whiteList, options);
            c.blackList = EndpointMatcher(v.blackList, options);
        }
        c.expiresAtSecs = parseExpiry(v.expires);
        m_versions.insert(it.key(), std::move(c));
    }
    if (m_notVersioned) {
        // Tyk's GetSingleOrDefaultVersion: one entry is used whatever its key; among several, the
        // one keyed Default, default or "".
        if (m_versions.size() == 1) {
            m_notVersionedKey = m_versions.cbegin().key();
        } else {
            QStringList defaults;
            for (const QString &k :
                 {QStringLiteral("Default"), QStringLiteral("default"), QString()}) {
                if (m_versions.contains(k))
                    defaults.append(k);
            }
            if (defaults.size() == 1)
                m_notVersionedKey = defaults.first();
            else if (defaults.size() > 1)
                m_notVersionedError =
                    QStringLiteral("Ambiguous default API version for this non-versioned API");
            else
                m_notVersionedError =
                    QStringLiteral("No default API version for this non-versioned API found");
        }
    }
}

const VersionCheckPhase::CompiledVersion *VersionCheckPhase::resolve(Exchange &ex) const
{
    if (m_notVersioned) {
        if (!m_notVersionedError.isEmpty()) {
            ex.fail(403, m_notVersionedError);
            return nullptr;
        }
        ex.versionName = m_notVersionedKey;
        return &m_versions.find(m_notVersionedKey).value();
    }
    QString name;
    if (m_versionLocation == u"header") {
        name = QString::fromUtf8(ex.request.headers.value(m_versionKey.toUtf8()));
    } else if (m_versionLocation == u"url-param") {
        name = QUrlQuery(QString::fromUtf8(ex.request.query()))
                   .queryItemValue(m_versionKey, QUrl::FullyDecoded);
    } else if (m_versionLocation == u"url") {
        const QString rest = stripPrefix(QString::fromUtf8(ex.request.path()), m_listenPath);
        name = rest.section(u'/', 1, 1);
    }
    if (name.isEmpty())
        name = m_defaultVersion;
    if (name.isEmpty()) {
        ex.fail(403, QStringLiteral("Version information not found"));
        return nullptr;
    }
    auto it = m_versions.find(name);
    if (it == m_versions.end()) {
        ex.fail(404, QStringLiteral("This API version does not seem to exist"));
        return nullptr;
    }
    ex.versionName = name;
    return &it.value();
}

QList<QString> VersionCheckPhase::matchPaths(const Exchange &ex, const QString &listenPath)
{
    // Tyk tries the path without the listen path and version segment, without the listen
    // path, then the full path.
    const QString full = QString::fromUtf8(QByteArray::fromPercentEncoding(ex.request.path()));
    const QString noListen = stripPrefix(full, listenPath);
    QString noVersion = noListen;
    if (!ex.versionName.isEmpty() && noVersion.startsWith(u'/' + ex.versionName))
        noVersion = stripPrefix(noVersion, u'/' + ex.versionName);
    return {noVersion, noListen, full};
}

PhaseStatus VersionCheckPhase::run(Exchange &ex, const PhaseCompletion &)
{
    const PhaseStatus status = check(ex);
    // Every refusal here is Tyk's RequestValid saying no (gateway/mw_version_check.go).
    if (status == PhaseStatus::Fail)
        ex.fireEvent(QStringLiteral("VersionFailure"),
                     QStringLiteral("Attempted access to disallowed version / path."), QString(),
                     ex.failMessage);
    return status;
}

PhaseStatus VersionCheckPhase::check(Exchange &ex) const
{
    const CompiledVersion *version = resolve(ex);
    if (!version)
        return PhaseStatus::Fail;
    if (version->expiresAtSecs != 0 && version->expiresAtSecs < m_clock.nowSecs()) {
        ex.fail(
            403,
            QStringLiteral(
                "Api Version has expired, please check documentation or contact administrator"));
        return PhaseStatus::Fail;
    }
    if (version->ignored.isEmpty() && version->whiteList.isEmpty() && version->blackList.isEmpty())
        return PhaseStatus::Continue;

    const QList<QString> paths = matchPaths(ex, m_listenPath);
    const QString method = QString::fromLatin1(ex.request.method);

    // A matched entry with method_actions: "no_action" lets its list decide, "reply" answers
    // with the mock reply at once, anything else blocks (Tyk's URLAllowedAndIgnored).
    enum class Action { List, Replied, Blocked };
    auto act = [&ex](const EndpointMatcher &list, int index, const QString &m) {
        const Api::EndpointMethodAction *a = list.methodAction(index, m);
        if (!a || a->action == u"no_action")
            return Action::List;
        if (a->action == u"reply") {
            Http::HeaderList headers;
            for (const auto &[name, value] : a->headers)
                headers.add(name, value);
            PluginHookPhase::writeRawReply(ex, a->code, headers, a->data);
            ex.phaseNote = QStringLiteral("mock reply from method_actions");
            return Action::Replied;
        }
        ex.fail(403, QStringLiteral("Requested endpoint is forbidden"));
        ex.phaseNote = QStringLiteral("method_actions action \"%1\" blocks").arg(a->action);
        return Action::Blocked;
    };

    if (const int i = version->ignored.match(paths, method); i >= 0) {
        switch (act(version->ignored, i, method)) {
        case Action::Replied: return PhaseStatus::Respond;
        case Action::Blocked: return PhaseStatus::Fail;
        case Action::List: break;
        }
        ex.endpointIgnored = true;
        ex.phaseNote = QStringLiteral("endpoint is ignored: authentication and limits are skipped");
    }
    if (!version->whiteList.isEmpty() && !ex.endpointIgnored) {
        const int i = version->whiteList.match(paths, method);
        if (i < 0) {
            ex.fail(403, QStringLiteral("Requested endpoint is forbidden"));
            return PhaseStatus::Fail;
        }
        switch (act(version->whiteList, i, method)) {
        case Action::Replied: return PhaseStatus::Respond;
        case Action::Blocked: return PhaseStatus::Fail;
        case Action::List: break;
        }
    }
    if (const int i = version->blackList.match(paths, method); i >= 0) {
        // A black-listed entry blocks, whatever its action, unless it replies.
        const Api::EndpointMethodAction *a = version->blackList.methodAction(i, method);
        if (a && a->action == u"reply") {
            act(version->blackList, i, method);
            return PhaseStatus::Respond;
        }
        ex.fail(403, QStringLiteral("Requested endpoint is forbidden"));
        return PhaseStatus::Fail;
    }
    return PhaseStatus::Continue;
}

} // namespace Hb::Pipeline
