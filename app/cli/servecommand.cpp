// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/servecommand.h"

#include "app/cli/commonoptions.h"
#include "app/cli/signalwatcher.h"
#include "core/engine/engine.h"
#include "core/engine/httpfront.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <optional>

namespace Hb::Cli {

namespace {
// Reads the command line into `limits`: nullopt to go on, else the exit code (help was
// printed, or the arguments are wrong).
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                    Http::HttpServerLimits &limits)
{
    parser.setApplicationDescription(QStringLiteral("Serve API definitions over HTTP."));
    parser.addHelpOption();
    CommonOptions::addTo(parser);
    // Tyk's gateway has no such setting (Go's http.Server takes connections until the
    // descriptors run out); the cap keeps the server answering instead.
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral("Open client connections at most; more wait to be accepted "
                       "(default 10000)."),
        QStringLiteral("N"));
    parser.addOption(maxConnections);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "hookbench-cli serve: %s\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "hookbench-cli serve: unexpected argument \"%s\"\n",
                     qPrintable(parser.positionalArguments().first()));
        return ExitUsage;
    }
    if (parser.isSet(maxConnections)) {
        bool ok = false;
        limits.maxConnections = parser.value(maxConnections).toInt(&ok);
        if (!ok || limits.maxConnections < 1) {
            std::fprintf(stderr, "hookbench-cli serve: --max-connections expects a positive "
                                 "whole number\n");
            return ExitUsage;
        }
    }
    return std::nullopt;
}

// Listens where the configuration says and prints the address; false after printing why
// it cannot.
bool startListening(Engine::HttpFront &front, const Setup::EngineSetup &setup)
{
    const QHostAddress address(setup.listenHost() == u"localhost" ? QStringLiteral("127.0.0.1")
                                                                  : setup.listenHost());
    if (address.isNull()) {
        std::fprintf(stderr, "hookbench-cli serve: \"%s\" is not an IP address\n",
                     qPrintable(setup.listenHost()));
        return false;
    }
    const auto listening = front.listen(address, setup.listenPort());
    if (!listening) {
        std::fprintf(stderr, "hookbench-cli serve: %s\n", qPrintable(listening.error().toString()));
        return false;
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    std::fprintf(stdout, "listening on http://%s:%u\n", qPrintable(host), unsigned(front.port()));
    std::fflush(stdout);
    std::fprintf(stderr, "session store: %s\n", qPrintable(setup.storeDescription()));
    return true;
}
} // namespace

int ServeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    Http::HttpServerLimits limits;
    if (const std::optional<int> exitCode = parseCommandLine(parser, arguments, limits))
        return *exitCode;
    const auto options = CommonOptions::read(parser);
    if (!options) {
        std::fprintf(stderr, "hookbench-cli serve: %s\n", qPrintable(options.error().toString()));
        return ExitUsage;
    }
    auto setup = Setup::EngineSetup::create(*options);
    if (!setup) {
        std::fprintf(stderr, "hookbench-cli serve: %s\n", qPrintable(setup.error().toString()));
        return ExitUsage;
    }
    for (const Api::Diagnostic &d : (*setup)->configWarnings() + (*setup)->diagnostics())
        std::fprintf(stderr, "%s\n", qPrintable(d.toString()));

    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, qApp, &QCoreApplication::quit);

    if (const int secs = (*setup)->config().readTimeoutSecs; secs > 0)
        limits.requestTimeoutMs = int(std::min<qint64>(qint64(secs) * 1000, INT_MAX));
    Engine::HttpFront front((*setup)->engine());
    front.server().setLimits(limits);
    // Redis going away and coming back is worth a line in the log.
    QObject::connect(&(*setup)->engine(), &Engine::Engine::storeAvailabilityChanged, qApp,
                     [](bool available, const QString &reason) {
                         std::fprintf(stderr, "hookbench-cli serve: session store %s%s%s\n",
                                      available ? "reconnected" : "unavailable",
                                      reason.isEmpty() ? "" : ": ", qPrintable(reason));
                     });
    if (!startListening(front, **setup))
        return ExitUsage;
    const int rc = QCoreApplication::exec();
    front.close();
    return rc;
}

} // namespace Hb::Cli
