// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/httpwire.h"

namespace Hb::Http {

namespace {
bool sameName(const QByteArray &a, const char *b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool framingHeader(const QByteArray &name)
{
    return sameName(name, "Content-Length") || sameName(name, "Transfer-Encoding");
}

void appendField(QByteArray &out, const QByteArray &name, const QByteArray &value)
{
    out += name;
    out += ": ";
    out += value;
    out += "\r\n";
}
} // namespace

QByteArray HttpWire::response(const HttpResponse &r, bool headRequest, Connection connection)
{
    const bool hasBody = statusHasBody(r.status);
    const bool writeBody = hasBody && !headRequest;
    QByteArray out;
    out.reserve(96 + (writeBody ? r.body.size() : 0) + r.headers.size() * 40);
    out += "HTTP/1.1 ";
    out += QByteArray::number(r.status);
    out += ' ';
    const QByteArray reason = HttpResponse::reasonPhrase(r.status);
    // Go's net/http writes "status code N" for codes without a reason phrase (server.go,
    // writeStatusLine).
    out += reason.isEmpty() ? "status code " + QByteArray::number(r.status) : reason;
    out += "\r\n";

    QByteArray givenLength;
    bool hasConnection = false;
    for (const auto &[name, value] : r.headers.fields()) {
        if (framingHeader(name)) {
            if (givenLength.isEmpty() && sameName(name, "Content-Length"))
                givenLength = value;
            continue;
        }
        if (sameName(name, "Connection")) {
            if (connection == Connection::Close)
                continue; // written below
            hasConnection = true;
        }
        appendField(out, name, value);
    }
    if (hasBody) {
        out += "Content-Length: ";
        if (headRequest && r.body.isEmpty() && !givenLength.isEmpty())
            out += givenLength;
        else
            out += QByteArray::number(r.body.size());
        out += "\r\n";
    }
    if (connection == Connection::Close)
        out += "Connection: close\r\n";
    else if (connection == Connection::KeepAlive && !hasConnection)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (writeBody)
        out += r.body;
    return out;
}

QByteArray HttpWire::request(const HttpRequest &r)
{
    QByteArray out;
    out.reserve(64 + r.method.size() + r.target.size() + r.body.size() + r.headers.size() * 40);
    out += r.method;
    out += ' ';
    out += r.target.isEmpty() ? QByteArray("/") : r.target;
    out += " HTTP/1.1\r\n";
    for (const auto &[name, value] : r.headers.fields()) {
        if (!framingHeader(name))
            appendField(out, name, value);
    }
    if (!r.body.isEmpty() || r.method == "POST" || r.method == "PUT" || r.method == "PATCH") {
        out += "Content-Length: ";
        out += QByteArray::number(r.body.size());
        out += "\r\n";
    }
    out += "\r\n";
    out += r.body;
    return out;
}

} // namespace Hb::Http
