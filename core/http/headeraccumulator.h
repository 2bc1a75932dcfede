// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/headerlist.h"

namespace Hb::Http {

// Collects header fields from http-parser's callbacks: a name or value may arrive in several
// pieces, so each is accumulated until the other kind starts. Shared by the server's request
// parser and the client's response parser.
class HeaderAccumulator
{
public:
    void reset()
    {
        m_field.clear();
        m_value.clear();
        m_lastWasValue = false;
    }
    void onField(HeaderList &into, const char *at, size_t len)
    {
        if (m_lastWasValue) {
            flush(into);
            m_lastWasValue = false;
        }
        m_field.append(at, qsizetype(len));
    }
    void onValue(const char *at, size_t len)
    {
        m_value.append(at, qsizetype(len));
        m_lastWasValue = true;
    }
    // Adds the field in progress (call when the headers are complete).
    void flush(HeaderList &into)
    {
        if (!m_field.isEmpty())
            into.add(m_field, m_value);
        m_field.clear();
        m_value.clear();
    }

private:
    QByteArray m_field;
    QByteArray m_value;
    bool m_lastWasValue = false;
};

} // namespace Hb::Http
