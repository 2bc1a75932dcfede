// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Hb::Ui {

// The workspaces opened lately, newest first, kept in QSettings ("workspaces/recent").
class RecentWorkspaces
{
public:
    static constexpr int Capacity = 8;

    static QStringList list();
    // Moves `directory` (made absolute) to the front.
    static void add(const QString &directory);
    // The newest workspace that can still be opened (it has an apps folder): where the GUI
    // starts when no workspace is named. Empty on first start.
    static QString lastOpenable();
};

} // namespace Hb::Ui
