// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Hb::Redis {

// One Redis reply copied out of hiredis (which frees its own reply when the callback
// returns), so callers never see a hiredis type.
struct RedisReply
{
    enum class Type { Nil, Status, Error, Integer, String, Array };
    Type type = Type::Nil;
    qint64 integer = 0;         // Integer
    QByteArray string;          // Status, Error, String
    QList<RedisReply> elements; // Array

    bool isNil() const { return type == Type::Nil; }
    bool isError() const { return type == Type::Error; }
};

} // namespace Hb::Redis
