// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/validatecommand.h"

#include "app/cli/commonoptions.h"
#include "core/api/apidefinitionloader.h"

#include <QCommandLineParser>

#include <cstdio>

namespace Hb::Cli {

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
