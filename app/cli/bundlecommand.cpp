// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/bundlecommand.h"

#include "app/cli/commonoptions.h"
#include "core/bundle/bundlebuilder.h"
#include "core/bundle/bundleverifier.h"

#include <QCommandLineParser>

#include <cstdio>

namespace Hb::Cli {

namespace {
const char usage[] = "Usage: hookbench-cli bundle build [-m manifest.json] [-o bundle.zip] "
                     "[-k private.pem] [-y]\n"
                     "       hookbench-cli bundle verify BUNDLE.zip|DIR [--public-key pub.pem]\n";

// Problems in what the user wrote are 1; files that cannot be read or written are 2.
int exitCodeFor(const Error &e)
{
    return e.code == ErrorCode::InvalidInput ? ExitProblems : ExitUsage;
}

// Tyk reads one line and goes on only when it starts with "y".
bool confirmUnsigned()
{
    std::fputs("warning: The bundle will be unsigned, type \"y\" or \"yes\" to confirm: ", stderr);
    std::fflush(stderr);
    char line[256] = {};
    return std::fgets(line, sizeof line, stdin) && line[0] == 'y';
}

// Tyk's three cases: a key signs; -y builds unsigned with a warning; otherwise ask.
bool agreeOnSigning(const Bundle::BuildOptions &options, bool skipSigning)
{
    if (!options.privateKeyPath.isEmpty()) {
        std::fprintf(stderr, "Signing bundle with key '%s'\n", qPrintable(options.privateKeyPath));
        return true;
    }
    if (skipSigning) {
        std::fputs("warning: The bundle will be unsigned\n", stderr);
        return true;
    }
    return confirmUnsigned();
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, const char *command,
           int *exitCode)
{
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "hookbench-cli bundle %s: %s\n", command,
                     qPrintable(parser.errorText()));
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

void printReport(const Bundle::VerifyReport &r, const QString &publicKey)
{
    const QString source = r.source;
    if (!r.ok() && r.manifest.raw.is_null() && r.computedChecksum.isEmpty()) {
        std::printf("%s: failed: %s\n", qPrintable(source), qPrintable(r.failure));
        return;
    }
    std::printf("%s: %s\n", qPrintable(source),
                r.ok() ? "ok" : qPrintable(QStringLiteral("failed: ") + r.failure));
    std::printf("  files: %s\n", qPrintable(r.manifest.fileList.join(QStringLiteral(", "))));
    const QString match = r.checksumMatches() ? QStringLiteral("matches")
                          : r.computedChecksum.isEmpty()
                              ? QStringLiteral("files unreadable")
                              : QStringLiteral("files give ") + r.computedChecksum;
    std::printf("  checksum: %s (%s)\n", qPrintable(r.manifest.checksum), qPrintable(match));
    QString signature = QStringLiteral("none");
    if (r.signatureVerified)
        signature = QStringLiteral("verified with ") + publicKey;
    else if (r.isSigned())
        signature = publicKey.isEmpty() ? QStringLiteral("present, not checked (no --public-key)")
                                        : QStringLiteral("present, does not verify");
    std::printf("  signature: %s\n", qPrintable(signature));
    std::printf("  driver: %s\n", qPrintable(r.manifest.customMiddleware.driver));
    std::printf("  hooks: %s\n",
                qPrintable(Bundle::BundleVerifier::describeHooks(r.manifest.customMiddleware)
                               .join(QStringLiteral(", "))));
    for (const QString &w : r.warnings)
        std::printf("  warning: %s\n", qPrintable(w));
}
} // namespace

int BundleCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString sub = args.size() > 1 ? args.takeAt(1) : QString();
    if (sub == u"build")
        return build(args);
    if (sub == u"verify")
        return verify(args);
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        std::fputs(usage, stdout);
        return ExitOk;
    }
    if (!sub.isEmpty())
        std::fprintf(stderr, "hookbench-cli bundle: unknown command \"%s\"\n", qPrintable(sub));
    std::fputs(usage, stderr);
    return ExitUsage;
}

int BundleCommand::build(const QStringList &arguments)
{
    const Bundle::BuildOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Build a plugin bundle from a manifest, as `tyk bundle build` does. "
                       "file_list paths are relative to the manifest's directory."));
    parser.addHelpOption();
    parser.addOptions({
        {{QStringLiteral("m"), QStringLiteral("manifest")},
         QStringLiteral("Path to manifest file."),
         QStringLiteral("FILE"),
         defaults.manifestPath},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("Output file."),
         QStringLiteral("FILE"),
         defaults.outputPath},
        {{QStringLiteral("k"), QStringLiteral("key")},
         QStringLiteral("Key for bundle signature."),
         QStringLiteral("FILE")},
        {{QStringLiteral("y"), QStringLiteral("skip-signing")},
         QStringLiteral("Skip bundle signing.")},
    });
    int exitCode = ExitOk;
    if (!parse(parser, arguments, "build", &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "hookbench-cli bundle build: unexpected argument \"%s\"\n",
                     qPrintable(parser.positionalArguments().first()));
        return ExitUsage;
    }
    Bundle::BuildOptions options;
    options.manifestPath = parser.value(QStringLiteral("manifest"));
    options.outputPath = parser.value(QStringLiteral("output"));
    options.privateKeyPath = parser.value(QStringLiteral("key"));

    std::fprintf(stderr, "Building bundle using '%s'\n", qPrintable(options.manifestPath));
    // Tyk validates before it asks about signing.
    if (auto manifest = Bundle::BundleBuilder::loadManifest(options.manifestPath); !manifest) {
        std::fprintf(stderr, "hookbench-cli bundle build: %s\n",
                     qPrintable(manifest.error().toString()));
        return exitCodeFor(manifest.error());
    }
    if (options.outputPath == defaults.outputPath)
        std::fprintf(stderr, "warning: Using default bundle path '%s'\n",
                     qPrintable(defaults.outputPath));
    if (!agreeOnSigning(options, parser.isSet(QStringLiteral("skip-signing")))) {
        std::fputs("Aborting\n", stderr);
        return ExitProblems;
    }
    const auto built = Bundle::BundleBuilder::build(options);
    if (!built) {
        std::fprintf(stderr, "hookbench-cli bundle build: %s\n",
                     qPrintable(built.error().toString()));
        return exitCodeFor(built.error());
    }
    for (const QString &w : built->warnings)
        std::fprintf(stderr, "warning: %s\n", qPrintable(w));
    std::printf("Wrote '%s' (%lld bytes)\n", qPrintable(built->outputPath),
                static_cast<long long>(built->bytes));
    return ExitOk;
}

int BundleCommand::verify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Verify a plugin bundle (zip or unpacked directory) the way Tyk's gateway "
                       "does after downloading it: checksum, and signature with a public key."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("public-key"),
                      QStringLiteral("RSA public key (PEM), as tyk.conf public_key_path."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("BUNDLE"),
                                 QStringLiteral("Bundle zip or directory."));
    int exitCode = ExitOk;
    if (!parse(parser, arguments, "verify", &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "hookbench-cli bundle verify: expected one BUNDLE\n%s", usage);
        return ExitUsage;
    }
    const QString publicKey = parser.value(QStringLiteral("public-key"));
    const auto report =
        Bundle::BundleVerifier::verify(parser.positionalArguments().first(), publicKey);
    if (!report) {
        std::fprintf(stderr, "hookbench-cli bundle verify: %s\n",
                     qPrintable(report.error().toString()));
        return ExitUsage;
    }
    printReport(*report, publicKey);
    return report->ok() ? ExitOk : ExitProblems;
}

} // namespace Hb::Cli
