// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hb::Ui {

// The window's colours: the desktop's, or Qt's Fusion style with a light or a dark palette.
enum class Theme { System, Light, Dark };

QString themeKey(Theme theme); // "system", "light", "dark" (as settings keep it)
Theme themeFromKey(const QString &key);

// Applies `theme` to the running application; widgets (and the QScintilla editors, on
// QEvent::PaletteChange) follow at once.
void applyTheme(Theme theme);

} // namespace Hb::Ui
