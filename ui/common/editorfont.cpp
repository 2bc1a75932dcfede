// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/editorfont.h"

#include "ui/common/qsci.h"
#include "ui/settings/appsettings.h"

#include <QFontDatabase>

namespace Hb::Ui {

QFont editorFont()
{
    const QString chosen = AppSettings::load().editorFont;
    QFont font;
    if (!chosen.isEmpty() && font.fromString(chosen))
        return font;
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

void applyEditorFont(QsciScintilla *editor, const QFont &font)
{
    if (QsciLexer *lexer = editor->lexer()) {
        lexer->setDefaultFont(font);
        lexer->setFont(font); // every style
    }
    editor->setFont(font);
    editor->setMarginsFont(font);
}

} // namespace Hb::Ui
