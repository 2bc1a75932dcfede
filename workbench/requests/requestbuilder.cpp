// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/requests/requestbuilder.h"

#include "workbench/requests/curlcommand.h"
#include "workbench/requests/variableexpander.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace Hb::Ui {

namespace {
constexpr QByteArrayView DefaultHost = "hookbench.local";

bool hasHeader(const NameValueList &headers, QStringView name)
{
    return std::any_of(headers.cbegin(), headers.cend(), [&](const auto &h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

// Where the request goes: the request target, and the authority of a full URL (empty for a
// bare path, which gets the default Host).
struct Destination
{
    QByteArray target;
    QString host;
};

Result<Destination> destinationOf(const QString &url)
{
    if (url.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         RequestBuilder::tr("Enter a path such as /keyless/get."));
    Destination out;
    QString target = url;
    if (target.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        target.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        // A full URL: the engine gets its path and query, the Host header its authority.
        const QUrl parsed(target);
        if (!parsed.isValid())
            return makeError(ErrorCode::InvalidInput,
                             RequestBuilder::tr("The URL %1 is not valid.").arg(target));
        out.host = parsed.authority();
        target = QString::fromUtf8(parsed.path(QUrl::FullyEncoded).toUtf8());
        if (target.isEmpty())
            target = QStringLiteral("/");
        if (parsed.hasQuery())
            target += u'?' + parsed.query(QUrl::FullyEncoded);
    } else if (!target.startsWith(u'/')) {
        target.prepend(u'/');
    }
    out.target = target.toUtf8();
    return out;
}

Result<NameValueList> expandHeaders(const NameValueList &headers, const VariableExpander &expander)
{
    NameValueList out;
    for (const auto &[name, value] : headers) {
        const auto n = expander.expand(name, RequestBuilder::tr("header name %1").arg(name));
        if (!n)
            return n.error();
        const auto v = expander.expand(value, RequestBuilder::tr("header %1").arg(name));
        if (!v)
            return v.error();
        out.append({*n, *v});
    }
    return out;
}

Result<QString> formBody(const NameValueList &formFields, const VariableExpander &expander)
{
    NameValueList fields;
    for (const auto &[name, value] : formFields) {
        const auto v = expander.expand(value, RequestBuilder::tr("form field %1").arg(name));
        if (!v)
            return v.error();
        fields.append({name, *v});
    }
    return RequestBuilder::encodeForm(fields);
}

// Raw and Json bodies; a Json body must parse unless it is blank.
Result<QString> textBody(const SavedRequest &saved, const VariableExpander &expander)
{
    auto body = expander.expand(saved.body, RequestBuilder::tr("body"));
    if (!body || saved.bodyMode != BodyMode::Json || body->trimmed().isEmpty())
        return body;
    QJsonParseError error;
    QJsonDocument::fromJson(body->toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(
            ErrorCode::InvalidInput,
            RequestBuilder::tr("The body is not valid JSON (%1); switch to Raw to send it "
                               "anyway.")
                .arg(error.errorString()));
    return body;
}

// The user's headers in their order, after a Host (the URL's authority or ours) and before the
// Content-Type the body mode implies; either is left to the user when they set it.
void addHeaders(Http::HttpRequest &r, const NameValueList &headers, const QString &host,
                BodyMode bodyMode)
{
    if (!hasHeader(headers, u"Host"))
        r.headers.add("Host", host.isEmpty() ? DefaultHost.toByteArray() : host.toUtf8());
    for (const auto &[name, value] : headers)
        r.headers.add(name.toUtf8(), value.toUtf8());
    if (!r.body.isEmpty() && !hasHeader(headers, u"Content-Type")) {
        if (bodyMode == BodyMode::Json)
            r.headers.add("Content-Type", "application/json");
        else if (bodyMode == BodyMode::Form)
            r.headers.add("Content-Type", "application/x-www-form-urlencoded");
    }
}
} // namespace

Result<Http::HttpRequest> RequestBuilder::build(const SavedRequest &saved,
                                                const Variables &variables)
{
    const VariableExpander expander(variables);
    Http::HttpRequest r;
    r.method = saved.method.trimmed().toUpper().toLatin1();
    if (r.method.isEmpty())
        r.method = "GET";

    const auto url = expander.expand(saved.url.trimmed(), tr("URL"));
    if (!url)
        return url.error();
    const auto destination = destinationOf(*url);
    if (!destination)
        return destination.error();
    r.target = destination->target;

    const auto headers = expandHeaders(saved.headers, expander);
    if (!headers)
        return headers.error();

    const auto body = saved.bodyMode == BodyMode::Form ? formBody(saved.formFields, expander)
                                                       : textBody(saved, expander);
    if (!body)
        return body.error();
    r.body = body->toUtf8();

    addHeaders(r, *headers, destination->host, saved.bodyMode);
    return r;
}

Result<NameValueList> RequestBuilder::parseHeaderLines(const QString &text)
{
    NameValueList out;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString l = lines.at(i).trimmed();
        if (l.isEmpty())
            continue;
        const qsizetype colon = l.indexOf(u':');
        if (colon <= 0)
            return makeError(ErrorCode::InvalidInput,
                             tr("Header line %1 needs \"Name: value\".").arg(i + 1));
        out.append({l.left(colon).trimmed(), l.mid(colon + 1).trimmed()});
    }
    return out;
}

QString RequestBuilder::formatHeaderLines(const NameValueList &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(name + QStringLiteral(": ") + value);
    return lines.join(u'\n');
}

QString RequestBuilder::encodeForm(const NameValueList &fields)
{
    QStringList parts;
    for (const auto &[name, value] : fields)
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'=' +
                     QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return parts.join(u'&');
}

QString RequestBuilder::toCurl(const Http::HttpRequest &request)
{
    const QByteArray host = request.headers.value("Host");
    const bool ownHost = host.isEmpty() || host == DefaultHost;
    const QString base = ownHost ? QString::fromLatin1(DefaultBaseUrl)
                                 : QStringLiteral("http://") + QString::fromUtf8(host);
    NameValueList headers;
    for (const auto &[name, value] : request.headers.fields()) {
        if (name.compare("Host", Qt::CaseInsensitive) == 0)
            continue; // curl sends the URL's authority
        headers.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    }
    return CurlCommand::format(QString::fromLatin1(request.method),
                               base + QString::fromUtf8(request.target), headers, request.body);
}

SavedRequest RequestBuilder::toSavedRequest(const Http::HttpRequest &request)
{
    SavedRequest saved;
    saved.name = QString::fromLatin1(request.method) + u' ' + QString::fromUtf8(request.path());
    saved.method = QString::fromLatin1(request.method);
    saved.url = QString::fromUtf8(request.target);
    for (const auto &[name, value] : request.headers.fields()) {
        if (name.compare("Host", Qt::CaseInsensitive) == 0 ||
            name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        saved.headers.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    }
    saved.body = QString::fromUtf8(request.body);
    return saved;
}

} // namespace Hb::Ui
