// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/headerlist.h"

#include <algorithm>

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
    const auto same = [&name](const Field &f) { return sameName(f.first, name); };
    const auto first = std::find_if(m_fields.begin(), m_fields.end(), same);
    if (first == m_fields.end()) {
        add(std::move(name), std::move(value));
        return;
    }
    first->second = std::move(value);
    // Later duplicates go in one pass, so exactly one field remains: removing them one at a
    // time moves the tail each time, quadratic in a request with many repeated fields.
    m_fields.erase(std::remove_if(first + 1, m_fields.end(), same), m_fields.end());
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
