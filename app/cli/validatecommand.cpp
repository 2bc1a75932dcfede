// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/validatecommand.h"

#include "app/cli/commonoptions.h"
#include "core/api/apidefinitionloader.h"
#include "core/api/jsonlocator.h"
#include "core/idextractor/idextractor.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace Hb::Cli {

namespace {

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

} // namespace

int ValidateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check Tyk API definitions."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("API definition (Classic or OAS)."),
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
        Api::Diagnostics diagnostics;
        const auto api = Api::ApiDefinitionLoader::loadFile(file, &diagnostics);
        if (!api && diagnostics.isEmpty())
            diagnostics.append(
                {Api::Diagnostic::Severity::Error, api.error().where, api.error().message});
        // Warnings only: they never change the exit code.
        if (const QStringList warnings = api ? idExtractorWarnings(*api) : QStringList();
            !warnings.isEmpty()) {
            const SourceLocation where = idExtractorLocation(file, *api);
            for (const QString &warning : warnings)
                diagnostics.append({Api::Diagnostic::Severity::Warning, where, warning});
        }
        for (const Api::Diagnostic &d : std::as_const(diagnostics)) {
            anyError = anyError || d.severity == Api::Diagnostic::Severity::Error;
            std::printf("%s\n", qPrintable(d.toString()));
        }
        if (diagnostics.isEmpty())
            std::printf("%s: ok\n", qPrintable(file));
    }
    return anyError ? ExitProblems : ExitOk;
}

} // namespace Hb::Cli
