// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testupstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Hb::Test {

TestUpstream::TestUpstream(QObject *parent)
    : QObject(parent)
{
    m_server.setHandler(
        [this](quint64, Http::HttpRequest request, std::shared_ptr<Http::ResponseWriter> writer) {
            handle(std::move(request), std::move(writer));
        });
    m_server.setCancelHandler([this](quint64) { ++m_cancelledCount; });
    const Result<void> listening = m_server.listen(QHostAddress::LocalHost, 0);
    if (listening.ok())
        m_port = m_server.serverPort();
    else
        qWarning("TestUpstream: %s", qPrintable(listening.error().message));
}

// Held writers go first; the server then closes its connections without cancel callbacks.
TestUpstream::~TestUpstream() = default;

QString TestUpstream::hostPort() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString TestUpstream::url() const
{
    return QStringLiteral("http://") + hostPort();
}

void TestUpstream::setFixed(int status, const QByteArray &body, const Http::HeaderList &headers)
{
    m_mode = Mode::Fixed;
    m_fixed = Http::HttpResponse{status, headers, body};
}

QByteArray TestUpstream::echoBody(const Http::HttpRequest &request)
{
    QJsonObject headers;   // name -> value; repeated names joined with ", " as Go's Header.Get
    QJsonArray headerList; // [name, value] pairs in received order and spelling
    for (const auto &[name, value] : request.headers.fields()) {
        const QString key = QString::fromLatin1(name);
        const QString v = QString::fromLatin1(value);
        const QJsonValue prior = headers.value(key);
        headers.insert(key, prior.isString() ? prior.toString() + u", " + v : v);
        headerList.append(QJsonArray{key, v});
    }
    const QJsonObject echo{
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("target"), QString::fromLatin1(request.target)},
        {QStringLiteral("path"), QString::fromLatin1(request.path())},
        {QStringLiteral("query"), QString::fromLatin1(request.query())},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("headerList"), headerList},
        {QStringLiteral("body"), QString::fromUtf8(request.body)},
    };
    return QJsonDocument(echo).toJson(QJsonDocument::Compact);
}

void TestUpstream::handle(Http::HttpRequest request, std::shared_ptr<Http::ResponseWriter> writer)
{
    ++m_requestCount;
    m_lastRequest = request;
    Q_EMIT requestReceived();

    Http::HttpResponse response;
    switch (m_mode) {
    case Mode::Hang: m_held.append(std::move(writer)); return;
    case Mode::CloseImmediately: writer->abort(); return;
    case Mode::Fixed: response = m_fixed; break;
    case Mode::Echo:
        response.headers.add("Content-Type", "application/json");
        response.body = echoBody(request);
        break;
    }
    if (m_delayMs <= 0) {
        writer->respond(response);
        return;
    }
    // One timer per delayed reply is fine in a test; `this` as context drops it with us.
    QTimer::singleShot(m_delayMs, this,
                       [writer = std::move(writer), response = std::move(response)] {
                           writer->respond(response);
                       });
}

} // namespace Hb::Test
