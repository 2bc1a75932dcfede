// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/granularaccessphase.h"

#include "core/pipeline/exchange.h"

#include <QRegularExpression>

namespace Hb::Pipeline {

PhaseStatus GranularAccessPhase::run(Exchange &ex, const PhaseCompletion &)
{
    if (ex.endpointIgnored || !ex.session) {
        ex.phaseSkipped = true;
        return PhaseStatus::Continue;
    }
    const nlohmann::json &session = ex.session->json();
    const auto rights = session.find("access_rights");
    if (rights == session.end() || !rights->is_object())
        return PhaseStatus::Continue;
    const auto right = rights->find(m_apiId.toStdString());
    if (right == rights->end() || !right->is_object())
        return PhaseStatus::Continue;
    const auto allowed = right->find("allowed_urls");
    if (allowed == right->end() || !allowed->is_array() || allowed->empty()) {
        ex.phaseSkipped = true;
        return PhaseStatus::Continue;
    }

    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(ex.request.path()));
    QList<QString> paths;
    if (m_options.prefixMatching) {
        QString stripped = path.startsWith(m_listenPath) ? path.mid(m_listenPath.size()) : path;
        if (!stripped.startsWith(u'/'))
            stripped.prepend(u'/');
        paths = {stripped, path};
    } else {
        paths = {path}; // without prefix matching Tyk matches the full path only
    }
    const std::string method = ex.request.method.toStdString();
    for (const auto &spec : *allowed) {
        if (!spec.is_object())
            continue;
        const auto methods = spec.find("methods");
        if (methods == spec.end() || !methods->is_array() ||
            std::find(methods->begin(), methods->end(), method) == methods->end())
            continue;
        const auto url = spec.find("url");
        if (url == spec.end() || !url->is_string())
            continue;
        const QRegularExpression regex(EndpointMatcher::toRegexPattern(
            QString::fromStdString(url->get<std::string>()), m_options));
        if (!regex.isValid())
            continue; // Tyk skips a pattern that does not compile
        for (const QString &p : std::as_const(paths)) {
            if (regex.match(p).hasMatch())
                return PhaseStatus::Continue;
        }
    }
    ex.fail(403, QStringLiteral("Access to this resource has been disallowed"));
    ex.phaseNote = QStringLiteral("%1 %2 matches none of the session's allowed_urls")
                       .arg(QString::fromLatin1(ex.request.method), path);
    return PhaseStatus::Fail;
}

} // namespace Hb::Pipeline
