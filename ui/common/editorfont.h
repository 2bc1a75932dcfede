// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

class QsciScintilla;

namespace Hb::Ui {

// The font code editors use: the one chosen in the settings, else the system's fixed font.
QFont editorFont();

// Puts `font` on an editor, its lexer's styles and its margins.
void applyEditorFont(QsciScintilla *editor, const QFont &font);

} // namespace Hb::Ui
