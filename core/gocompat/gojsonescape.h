// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <string_view>

namespace Hb::GoCompat {

// What Go's encoding/json adds to a dumped document to make it safe inside HTML: <, > and &
// become \u003c, \u003e and \u0026, U+2028 and U+2029 become \u2028 and \u2029. These only
// occur inside strings of a JSON text, so replacing them in nlohmann's output is exact.
QByteArray goJsonHtmlEscape(std::string_view json);

} // namespace Hb::GoCompat
