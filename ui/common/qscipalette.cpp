// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/qscipalette.h"

#include <QPalette>

#include "ui/common/qsci.h"

namespace Hb::Ui {

void applyPaletteToEditor(QsciScintilla *editor, const QPalette &pal)
{
    QsciLexer *lexer = editor->lexer();
    if (!lexer)
        return;
    const QColor base = pal.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    lexer->setDefaultPaper(base);
    lexer->setPaper(base); // every style
    for (int style = 0; style <= QsciScintillaBase::STYLE_MAX; ++style) {
        if (lexer->description(style).isEmpty())
            continue;
        QColor colour = lexer->defaultColor(style);
        if (dark && colour.lightness() < 160)
            colour = QColor::fromHsl(colour.hslHue(), colour.hslSaturation(), 175);
        lexer->setColor(colour, style);
    }
    editor->setCaretForegroundColor(pal.color(QPalette::Text));
    editor->setMarginsBackgroundColor(pal.color(QPalette::Window));
    editor->setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));
    editor->setFoldMarginColors(pal.color(QPalette::Window), pal.color(QPalette::Window));
    editor->setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    editor->setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
}

} // namespace Hb::Ui
