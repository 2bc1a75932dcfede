// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Hb::Plugin {

// How Go strings (bytes) become JS strings (UTF-16) and back, as Tyk's engines do it. Valid
// UTF-8 maps one to one. An invalid byte becomes U+FFFD in goja; otto keeps Go's bytes, which
// is emulated by mapping the byte to the lone surrogate U+DC80 + byte and back again (so a
// binary body survives b64dec/b64enc unchanged, as Tyk's TestJSVMBody requires).
class JsStrings
{
public:
    static QString fromBytes(const QByteArray &bytes, bool keepInvalidBytes);
    static QByteArray toBytes(const QString &text, bool keepInvalidBytes);
};

} // namespace Hb::Plugin
