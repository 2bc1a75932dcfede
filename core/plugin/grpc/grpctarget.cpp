// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/grpc/grpctarget.h"

namespace Hb::Plugin {

namespace {

// Go's url.getScheme: a letter, then letters, digits, '+', '-' or '.'.
bool isSchemeChar(QChar c, bool first)
{
    const char16_t u = c.unicode();
    const bool letter = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    if (first)
        return letter;
    return letter || (u >= '0' && u <= '9') || u == '+' || u == '-' || u == '.';
}

Error parseError(const QString &server, const QString &why)
{
    return Error{ErrorCode::InvalidInput,
                 QStringLiteral("coprocess_grpc_server: parse \"%1\": %2").arg(server, why),
                 {}};
}

} // namespace

Result<QString> grpcChannelTarget(const QString &server)
{
    if (server.isEmpty())
        return parseError(server, QStringLiteral("No gRPC URL is set"));
    for (const QChar c : server) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return parseError(server, QStringLiteral("net/url: invalid control character in URL"));
    }
    // Go's url.Parse: text before the first ':' is a scheme when it is one; a ':' in the first
    // path segment of a URL without a scheme ("127.0.0.1:5555") is refused.
    const qsizetype colon = server.indexOf(u':');
    const qsizetype slash = server.indexOf(u'/');
    bool scheme = colon > 0;
    for (qsizetype i = 0; scheme && i < colon; ++i)
        scheme = isSchemeChar(server.at(i), i == 0);
    if (colon == 0)
        return parseError(server, QStringLiteral("missing protocol scheme"));
    if (!scheme && colon > 0 && (slash < 0 || colon < slash))
        return parseError(server, QStringLiteral("first path segment in URL cannot contain colon"));
    QString target = server;
    if (target.startsWith(u"tcp://"))
        target.remove(0, 6);
    if (target.isEmpty())
        return parseError(server, QStringLiteral("no address after tcp://"));
    return target;
}

} // namespace Hb::Plugin
