// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/pluginhost.h"

#include "core/api/jsonlocator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Hb::Plugin {

namespace {

// Where the `driver` of `code` is written: the bundle's manifest.json, else the API
// definition (classic or Tyk OAS); the file alone when it cannot be read.
SourceLocation driverLocation(const PluginCode &code, const QString &apiFile)
{
    const bool bundled = !code.directory.isEmpty();
    SourceLocation where{bundled ? QDir(code.directory).filePath(QStringLiteral("manifest.json"))
                                 : apiFile};
    QFile file(where.file);
    if (!file.open(QIODevice::ReadOnly))
        return {apiFile};
    const Api::JsonLocator locator(file.readAll());
    for (const char *pointer : {"/custom_middleware/driver",
                                "/x-tyk-api-gateway/middleware/global/pluginConfig/driver"}) {
        const Api::JsonLocator::Position at = locator.valueAt(pointer);
        if (at.isValid()) {
            where.line = at.line;
            where.column = at.column;
            break;
        }
    }
    return where;
}

bool hasHooks(const Api::CustomMiddleware &mw)
{
    return !mw.pre.isEmpty() || !mw.post.isEmpty() || !mw.postKeyAuth.isEmpty() ||
           !mw.response.isEmpty() || !mw.authCheck.name.isEmpty();
}

// Tyk makes a response entry whose path ends in ".so" a Go response plugin whatever the
// driver (gateway/api_loader.go); with another driver it is served by the Go plugin host,
// not by that driver.
bool isGoResponseUnderOtherDriver(const Api::CustomMiddleware &mw,
                                  const Api::MiddlewareDefinition &entry)
{
    return mw.driver != u"goplugin" && entry.path.endsWith(u".so");
}

// `mw` without those entries: what the API's own driver loads.
Api::CustomMiddleware withoutGoResponses(Api::CustomMiddleware mw)
{
    mw.response.removeIf(
        [&mw](const Api::MiddlewareDefinition &d) { return isGoResponseUnderOtherDriver(mw, d); });
    return mw;
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

// Every enabled entry in Tyk's load order (gateway/server.go loadCustomMiddleware), with
// its path resolved against `base`.
// Where an entry's `path` points. In a bundle, inside the bundle. Otherwise Tyk opens a
// relative path from the gateway's working directory; a workspace keeps its files next to
// the API definition, so that folder is tried when the working directory has no such file.
QString entryFile(const QDir &base, const QString &path, bool workingDirFirst)
{
    if (workingDirFirst && QDir::isRelativePath(path)) {
        const QString fromWorkingDir = QDir::current().absoluteFilePath(path);
        if (QFileInfo(fromWorkingDir).isFile())
            return QDir::cleanPath(fromWorkingDir);
    }
    return QDir::cleanPath(base.absoluteFilePath(path));
}

QList<PluginEntry> entriesOf(const Api::CustomMiddleware &mw, const QDir &base,
                             bool workingDirFirst)
{
    QList<PluginEntry> entries;
    auto add = [&](const QString &type, const Api::MiddlewareDefinition &d) {
        if (d.disabled)
            return;
        PluginEntry e;
        e.hookType = type;
        e.name = d.name;
        e.path = d.path;
        if (!d.path.isEmpty())
            e.file = entryFile(base, d.path, workingDirFirst);
        e.code = d.code;
        e.requireSession = d.requireSession;
        entries.append(e);
    };
    if (!mw.authCheck.name.isEmpty())
        add(QStringLiteral("auth_check"), mw.authCheck);
    for (const auto &d : mw.pre)
        add(QStringLiteral("pre"), d);
    for (const auto &d : mw.post)
        add(QStringLiteral("post"), d);
    for (const auto &d : mw.postKeyAuth)
        add(QStringLiteral("post_key_auth"), d);
    for (const auto &d : mw.response)
        add(QStringLiteral("response"), d);
    return entries;
}

// What a path's content hash covers: the file; the files of a folder (Go plugin sources);
// and for a missing `x.so`, the `x/` folder or `x.go` file a Go plugin is built from.
QStringList contentFiles(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return {path};
    if (info.isDir()) {
        QStringList files;
        const QDir dir(path);
        for (const QString &name : dir.entryList(QDir::Files | QDir::Readable, QDir::Name))
            files.append(dir.filePath(name));
        return files;
    }
    if (path.endsWith(u".so")) {
        const QString stem = path.chopped(3);
        return contentFiles(stem) + contentFiles(stem + QStringLiteral(".go"));
    }
    return {};
}

QByteArray hashFiles(const QStringList &paths)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &path : paths) {
        hash.addData(path.toUtf8());
        for (const QString &f : contentFiles(path)) {
            QFile file(f);
            hash.addData(f.toUtf8());
            if (file.open(QIODevice::ReadOnly))
                hash.addData(file.readAll());
        }
    }
    return hash.result().toHex();
}
} // namespace

QStringList PluginHost::searchDirs(const Api::ApiDefinition &api)
{
    const QString definitionDir =
        api.sourceFile.isEmpty() ? QDir::currentPath() : QFileInfo(api.sourceFile).absolutePath();
    return {QDir::currentPath(), definitionDir,
            QDir::cleanPath(definitionDir + QStringLiteral("/.."))};
}

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

void PluginHost::setPluginDebug(bool on)
{
    for (const auto &driver : m_drivers) {
        if (!driver->setPluginDebug(on))
            continue;
        for (const QString &language : driver->languages()) {
            const QString prefix = language + u'/';
            m_modules.removeIf(
                [&prefix](const auto &entry) { return entry.key().startsWith(prefix); });
        }
    }
}

QSet<QString> PluginHost::bundleDirectories() const
{
    QSet<QString> directories;
    for (const auto &module : m_modules) {
        if (module && !module->code().directory.isEmpty())
            directories.insert(QFileInfo(module->code().directory).absoluteFilePath());
    }
    return directories;
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
        // The manifest's traffic_logs is the API's analytics plugin; a relative path is the
        // bundle's only with the goplugin driver (Tyk: gateway/coprocess_bundle.go).
        const Api::MiddlewareDefinition &traffic = api.customMiddleware.trafficLogs;
        if (!traffic.disabled && !traffic.name.isEmpty()) {
            api.analyticsPlugin.enabled = true;
            api.analyticsPlugin.funcName = traffic.name;
            api.analyticsPlugin.pluginPath =
                api.customMiddleware.driver == u"goplugin" && QDir::isRelativePath(traffic.path)
                    ? QDir(bundle->directory).filePath(traffic.path)
                    : traffic.path;
        }
        addFolderHooks(api);
        code.moduleId = bundle->bundleId;
        code.directory = bundle->directory;
        code.contentHash = bundle->contentHash;
        code.bundleUse = bundle->useLock;
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
        // Code named by the `path` of each entry (see entryFile).
        const QDir base =
            api.sourceFile.isEmpty() ? QDir::current() : QFileInfo(api.sourceFile).absoluteDir();
        const Api::CustomMiddleware mw = withoutGoResponses(api.customMiddleware);
        QList<Api::MiddlewareDefinition> entries = mw.pre + mw.postKeyAuth + mw.post + mw.response;
        entries.append(mw.authCheck);
        for (const Api::MiddlewareDefinition &d : entries) {
            if (d.disabled || d.path.isEmpty())
                continue;
            const QString path = entryFile(base, d.path, true);
            if (!code.files.contains(path))
                code.files.append(path);
        }
        code.moduleId = QString::fromLatin1(
            QCryptographicHash::hash((api.apiId + u'|' + code.files.join(u'|')).toUtf8(),
                                     QCryptographicHash::Md5)
                .toHex());
        // A Go plugin's `path` is looked for in every search folder (GoDriver), so a change
        // to its sources in any of them must change the hash: the reload then rebuilds it.
        QStringList hashed = code.files;
        if (mw.driver == u"goplugin") {
            for (const Api::MiddlewareDefinition &d : std::as_const(entries)) {
                if (d.disabled || d.path.isEmpty())
                    continue;
                for (const QString &dir : PluginHost::searchDirs(api))
                    hashed.append(QDir::cleanPath(QDir(dir).absoluteFilePath(d.path)));
            }
        }
        code.contentHash = hashFiles(hashed);
        code.origin = api.sourceFile.isEmpty()
                          ? QStringLiteral("API %1").arg(api.apiId)
                          : QStringLiteral("API definition %1").arg(api.sourceFile);
    }
    code.language = api.customMiddleware.driver;
    code.searchDirs = PluginHost::searchDirs(api);
    const Api::CustomMiddleware ownHooks = withoutGoResponses(api.customMiddleware);
    code.hookNames = hookNames(ownHooks);
    // Relative JS paths resolve against the bundle directory for bundles (Tyk's
    // api_loader), and as entryFile says otherwise.
    const QDir entryBase =
        !code.directory.isEmpty()
            ? QDir(code.directory)
            : (api.sourceFile.isEmpty() ? QDir::current()
                                        : QFileInfo(api.sourceFile).absoluteDir());
    code.entries = entriesOf(ownHooks, entryBase, code.directory.isEmpty());
    // Inline code lives in the definition, not in a file: it must change the hash too.
    QCryptographicHash withEntries(QCryptographicHash::Sha256);
    withEntries.addData(code.contentHash);
    for (const PluginEntry &e : std::as_const(code.entries))
        withEntries.addData((e.hookType + u'|' + e.name + u'|' + e.path + u'|' + e.code).toUtf8());
    code.contentHash = withEntries.result().toHex();
    return code;
}

void PluginHost::addFolderHooks(Api::ApiDefinition &api) const
{
    if (m_middlewarePath.isEmpty() || api.apiId.isEmpty())
        return;
    const QDir root(QDir(m_middlewarePath).filePath(api.apiId));
    if (!root.exists())
        return;
    Api::CustomMiddleware &mw = api.customMiddleware;
    // Tyk globs <middleware_path>/<api_id>/<folder>/*.js (sorted); the object name is the
    // file name up to its first dot, and a name ending in _with_session asks for the session.
    const std::pair<const char *, QList<Api::MiddlewareDefinition> *> folders[] = {
        {"pre", &mw.pre}, {"auth", nullptr}, {"post_auth", &mw.postKeyAuth}, {"post", &mw.post}};
    for (const auto &[folder, list] : folders) {
        const QDir dir(root.filePath(QString::fromLatin1(folder)));
        const QStringList files =
            dir.entryList({QStringLiteral("*.js")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &f : files) {
            Api::MiddlewareDefinition d;
            d.name = f.section(u'.', 0, 0);
            d.path = dir.absoluteFilePath(f);
            d.requireSession = d.name.endsWith(u"_with_session");
            if (list)
                list->append(d);
            else
                mw.authCheck = d; // a single auth check: the last file wins
        }
    }
}

Result<std::shared_ptr<const PluginBinding>> PluginHost::prepare(Api::ApiDefinition &api,
                                                                 Api::Diagnostics &diagnostics)
{
    const bool bundled =
        !api.customMiddlewareBundle.isEmpty() && !api.customMiddlewareBundleDisabled;
    if (!bundled)
        addFolderHooks(api);
    if (!bundled && !hasHooks(withoutGoResponses(api.customMiddleware)))
        return std::shared_ptr<const PluginBinding>();
    Result<PluginCode> code = codeFor(api);
    if (!code) {
        Error e = code.error();
        if (e.where.file.isEmpty())
            e.where.file = api.sourceFile;
        return e;
    }
    if (!hasHooks(withoutGoResponses(api.customMiddleware)))
        return std::shared_ptr<const PluginBinding>();

    auto binding = std::make_shared<PluginBinding>();
    binding->language = code->language;
    binding->driver = driverFor(code->language);
    if (!binding->driver) {
        // Tyk logs a driver it has not loaded when the API loads (gateway/coprocess.go,
        // EnabledForSpec: "Driver '%s' isn't loaded"); each hook then answers 500.
        diagnostics.append({Api::Diagnostic::Severity::Error, driverLocation(*code, api.sourceFile),
                            QStringLiteral("Driver '%1' isn't loaded: the hooks of %2 answer 500")
                                .arg(code->language, code->origin)});
        return std::shared_ptr<const PluginBinding>(std::move(binding));
    }
    const bool inlineCode = std::any_of(code->entries.cbegin(), code->entries.cend(),
                                        [](const PluginEntry &e) { return !e.code.isEmpty(); });
    if (binding->driver->loadsCode() && code->files.isEmpty() && !inlineCode) {
        binding->loadError = QStringLiteral("No hooks defined for bundle: %1 (no bundle and no "
                                            "`path` in custom_middleware)")
                                 .arg(code->moduleId);
        diagnostics.append(
            {Api::Diagnostic::Severity::Warning, {api.sourceFile}, binding->loadError});
        return std::shared_ptr<const PluginBinding>(std::move(binding));
    }

    load(*binding, *code, diagnostics);
    return std::shared_ptr<const PluginBinding>(std::move(binding));
}

void PluginHost::load(PluginBinding &binding, const PluginCode &code, Api::Diagnostics &diagnostics)
{
    const QString cacheKey = code.language + u'/' + code.moduleId;
    std::shared_ptr<PluginModule> module = m_usedThisReload.value(cacheKey);
    if (!module) {
        module = m_modules.value(cacheKey);
        if (module && module->code().contentHash != code.contentHash)
            module.reset();
    }
    if (!module) {
        QList<LoadProblem> problems;
        Result<std::shared_ptr<PluginModule>> loaded = binding.driver->load(code, &problems);
        for (const LoadProblem &p : problems)
            diagnostics.append(
                {p.warning ? Api::Diagnostic::Severity::Warning : Api::Diagnostic::Severity::Error,
                 p.error.where, p.error.message});
        if (!loaded) {
            binding.loadError = loaded.error().message;
            diagnostics.append({Api::Diagnostic::Severity::Error, loaded.error().where,
                                QStringLiteral("%1: %2").arg(code.origin, loaded.error().message)});
            return;
        }
        module = std::move(*loaded);
    }
    if (m_reloading)
        m_usedThisReload.insert(cacheKey, module);
    else
        m_modules.insert(cacheKey, module);
    binding.module = std::move(module);
}

std::shared_ptr<const PluginBinding> PluginHost::prepareGoEndpoints(const Api::ApiDefinition &api,
                                                                    Api::Diagnostics &diagnostics)
{
    PluginCode code;
    code.language = QStringLiteral("goplugin");
    code.moduleId = QStringLiteral("go_plugin/") + api.apiId;
    code.origin =
        QStringLiteral("Go plugins (go_plugin, .so response hooks, analytics_plugin) of API %1")
            .arg(api.apiId);
    code.searchDirs = PluginHost::searchDirs(api);
    QStringList files;
    // Tyk never joins these paths with a bundle folder: each is tried in every search folder.
    auto add = [&code, &files](const QString &hookType, const QString &name, const QString &path) {
        PluginEntry e;
        e.hookType = hookType;
        e.name = name;
        e.path = path;
        code.entries.append(e);
        for (const QString &base : std::as_const(code.searchDirs))
            files.append(QDir::cleanPath(QDir(base).absoluteFilePath(path)));
    };
    for (const Api::VersionInfo &version : api.versionData.versions) {
        // Tyk compiles go_plugin entries only for a version with use_extended_paths, and
        // skips disabled ones before loading (gateway/api_definition.go).
        if (!version.useExtendedPaths)
            continue;
        for (const Api::GoPluginMeta &meta : version.goPlugins) {
            if (!meta.disabled)
                add(QStringLiteral("endpoint"), meta.funcName, meta.pluginPath);
        }
    }
    // Response entries naming a .so under another driver; their paths stay relative to the
    // working folder even in a bundle (Tyk: gateway/coprocess_bundle.go).
    for (const Api::MiddlewareDefinition &d : api.customMiddleware.response) {
        if (!d.disabled && !d.name.isEmpty() &&
            isGoResponseUnderOtherDriver(api.customMiddleware, d))
            add(QStringLiteral("response"), d.name, d.path);
    }
    // The analytics plugin (analytics_plugin, OAS trafficLogs.plugins[0]) is a Go plugin
    // whatever the API's driver (Tyk: gateway/analytics_go_plugin.go).
    const Api::AnalyticsPlugin &analytics = api.analyticsPlugin;
    if (analytics.enabled && !analytics.funcName.isEmpty() && !analytics.pluginPath.isEmpty())
        add(QStringLiteral("analytics"), analytics.funcName, analytics.pluginPath);
    if (code.entries.isEmpty())
        return {};
    auto binding = std::make_shared<PluginBinding>();
    binding->language = code.language;
    binding->driver = driverFor(code.language);
    if (!binding->driver) {
        binding->loadError = QStringLiteral("the Go plugin driver is not loaded");
        diagnostics.append({Api::Diagnostic::Severity::Error,
                            {api.sourceFile},
                            QStringLiteral("%1: Go plugins cannot run here (%2); those endpoints "
                                           "answer 500")
                                .arg(code.origin, binding->loadError)});
        return binding;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(hashFiles(files));
    for (const PluginEntry &e : std::as_const(code.entries))
        hash.addData((e.name + u'|' + e.path).toUtf8());
    code.contentHash = hash.result().toHex();
    load(*binding, code, diagnostics);
    return binding;
}

std::shared_ptr<const PluginBinding>
PluginHost::prepareVirtualEndpoints(const Api::ApiDefinition &api, Api::Diagnostics &diagnostics)
{
    PluginCode code;
    code.language = api.customMiddleware.driver == u"javascript" ? QStringLiteral("javascript")
                                                                 : QStringLiteral("otto");
    code.moduleId = QStringLiteral("virtual/") + api.apiId;
    code.origin = QStringLiteral("virtual endpoints of API %1").arg(api.apiId);
    const QDir apiDir = QFileInfo(api.sourceFile).absoluteDir();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Api::VersionInfo &version : api.versionData.versions) {
        // Tyk compiles extended_paths only for a version with use_extended_paths.
        if (!version.useExtendedPaths)
            continue;
        for (const Api::VirtualMeta &meta : version.virtualEndpoints) {
            if (meta.disabled)
                continue;
            PluginEntry e;
            e.hookType = QStringLiteral("virtual");
            e.name = meta.functionName;
            if (meta.sourceType == u"file") {
                e.path = meta.sourceUri;
                // Tyk opens the path as given (relative to its working folder); a path that
                // is not there is looked for beside the API definition.
                const QFileInfo asGiven(meta.sourceUri);
                e.file = asGiven.exists() || api.sourceFile.isEmpty()
                             ? asGiven.absoluteFilePath()
                             : QDir::cleanPath(apiDir.absoluteFilePath(meta.sourceUri));
            } else if (meta.sourceType == u"blob") {
                if (m_virtualBlobsDisabled) {
                    diagnostics.append({Api::Diagnostic::Severity::Warning,
                                        {api.sourceFile},
                                        QStringLiteral("virtual endpoint %1 %2: blobs are not "
                                                       "allowed (disable_virtual_path_blobs); "
                                                       "its calls answer 500")
                                            .arg(meta.method, meta.path)});
                    continue;
                }
                e.code = meta.sourceUri;
            } else {
                diagnostics.append({Api::Diagnostic::Severity::Warning,
                                    {api.sourceFile},
                                    QStringLiteral("virtual endpoint %1 %2: function_source_type "
                                                   "must be either file or blob (base64), not "
                                                   "\"%3\"; its calls answer 500")
                                        .arg(meta.method, meta.path, meta.sourceType)});
                continue;
            }
            const bool seen =
                std::any_of(code.entries.cbegin(), code.entries.cend(), [&e](const PluginEntry &o) {
                    return o.name == e.name && o.file == e.file && o.code == e.code;
                });
            if (seen)
                continue;
            code.entries.append(e);
            hash.addData(e.name.toUtf8());
            hash.addData(e.code.toUtf8());
            if (!e.file.isEmpty()) {
                code.files.append(e.file);
                hash.addData(hashFiles({e.file}));
            }
        }
    }
    if (code.entries.isEmpty())
        return {};
    auto binding = std::make_shared<PluginBinding>();
    binding->language = code.language;
    binding->driver = driverFor(code.language);
    if (!binding->driver)
        return {};
    code.contentHash = hash.result().toHex();
    load(*binding, code, diagnostics);
    return binding;
}

} // namespace Hb::Plugin
