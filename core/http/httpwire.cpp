// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/httpwire.h"

namespace Hb::Http {

namespace {
bool framingHeader(const QByteArray &name)
{
    return name.compare("Content-Length", Qt::CaseInsensitive) == 0 ||
           name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0;
}
} // namespace

QByteArray HttpWire::response(const HttpResponse &r, bool headRequest, bool close)
{
    QByteArray out;
    out.reserve(128 + r.body.size() + r.headers.size() * 32);
    out += "HTTP/1.1 ";
    out += QByteArray::number(r.status);
    out += ' ';
    QByteArray reason = HttpResponse::reasonPhrase(r.status);
    out += reason.isEmpty() ? QByteArray("Unknown") : reason;
    out += "\r\n";
    bool hasConnection = false;
    for (const auto &[name, value] : r.headers.fields()) {
        if (framingHeader(name))
            continue;
        if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            if (close)
                continue; // written below
            hasConnection = true;
        }
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    const bool body = statusHasBody(r.status);
    if (body) {
        out += "Content-Length: ";
        out += QByteArray::number(r.body.size());
        out += "\r\n";
    }
    if (close)
        out += "Connection: close\r\n";
    Q_UNUSED(hasConnection)
    out += "\r\n";
    if (body && !headRequest)
        out += r.body;
    return out;
}

QByteArray HttpWire::request(const HttpRequest &r)
{
    QByteArray out;
    out.reserve(64 + r.target.size() + r.body.size() + r.headers.size() * 32);
    out += r.method;
    out += ' ';
    out += r.target.isEmpty() ? QByteArray("/") : r.target;
    out += " HTTP/1.1\r\n";
    for (const auto &[name, value] : r.headers.fields()) {
        if (framingHeader(name))
            continue;
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
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
