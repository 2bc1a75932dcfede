// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/rawhttpclient.h"

#include <QHostAddress>
#include <QTest>

namespace Hb::Test {

std::unique_ptr<QTcpSocket> RawHttpClient::connect(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

QByteArray RawHttpClient::readReplies(QTcpSocket &socket, int count, int timeoutMs)
{
    QByteArray all;
    (void)QTest::qWaitFor(
        [&] {
            all += socket.readAll();
            return all.count("HTTP/1.1 ") >= count ||
                   socket.state() != QAbstractSocket::ConnectedState;
        },
        timeoutMs);
    all += socket.readAll();
    return all;
}

} // namespace Hb::Test
