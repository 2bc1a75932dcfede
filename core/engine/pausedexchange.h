// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Hb::Engine {

// A request parked at a breakpoint, as the step debugger shows it: a value copied out of the
// engine, safe to hand to another thread.
struct PausedExchange
{
    quint64 id = 0;
    QString apiId;
    QString phase; // the phase it will run next
    Http::HttpRequest request;
    // The session auth found (or a plugin set), as JSON indented by two spaces; nullopt
    // before auth and on keyless APIs. Text rather than a Session::SessionState so the GUI's
    // headers that hold these need no JSON library.
    std::optional<QByteArray> sessionJson;

    bool operator==(const PausedExchange &other) const = default;
};

} // namespace Hb::Engine
