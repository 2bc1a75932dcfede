// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/headerlist.h"

#include <QByteArray>

namespace Hb::Http {

struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    bool operator==(const HttpResponse &other) const = default;

    // The standard reason phrase for `status` ("OK", "Not Found"; "" when unknown).
    static QByteArray reasonPhrase(int status);
};

} // namespace Hb::Http
