// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/msgpackwriter.h"

#include <QVariantMap>

#include <cstring>

namespace Hb::Analytics {

void MsgpackWriter::nil()
{
    m_bytes.append(char(0xc0));
}

void MsgpackWriter::boolean(bool v)
{
    m_bytes.append(char(v ? 0xc3 : 0xc2));
}

void MsgpackWriter::uinteger(quint64 v)
{
    if (v <= 0x7f)
        m_bytes.append(char(v));
    else if (v <= 0xff)
        head(0xcc, v, 1);
    else if (v <= 0xffff)
        head(0xcd, v, 2);
    else if (v <= 0xffffffffULL)
        head(0xce, v, 4);
    else
        head(0xcf, v, 8);
}

void MsgpackWriter::integer(qint64 v)
{
    if (v >= 0)
        return uinteger(quint64(v));
    if (v >= -32)
        m_bytes.append(char(quint8(v)));
    else if (v >= -128)
        head(0xd0, quint64(v), 1);
    else if (v >= -32768)
        head(0xd1, quint64(v), 2);
    else if (v >= -2147483648LL)
        head(0xd2, quint64(v), 4);
    else
        head(0xd3, quint64(v), 8);
}

void MsgpackWriter::float64(double v)
{
    quint64 bits;
    std::memcpy(&bits, &v, sizeof bits);
    head(0xcb, bits, 8);
}

void MsgpackWriter::string(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    const auto n = quint64(utf8.size());
    if (n < 32)
        m_bytes.append(char(0xa0 | n));
    else if (n <= 0xff)
        head(0xd9, n, 1);
    else if (n <= 0xffff)
        head(0xda, n, 2);
    else
        head(0xdb, n, 4);
    m_bytes.append(utf8);
}

void MsgpackWriter::arrayHeader(quint64 n)
{
    if (n < 16)
        m_bytes.append(char(0x90 | n));
    else if (n <= 0xffff)
        head(0xdc, n, 2);
    else
        head(0xdd, n, 4);
}

void MsgpackWriter::mapHeader(quint64 n)
{
    if (n < 16)
        m_bytes.append(char(0x80 | n));
    else if (n <= 0xffff)
        head(0xde, n, 2);
    else
        head(0xdf, n, 4);
}

void MsgpackWriter::key(const char *name)
{
    string(QString::fromLatin1(name));
}

void MsgpackWriter::time(const GoTime &t)
{
    // v2's EncodeTime: 0x92, EncodeInt64(t.Unix()), EncodeInt(t.Nanosecond()).
    arrayHeader(2);
    integer(t.unixSecs());
    integer(t.nanos());
}

void MsgpackWriter::stringList(const std::optional<QStringList> &list)
{
    if (!list)
        return nil();
    arrayHeader(quint64(list->size()));
    for (const QString &s : *list)
        string(s);
}

void MsgpackWriter::variant(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool: return boolean(v.toBool());
    case QMetaType::Int:
    case QMetaType::LongLong: return integer(v.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong: return uinteger(v.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float: return float64(v.toDouble());
    case QMetaType::QString: return string(v.toString());
    case QMetaType::QVariantList: {
        const QVariantList list = v.toList();
        arrayHeader(quint64(list.size()));
        for (const QVariant &e : list)
            variant(e);
        return;
    }
    case QMetaType::QVariantMap: {
        const QVariantMap map = v.toMap();
        mapHeader(quint64(map.size()));
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            string(it.key());
            variant(it.value());
        }
        return;
    }
    default: return nil();
    }
}

void MsgpackWriter::head(quint8 code, quint64 value, int size)
{
    m_bytes.append(char(code));
    for (int i = size - 1; i >= 0; --i)
        m_bytes.append(char((value >> (8 * i)) & 0xff));
}

} // namespace Hb::Analytics
