// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/atomicfile.h"

#include <QSaveFile>

namespace Hb {

Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError(ErrorCode::Io, file.errorString(), {path});
    return {};
}

} // namespace Hb
