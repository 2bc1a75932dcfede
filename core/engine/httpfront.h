// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/http/httpserver.h"

#include <QHash>
#include <QObject>

namespace Hb::Engine {

class Engine;

// The HTTP front real clients call: every request the server parses goes to Engine::submit,
// and a client that disconnects cancels its exchange. Lives on the engine thread.
class HttpFront : public QObject
{
    Q_OBJECT
public:
    explicit HttpFront(Engine &engine, QObject *parent = nullptr);

    Result<void> listen(const QHostAddress &address, quint16 port);
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    Http::HttpServer &server() { return m_server; }

private:
    Engine &m_engine;
    Http::HttpServer m_server;
    QHash<quint64, quint64> m_exchangeByRequest; // server request id -> engine exchange id
};

} // namespace Hb::Engine
