// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/workspace/recentworkspaces.h"

#include <QDir>
#include <QSettings>

namespace Hb::Ui {

namespace {
const QString Key = QStringLiteral("workspaces/recent");
}

QStringList RecentWorkspaces::list()
{
    QStringList out;
    // Folders that went away are not offered.
    for (const QString &dir : QSettings().value(Key).toStringList()) {
        if (QDir(dir).exists())
            out.append(dir);
    }
    return out;
}

QString RecentWorkspaces::lastOpenable()
{
    for (const QString &dir : list()) {
        if (QDir(dir).exists(QStringLiteral("apps")))
            return dir;
    }
    return {};
}

void RecentWorkspaces::add(const QString &directory)
{
    const QString absolute = QDir(directory).absolutePath();
    QStringList recent = QSettings().value(Key).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(Key, recent.mid(0, Capacity));
}

} // namespace Hb::Ui
