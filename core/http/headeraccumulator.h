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
        m_skipWhitespace = false;
    }
    void onField(HeaderList &into, const char *at, size_t len)
    {
        if (m_lastWasValue) {
            flush(into);
            m_lastWasValue = false;
        }
        m_field.append(at, qsizetype(len));
    }
    // `folded`: this piece starts a continuation line (obs-fold) rather than continuing the
    // bytes of the last read. As Go's textproto does (reader.go, readContinuedLineSlice), the
    // line break and the white space around it become one space.
    void onValue(const char *at, size_t len, bool folded = false)
    {
        if (folded) {
            trimTrailingWhitespace();
            m_skipWhitespace = true;
        }
        if (m_skipWhitespace) {
            while (len > 0 && (*at == ' ' || *at == '\t')) {
                ++at;
                --len;
            }
            if (len == 0)
                return;
            if (!m_value.isEmpty())
                m_value.append(' ');
            m_skipWhitespace = false;
        }
        m_value.append(at, qsizetype(len));
        m_lastWasValue = true;
    }
    // Adds the field in progress (call when the headers are complete). Trailing white space
    // is not part of a value (RFC 9110 5.5; Go's textproto trims it too).
    void flush(HeaderList &into)
    {
        trimTrailingWhitespace();
        if (!m_field.isEmpty())
            into.add(m_field, m_value);
        m_field.clear();
        m_value.clear();
        m_skipWhitespace = false;
    }

private:
    void trimTrailingWhitespace()
    {
        qsizetype n = m_value.size();
        while (n > 0 && (m_value.at(n - 1) == ' ' || m_value.at(n - 1) == '\t'))
            --n;
        m_value.truncate(n);
    }

    QByteArray m_field;
    QByteArray m_value;
    bool m_lastWasValue = false;
    bool m_skipWhitespace = false; // after a fold, until the continued value's first byte
};

} // namespace Hb::Http
