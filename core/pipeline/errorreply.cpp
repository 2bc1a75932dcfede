// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/errorreply.h"

namespace Hb::Pipeline {

namespace {
// The XML content type to answer with, or empty for JSON. Tyk compares the part before ';'
// exactly (no trimming, no case folding) and echoes that type back.
QByteArray xmlType(const Http::HttpRequest &request)
{
    QByteArray type = request.headers.value("Content-Type");
    const qsizetype semi = type.indexOf(';');
    if (semi >= 0)
        type.truncate(semi);
    if (type == "application/xml" || type == "text/xml" || type == "application/soap+xml")
        return type;
    return {};
}

QByteArray htmlEscape(const QString &message)
{
    // Go's html/template escaping of the message inside the XML template.
    QByteArray out;
    for (const QChar c : message) {
        switch (c.unicode()) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&#34;"; break;
        case '\'': out += "&#39;"; break;
        case QChar::Null: out += "\uFFFD"; break;
        default: out += QString(c).toUtf8();
        }
    }
    return out;
}
} // namespace

QByteArray ErrorReply::jsonEscape(const QString &message)
{
    const QByteArray utf8 = message.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 8);
    static const char hex[] = "0123456789abcdef";
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += char(c);
            }
        }
    }
    return out;
}

Http::HttpResponse ErrorReply::make(int status, const QString &message,
                                    const Http::HttpRequest &request,
                                    const ErrorReplyOptions &options)
{
    Http::HttpResponse response;
    response.status = status;
    if (const QByteArray xml = xmlType(request); !xml.isEmpty()) {
        response.headers.add("Content-Type", xml);
        response.body = "<?xml version = \"1.0\" encoding = \"UTF-8\"?>\n<error>" +
                        htmlEscape(message) + "</error>\n";
    } else {
        response.headers.add("Content-Type", "application/json");
        response.body = "{\n    \"error\": \"" + jsonEscape(message) + "\"\n}";
    }
    if (!options.hideGeneratorHeader)
        response.headers.add("X-Generator", "tyk.io");
    if (options.closeConnections)
        response.headers.add("Connection", "close");
    return response;
}

} // namespace Hb::Pipeline
