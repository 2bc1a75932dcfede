// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/result.h"

namespace Hb {

QString SourceLocation::toString() const
{
    QString out = file;
    if (line > 0) {
        out += u':' + QString::number(line);
        if (column > 0)
            out += u':' + QString::number(column);
    }
    if (!phase.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral(" ")) + u'[' + phase + u']';
    return out;
}

QString Error::toString() const
{
    const QString where_ = where.toString();
    return where_.isEmpty() ? message : where_ + QStringLiteral(": ") + message;
}

} // namespace Hb
