// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/headerlist.h"

namespace Hb::Http {

namespace {
bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

QByteArray HeaderList::value(QByteArrayView name) const
{
    for (const Field &f : m_fields) {
        if (sameName(f.first, name))
            return f.second;
    }
    return {};
}

QList<QByteArray> HeaderList::values(QByteArrayView name) const
{
    QList<QByteArray> out;
    for (const Field &f : m_fields) {
        if (sameName(f.first, name))
            out.append(f.second);
    }
    return out;
}

bool HeaderList::contains(QByteArrayView name) const
{
    for (const Field &f : m_fields) {
        if (sameName(f.first, name))
            return true;
    }
    return false;
}

void HeaderList::add(QByteArray name, QByteArray value)
{
    m_fields.append({std::move(name), std::move(value)});
}

void HeaderList::set(QByteArray name, QByteArray value)
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (sameName(m_fields[i].first, name)) {
            m_fields[i].second = std::move(value);
            // Drop later duplicates so exactly one field remains.
            for (qsizetype j = m_fields.size() - 1; j > i; --j) {
                if (sameName(m_fields[j].first, name))
                    m_fields.removeAt(j);
            }
            return;
        }
    }
    add(std::move(name), std::move(value));
}

int HeaderList::remove(QByteArrayView name)
{
    return int(m_fields.removeIf([name](const Field &f) { return sameName(f.first, name); }));
}

QByteArray HeaderList::canonicalName(QByteArrayView name)
{
    QByteArray out(name.data(), name.size());
    bool upper = true;
    for (char &c : out) {
        if (c == ' ' || (static_cast<unsigned char>(c) & 0x80))
            return QByteArray(name.data(), name.size()); // Go leaves invalid names untouched.
        if (upper && c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        else if (!upper && c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        upper = (c == '-');
    }
    return out;
}

} // namespace Hb::Http
