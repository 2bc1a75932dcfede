// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/gotime.h"

#include <QByteArray>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Hb::Analytics {

// The subset of msgpack that gopkg.in/vmihailenco/msgpack.v2's Encoder writes for an
// analytics record, with its choices of form (see AnalyticsMsgpack). Appends to bytes().
class MsgpackWriter
{
public:
    const QByteArray &bytes() const { return m_bytes; }

    void nil();
    void boolean(bool v);
    // Smallest form: positive fixint, uint8/16/32/64.
    void uinteger(quint64 v);
    // v >= 0 as uinteger (v2's EncodeInt64); below 0 negative fixint, int8/16/32/64.
    void integer(qint64 v);
    // Always 0xcb: Go's float64 is never shortened.
    void float64(double v);
    void string(const QString &s);
    void arrayHeader(quint64 n);
    void mapHeader(quint64 n);
    void key(const char *name);
    // v2's EncodeTime: [Unix seconds, nanoseconds].
    void time(const GoTime &t);
    // nil for nullopt.
    void stringList(const std::optional<QStringList> &list);
    // A Go interface{} value: null, bool, integers, double, string, list, map.
    void variant(const QVariant &v);

private:
    void head(quint8 code, quint64 value, int size);

    QByteArray m_bytes;
};

} // namespace Hb::Analytics
