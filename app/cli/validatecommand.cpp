// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/validatecommand.h"

#include "app/cli/commonoptions.h"
#include "app/cli/validatedfilekind.h"
#include "core/api/gatewayconfig.h"
#include "core/bundle/bundlebuilder.h"
#include "core/bundle/bundleverifier.h"
#include "core/policy/policystore.h"
#include "core/api/apidefinitionloader.h"
#include "core/api/jsonlocator.h"
#include "core/idextractor/idextractor.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace Hb::Cli {

namespace {

// Tyk's files are small; a bigger one is read this far and checked as an API definition,
// whose loader reads and refuses it whole.
constexpr qint64 kMaxValidatedBytes = qint64(64) << 20;

bool isBlank(const Api::IdExtractorConfig &config)
{
    const nlohmann::json &c = config.extractorConfig;
    return config.extractFrom.isEmpty() && config.extractWith.isEmpty() &&
           (c.is_null() || c.empty());
}

// What a plugin author should know about the API's ID extractor
// (Tyk: gateway/coprocess_id_extractor.go, newExtractor in gateway/api_loader.go).
QStringList idExtractorWarnings(const Api::ApiDefinition &api)
{
    const Api::CustomMiddleware &cm = api.customMiddleware;
    // With a bundle the manifest's section replaces this one; the parser already says so.
    const bool bundleInUse =
        !api.customMiddlewareBundle.isEmpty() && !api.customMiddlewareBundleDisabled;
    if (cm.idExtractor.disabled || bundleInUse || isBlank(cm.idExtractor))
        return {};
    // gateway/api_loader.go builds the extractor only with the coprocess auth_check of a
    // keyed API.
    if (api.useKeyless || !api.customPluginAuthEnabled || cm.authCheck.disabled) {
        return {QStringLiteral("the ID extractor is ignored: Tyk uses it only for a keyed API "
                               "with custom plugin auth and an enabled auth_check")};
    }
    if (cm.driver == u"otto" || cm.driver == u"javascript" || cm.driver == u"goplugin") {
        return {QStringLiteral("the ID extractor is ignored: the \"%1\" driver never uses it "
                               "(only python, grpc and lua do)")
                    .arg(cm.driver)};
    }
    QStringList warnings;
    if (const auto extractor = IdExtractor::IdExtractor::create(cm.idExtractor, &warnings))
        warnings += extractor->warnings();
    return warnings;
}

// The id extractor's key in the file as written (Classic or OAS), else just the file.
SourceLocation idExtractorLocation(const QString &file, const Api::ApiDefinition &api)
{
    SourceLocation where{file, 0, 0, {}};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return where;
    const Api::JsonLocator locator(f.readAll());
    const auto position = locator.keyAt(
        api.isOas ? "/x-tyk-api-gateway/server/authentication/custom/config/idExtractor"
                  : "/custom_middleware/id_extractor");
    where.line = position.line;
    where.column = position.column;
    return where;
}

Api::Diagnostic errorDiagnostic(const Error &e, const QString &file)
{
    SourceLocation where = e.where;
    if (where.file.isEmpty())
        where.file = file;
    return {Api::Diagnostic::Severity::Error, where, e.message};
}

// A manifest as `tyk bundle build` checks it (files listed exist, hooks, a driver), and its
// checksum against the files when it has one.
Api::Diagnostics checkManifest(const QString &file)
{
    const auto manifest = Bundle::BundleBuilder::loadManifest(file);
    if (!manifest)
        return {errorDiagnostic(manifest.error(), file)};
    if (manifest->checksum.isEmpty())
        return {};
    const auto verified = Bundle::BundleVerifier::verifyDirectory(
        QFileInfo(file).absolutePath(), *manifest, Bundle::VerifyMode::Deep, QString());
    if (verified)
        return {};
    return {{Api::Diagnostic::Severity::Warning,
             {file, 0, 0, {}},
             verified.error().message +
                 QStringLiteral(": the files changed since the checksum was computed; Tyk "
                                "refuses such a bundle when it downloads it or it is signed "
                                "(hookbench-cli bundle build writes a new one)")}};
}

// One file of any kind `validate` knows, told apart by content.
Api::Diagnostics checkFile(const QString &file, ValidatedFileKind kind, const QByteArray &text)
{
    switch (kind) {
    case ValidatedFileKind::BundleManifest: return checkManifest(file);
    case ValidatedFileKind::GatewayConfig:
        if (const auto config = Api::GatewayConfig::fromJson(text, file); !config)
            return {errorDiagnostic(config.error(), file)};
        return {};
    case ValidatedFileKind::PolicyRecord:
        if (const auto policies = Policy::PolicyStore::fromRecordJson(text, file); !policies)
            return {errorDiagnostic(policies.error(), file)};
        return {};
    case ValidatedFileKind::Policy:
        if (const auto policy = Policy::PolicyStore::policyFromJson(text, file); !policy)
            return {errorDiagnostic(policy.error(), file)};
        return {};
    case ValidatedFileKind::ApiDefinition: break;
    }
    Api::Diagnostics diagnostics;
    const auto api = Api::ApiDefinitionLoader::loadFile(file, &diagnostics);
    if (!api && diagnostics.isEmpty())
        diagnostics.append(errorDiagnostic(api.error(), file));
    // Warnings only: they never change the exit code.
    if (const QStringList warnings = api ? idExtractorWarnings(*api) : QStringList();
        !warnings.isEmpty()) {
        const SourceLocation where = idExtractorLocation(file, *api);
        for (const QString &warning : warnings)
            diagnostics.append({Api::Diagnostic::Severity::Warning, where, warning});
    }
    return diagnostics;
}

} // namespace

int ValidateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check Tyk files: API definitions (Classic or OAS), bundle manifests, "
                       "tyk.conf and policy files, each told apart by its content."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("An API definition, manifest.json, tyk.conf or "
                                                "policies file."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "hookbench-cli validate: %s\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        std::fprintf(stderr, "hookbench-cli validate: no FILE given\n");
        return ExitUsage;
    }
    bool anyError = false;
    for (const QString &file : files) {
        QFile f(file);
        const QByteArray text =
            f.open(QIODevice::ReadOnly) ? f.read(kMaxValidatedBytes) : QByteArray();
        const ValidatedFileKind kind = validatedFileKindOf(text);
        const Api::Diagnostics diagnostics = checkFile(file, kind, text);
        for (const Api::Diagnostic &d : std::as_const(diagnostics)) {
            anyError = anyError || d.severity == Api::Diagnostic::Severity::Error;
            std::printf("%s\n", qPrintable(d.toString()));
        }
        if (diagnostics.isEmpty() && kind == ValidatedFileKind::ApiDefinition)
            std::printf("%s: ok\n", qPrintable(file));
        else if (diagnostics.isEmpty())
            std::printf("%s: ok (%s)\n", qPrintable(file), qPrintable(toString(kind)));
    }
    return anyError ? ExitProblems : ExitOk;
}

} // namespace Hb::Cli
