// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/installeddata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Hb {

QString installedDataDir(const QString &name, const QString &buildTreeDir)
{
    if (QCoreApplication::instance()) {
        const QString installed =
            QDir(QCoreApplication::applicationDirPath())
                .absoluteFilePath(QStringLiteral("../share/hookbench/") + name);
        if (QFileInfo(installed).isDir())
            return QDir::cleanPath(installed);
    }
    return buildTreeDir;
}

} // namespace Hb
