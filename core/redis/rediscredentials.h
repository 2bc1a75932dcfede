// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace Hb::Redis {

// What a connection sends as AUTH (tyk.conf storage.username / storage.password, or the
// user and password of a redis:// URL). No password: no AUTH.
struct RedisCredentials
{
    QByteArray username; // Redis 6 ACL user; empty: the default user
    QByteArray password;

    bool isEmpty() const { return password.isEmpty(); }
    // AUTH [username] password.
    QByteArrayList authCommand() const
    {
        return username.isEmpty() ? QByteArrayList{"AUTH", password}
                                  : QByteArrayList{"AUTH", username, password};
    }
};

} // namespace Hb::Redis
