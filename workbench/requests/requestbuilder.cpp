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
    if (url->isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Enter a path such as /keyless/get."));
    QString host;
    QString target = *url;
    if (target.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        target.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        // A full URL: the engine gets its path and query, the Host header its authority.
        const QUrl parsed(target);
        if (!parsed.isValid())
            return makeError(ErrorCode::InvalidInput, tr("The URL %1 is not valid.").arg(target));
        host = parsed.authority();
        target = QString::fromUtf8(parsed.path(QUrl::FullyEncoded).toUtf8());
        if (target.isEmpty())
            target = QStringLiteral("/");
        if (parsed.hasQuery())
            target += u'?' + parsed.query(QUrl::FullyEncoded);
    } else if (!target.startsWith(u'/')) {
        target.prepend(u'/');
    }
    r.target = target.toUtf8();

    NameValueList headers;
    for (const auto &[name, value] : saved.headers) {
        const auto n = expander.expand(name, tr("header name %1").arg(name));
        if (!n)
            return n.error();
        const auto v = expander.expand(value, tr("header %1").arg(name));
        if (!v)
            return v.error();
        headers.append({*n, *v});
    }

    QString body;
    if (saved.bodyMode == BodyMode::Form) {
        NameValueList fields;
        for (const auto &[name, value] : saved.formFields) {
            const auto v = expander.expand(value, tr("form field %1").arg(name));
            if (!v)
                return v.error();
            fields.append({name, *v});
        }
        body = encodeForm(fields);
    } else {
        const auto b = expander.expand(saved.body, tr("body"));
        if (!b)
            return b.error();
        body = *b;
        if (saved.bodyMode == BodyMode::Json && !body.trimmed().isEmpty()) {
            QJsonParseError error;
            QJsonDocument::fromJson(body.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError)
                return makeError(ErrorCode::InvalidInput,
                                 tr("The body is not valid JSON (%1); switch to Raw to send it "
                                    "anyway.")
                                     .arg(error.errorString()));
        }
    }
    r.body = body.toUtf8();

    if (!hasHeader(headers, u"Host"))
        r.headers.add("Host", host.isEmpty() ? DefaultHost.toByteArray() : host.toUtf8());
    for (const auto &[name, value] : std::as_const(headers))
        r.headers.add(name.toUtf8(), value.toUtf8());
    if (!r.body.isEmpty() && !hasHeader(headers, u"Content-Type")) {
        if (saved.bodyMode == BodyMode::Json)
            r.headers.add("Content-Type", "application/json");
        else if (saved.bodyMode == BodyMode::Form)
            r.headers.add("Content-Type", "application/x-www-form-urlencoded");
    }
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

} // namespace Hb::Ui
