// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"

#include <QList>
#include <QString>

namespace Hb::Ui {

// What one phase changed in the request: method, target, each header added, removed or
// changed (names compared case-insensitively, values in order), and the body (a line diff
// when it is text). No widgets.
class RequestDiff
{
public:
    struct Change
    {
        enum class Kind { Added, Removed, Changed, Note };
        Kind kind = Kind::Note;
        QString text;
        bool operator==(const Change &other) const = default;
    };

    static QList<Change> compare(const Http::HttpRequest &before, const Http::HttpRequest &after);
};

} // namespace Hb::Ui
