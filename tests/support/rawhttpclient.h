// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QTcpSocket>

#include <memory>

namespace Hb::Test {

// A client that writes raw bytes to a loopback server and reads what comes back, for tests
// that need requests no well-behaved client would send. Used on the test's thread.
class RawHttpClient
{
public:
    // A socket connected to 127.0.0.1:`port`, or null after 5 s.
    static std::unique_ptr<QTcpSocket> connect(quint16 port);
    // Reads until `count` replies (by their status lines) arrived or the socket closed.
    static QByteArray readReplies(QTcpSocket &socket, int count, int timeoutMs = 5000);
};

} // namespace Hb::Test
