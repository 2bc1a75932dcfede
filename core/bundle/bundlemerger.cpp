// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/bundlemerger.h"

#include <QDir>

namespace Hb::Bundle {

namespace {
QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}
} // namespace

Result<void> BundleMerger::add(const QString &bundleName, const QString &subdirectory,
                               const BundleManifest &manifest)
{
    const Api::CustomMiddleware &src = manifest.customMiddleware;
    Api::CustomMiddleware &dst = m_merged.customMiddleware;
    if (!src.driver.isEmpty()) {
        if (dst.driver.isEmpty()) {
            dst.driver = src.driver;
        } else if (dst.driver != src.driver) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("bundle ") + quoted(bundleName) +
                                 QStringLiteral(" declares driver ") + quoted(src.driver) +
                                 QStringLiteral(" but earlier bundles set ") + quoted(dst.driver));
        }
    }
    // Paths stay relative to the merged root, like filepath.Join(subdir, path) in Tyk.
    const auto rewrite = [&subdirectory](Api::MiddlewareDefinition mw) {
        if (!mw.path.isEmpty())
            mw.path = QDir::cleanPath(subdirectory + u'/' + mw.path);
        return mw;
    };
    if (!src.authCheck.name.isEmpty()) {
        if (!dst.authCheck.name.isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("bundle ") + quoted(bundleName) +
                                 QStringLiteral(" declares an auth_check hook but another bundle "
                                                "has already set one (") +
                                 quoted(dst.authCheck.name) + u')');
        }
        dst.authCheck = rewrite(src.authCheck);
    }
    for (const auto &mw : src.pre)
        dst.pre.append(rewrite(mw));
    for (const auto &mw : src.post)
        dst.post.append(rewrite(mw));
    for (const auto &mw : src.postKeyAuth)
        dst.postKeyAuth.append(rewrite(mw));
    for (const auto &mw : src.response)
        dst.response.append(rewrite(mw));
    // Tyk does not merge traffic_logs in this mode; neither is it taken here.
    if (!dst.idExtractor.disabled && dst.idExtractor.extractWith.isEmpty() &&
        !src.idExtractor.extractWith.isEmpty())
        dst.idExtractor = src.idExtractor;
    for (const QString &file : manifest.fileList)
        m_merged.fileList.append(QDir::cleanPath(subdirectory + u'/' + file));
    return {};
}

} // namespace Hb::Bundle
