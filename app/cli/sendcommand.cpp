// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/sendcommand.h"

#include "app/cli/commonoptions.h"
#include "core/engine/engine.h"
#include "core/trace/jsonlinestracesink.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QUrl>

#include <cstdio>

namespace Hb::Cli {

namespace {
Result<Http::HttpRequest> buildRequest(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("expected METHOD URL"));
    Http::HttpRequest request;
    request.method = args.at(0).toUpper().toLatin1();
    const QUrl url = QUrl::fromUserInput(args.at(1));
    if (args.at(1).startsWith(u'/')) {
        request.target = args.at(1).toUtf8();
        request.headers.add("Host", "localhost");
    } else if (url.isValid() && !url.host().isEmpty()) {
        QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
        if (target.isEmpty())
            target = "/";
        if (url.hasQuery())
            target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
        request.target = target;
        request.headers.add("Host", url.authority().toUtf8());
    } else {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not a URL or path").arg(args.at(1)));
    }
    for (const QString &h : parser.values(QStringLiteral("H"))) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("-H expects 'Name: value', got \"%1\"").arg(h));
        request.headers.add(h.left(colon).trimmed().toUtf8(), h.mid(colon + 1).trimmed().toUtf8());
    }
    if (parser.isSet(QStringLiteral("d"))) {
        const QString data = parser.value(QStringLiteral("d"));
        if (data.startsWith(u'@')) {
            QFile file(data.mid(1));
            if (!file.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::Io,
                                 QStringLiteral("cannot read \"%1\"").arg(data.mid(1)));
            request.body = file.readAll();
        } else {
            request.body = data.toUtf8();
        }
        request.headers.add("Content-Length", QByteArray::number(request.body.size()));
    }
    return request;
}
} // namespace

int SendCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Send one request through the engine."));
    parser.addHelpOption();
    CommonOptions::addTo(parser);
    parser.addOptions({
        {QStringLiteral("H"), QStringLiteral("Request header (repeatable)."),
         QStringLiteral("Name: value")},
        {QStringLiteral("d"), QStringLiteral("Request body (@FILE reads a file)."),
         QStringLiteral("BODY")},
        {QStringLiteral("trace"), QStringLiteral("Also print the trace events as JSON lines.")},
    });
    parser.addPositionalArgument(QStringLiteral("METHOD"), QStringLiteral("HTTP method."));
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("URL or path."));
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "hookbench-cli send: %s\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    auto request = buildRequest(parser);
    if (!request) {
        std::fprintf(stderr, "hookbench-cli send: %s\n", qPrintable(request.error().toString()));
        return ExitUsage;
    }
    const auto options = CommonOptions::read(parser);
    if (!options) {
        std::fprintf(stderr, "hookbench-cli send: %s\n", qPrintable(options.error().toString()));
        return ExitUsage;
    }
    auto setup = Setup::EngineSetup::create(*options);
    if (!setup) {
        std::fprintf(stderr, "hookbench-cli send: %s\n", qPrintable(setup.error().toString()));
        return ExitUsage;
    }
    for (const Api::Diagnostic &d : (*setup)->configWarnings() + (*setup)->diagnostics())
        std::fprintf(stderr, "%s\n", qPrintable(d.toString()));

    Trace::JsonLinesTraceSink traceSink(stdout);
    if (parser.isSet(QStringLiteral("trace")))
        (*setup)->engine().trace().attach(&traceSink);

    std::optional<Http::HttpResponse> response;
    QEventLoop loop;
    (*setup)->engine().submit(*request, [&](const Http::HttpResponse &r) {
        response = r;
        loop.quit();
    });
    if (!response)
        loop.exec(); // the main loop of this command; no GUI thread is involved
    (*setup)->engine().trace().detach(&traceSink);

    std::printf("HTTP/1.1 %d %s\n", response->status,
                Http::HttpResponse::reasonPhrase(response->status).constData());
    for (const auto &[name, value] : response->headers.fields())
        std::printf("%s: %s\n", name.constData(), value.constData());
    std::printf("\n");
    std::fwrite(response->body.constData(), 1, size_t(response->body.size()), stdout);
    if (!response->body.endsWith('\n'))
        std::printf("\n");
    return ExitOk;
}

} // namespace Hb::Cli
