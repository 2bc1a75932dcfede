// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>

namespace Hb::Coprocess {

// Go's url.ParseQuery / url.Values.Encode, which Tyk uses for query strings and form
// bodies: '&'-separated pairs, '+' is a space, percent escapes decoded; encoding sorts by
// key and escapes as QueryEscape does. Kept byte-exact so query edits by plugins produce
// the same upstream URL as in Tyk.
class FormQuery
{
public:
    using Pairs = QList<QPair<QByteArray, QByteArray>>;
    // Pairs in order, decoded. Pairs Go would reject (a ';' in the key, bad escapes) are
    // skipped, as Go skips them.
    static Pairs parse(QByteArrayView text);
    // key -> all values, in order of appearance.
    static QMap<QByteArray, QList<QByteArray>> parseValues(QByteArrayView text);
    static QByteArray encode(const QMap<QByteArray, QList<QByteArray>> &values);
    static QByteArray queryEscape(QByteArrayView text);
    // Go's QueryUnescape; false when an escape is malformed.
    static bool queryUnescape(QByteArrayView text, QByteArray &out);
};

} // namespace Hb::Coprocess
