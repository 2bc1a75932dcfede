// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace Hb::Http {

// An ordered multi-map of HTTP header fields with case-insensitive names. Order and the
// spelling of names are kept as received, so what a plugin or the upstream sees matches
// the wire.
class HeaderList
{
public:
    using Field = std::pair<QByteArray, QByteArray>;

    // First value of `name`, or an empty array when absent.
    QByteArray value(QByteArrayView name) const;
    QList<QByteArray> values(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;

    // Appends another field (keeps existing ones with the same name).
    void add(QByteArray name, QByteArray value);
    // Replaces every field named `name` with one field.
    void set(QByteArray name, QByteArray value);
    // Removes every field named `name`; returns how many were removed.
    int remove(QByteArrayView name);

    const QList<Field> &fields() const { return m_fields; }
    int size() const { return int(m_fields.size()); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    void clear() { m_fields.clear(); }
    void reserve(int n) { m_fields.reserve(n); }

    bool operator==(const HeaderList &other) const = default;

    // Go's textproto.CanonicalMIMEHeaderKey: "x-api-key" -> "X-Api-Key". Tyk hands plugins
    // and upstreams header names in this form.
    static QByteArray canonicalName(QByteArrayView name);

private:
    QList<Field> m_fields;
};

} // namespace Hb::Http
