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
};

} // namespace Hb::Ui
