// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/pluginhost.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Hb::Plugin {

namespace {
bool hasHooks(const Api::CustomMiddleware &mw)
{
    return !mw.pre.isEmpty() || !mw.post.isEmpty() || !mw.postKeyAuth.isEmpty() ||
           !mw.response.isEmpty() || !mw.authCheck.name.isEmpty();
}

QStringList hookNames(const Api::CustomMiddleware &mw)
{
    QStringList names;
    auto add = [&](const Api::MiddlewareDefinition &d) {
        if (!d.disabled && !d.name.isEmpty() && !names.contains(d.name))
            names.append(d.name);
    };
    for (const auto &d : mw.pre)
        add(d);
    add(mw.authCheck);
    for (const auto &d : mw.postKeyAuth)
        add(d);
    for (const auto &d : mw.post)
        add(d);
    for (const auto &d : mw.response)
        add(d);
    return names;
}

QByteArray hashFiles(const QStringList &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &f : files) {
        QFile file(f);
        hash.addData(f.toUtf8());
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return hash.result().toHex();
}
} // namespace

PluginHost::PluginHost(Bundle::BundleSourceOptions bundleOptions)
    : m_resolver(std::move(bundleOptions))
{}

PluginHost::~PluginHost()
{
    // Modules belong to their drivers: release them before the drivers go.
    m_usedThisReload.clear();
    m_modules.clear();
}

void PluginHost::addDriver(std::unique_ptr<IPluginDriver> driver)
{
    m_drivers.push_back(std::move(driver));
}

IPluginDriver *PluginHost::driverFor(const QString &language) const
{
    for (const auto &d : m_drivers) {
        if (d->languages().contains(language))
            return d.get();
    }
    return nullptr;
}

void PluginHost::setBundleOptions(Bundle::BundleSourceOptions options)
{
    m_resolver = Bundle::BundleResolver(std::move(options));
}

void PluginHost::beginReload()
{
    m_reloading = true;
    m_usedThisReload.clear();
}

void PluginHost::endReload()
{
    m_reloading = false;
    m_modules = std::move(m_usedThisReload);
    m_usedThisReload.clear();
}

Result<PluginCode> PluginHost::codeFor(Api::ApiDefinition &api) const
{
    PluginCode code;
    if (!api.customMiddlewareBundle.isEmpty() && !api.customMiddlewareBundleDisabled) {
        Result<Bundle::ResolvedBundle> bundle = m_resolver.resolve(api.customMiddlewareBundle);
        if (!bundle)
            return bundle.error();
        // The manifest's custom_middleware replaces the API's wholesale (driver, hooks and
        // id_extractor included), as in Tyk.
        api.customMiddleware = bundle->manifest.customMiddleware;
        code.moduleId = bundle->bundleId;
        code.directory = bundle->directory;
        code.contentHash = bundle->contentHash;
        code.origin = QStringLiteral("bundle %1").arg(api.customMiddlewareBundle);
        const QStringList &list = bundle->manifest.fileList;
        // Python's main module: middleware.py, unless file_list has exactly one entry.
        const QString main = list.size() == 1 ? list.first() : QStringLiteral("middleware.py");
        code.files = {QDir(code.directory).filePath(main)};
        for (const QString &f : list) {
            const QString path = QDir(code.directory).filePath(f);
            if (!code.files.contains(path) && api.customMiddleware.driver != u"python")
                code.files.append(path);
        }
    } else {
        // Code named by the `path` of each entry, relative to the API definition's folder.
        const QDir base =
            api.sourceFile.isEmpty() ? QDir::current() : QFileInfo(api.sourceFile).absoluteDir();
        const Api::CustomMiddleware &mw = api.customMiddleware;
        QList<Api::MiddlewareDefinition> entries = mw.pre + mw.postKeyAuth + mw.post + mw.response;
        entries.append(mw.authCheck);
        for (const Api::MiddlewareDefinition &d : entries) {
            if (d.disabled || d.path.isEmpty())
                continue;
            const QString path = QDir::cleanPath(base.absoluteFilePath(d.path));
            if (!code.files.contains(path))
                code.files.append(path);
        }
        code.moduleId = QString::fromLatin1(
            QCryptographicHash::hash((api.apiId + u'|' + code.files.join(u'|')).toUtf8(),
                                     QCryptographicHash::Md5)
                .toHex());
        code.contentHash = hashFiles(code.files);
        code.origin = api.sourceFile.isEmpty()
                          ? QStringLiteral("API %1").arg(api.apiId)
                          : QStringLiteral("API definition %1").arg(api.sourceFile);
    }
    code.language = api.customMiddleware.driver;
    code.hookNames = hookNames(api.customMiddleware);
    return code;
}

Result<std::shared_ptr<const PluginBinding>> PluginHost::prepare(Api::ApiDefinition &api,
                                                                 Api::Diagnostics &diagnostics)
{
    const bool bundled =
        !api.customMiddlewareBundle.isEmpty() && !api.customMiddlewareBundleDisabled;
    if (!bundled && !hasHooks(api.customMiddleware))
        return std::shared_ptr<const PluginBinding>();
    Result<PluginCode> code = codeFor(api);
    if (!code) {
        Error e = code.error();
        if (e.where.file.isEmpty())
            e.where.file = api.sourceFile;
        return e;
    }
    if (!hasHooks(api.customMiddleware))
        return std::shared_ptr<const PluginBinding>();

    auto binding = std::make_shared<PluginBinding>();
    binding->language = code->language;
    binding->driver = driverFor(code->language);
    if (!binding->driver)
        return std::shared_ptr<const PluginBinding>(std::move(binding));
    if (code->files.isEmpty()) {
        binding->loadError = QStringLiteral("No hooks defined for bundle: %1 (no bundle and no "
                                            "`path` in custom_middleware)")
                                 .arg(code->moduleId);
        diagnostics.append(
            {Api::Diagnostic::Severity::Warning, {api.sourceFile}, binding->loadError});
        return std::shared_ptr<const PluginBinding>(std::move(binding));
    }

    const QString cacheKey = code->language + u'/' + code->moduleId;
    std::shared_ptr<PluginModule> module = m_usedThisReload.value(cacheKey);
    if (!module) {
        module = m_modules.value(cacheKey);
        if (module && module->code().contentHash != code->contentHash)
            module.reset();
    }
    if (!module) {
        QList<LoadProblem> problems;
        Result<std::shared_ptr<PluginModule>> loaded = binding->driver->load(*code, &problems);
        for (const LoadProblem &p : problems)
            diagnostics.append(
                {p.warning ? Api::Diagnostic::Severity::Warning : Api::Diagnostic::Severity::Error,
                 p.error.where, p.error.message});
        if (!loaded) {
            binding->loadError = loaded.error().message;
            diagnostics.append(
                {Api::Diagnostic::Severity::Error, loaded.error().where,
                 QStringLiteral("%1: %2").arg(code->origin, loaded.error().message)});
            return std::shared_ptr<const PluginBinding>(std::move(binding));
        }
        module = std::move(*loaded);
    }
    if (m_reloading)
        m_usedThisReload.insert(cacheKey, module);
    else
        m_modules.insert(cacheKey, module);
    binding->module = std::move(module);
    return std::shared_ptr<const PluginBinding>(std::move(binding));
}

} // namespace Hb::Plugin
