// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPalette;
class QsciScintilla;

namespace Hb::Ui {

// QScintilla paints its own colours; this puts an editor and its lexer on the widget palette
// (dark or light). Lexer colours are chosen for white paper, so on dark paper each keeps its
// hue and is lifted to a readable lightness. Call again on QEvent::PaletteChange.
void applyPaletteToEditor(QsciScintilla *editor, const QPalette &palette);

} // namespace Hb::Ui
