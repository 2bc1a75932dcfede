// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/jsonhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QTextCharFormat>

namespace Hb::Ui {

namespace {
bool darkBase()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QTextCharFormat colour(const QColor &light, const QColor &dark)
{
    QTextCharFormat f;
    f.setForeground(darkBase() ? dark : light);
    return f;
}
} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // One token at a time: a string (a key when a colon follows), a number, a literal.
    static const QRegularExpression token(QStringLiteral(
        "(\"(?:[^\"\\\\]|\\\\.)*\")(\\s*:)?|(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)|\\b(true|false|"
        "null)\\b"));
    const QTextCharFormat key = colour(QColor(0x0b, 0x5c, 0xad), QColor(0x8c, 0xc4, 0xff));
    const QTextCharFormat string = colour(QColor(0x2e, 0x7d, 0x32), QColor(0xa5, 0xd6, 0xa7));
    const QTextCharFormat number = colour(QColor(0xad, 0x14, 0x57), QColor(0xf4, 0x8f, 0xb1));
    const QTextCharFormat literal = colour(QColor(0x6a, 0x1b, 0x9a), QColor(0xce, 0x93, 0xd8));
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0)
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)),
                      m.capturedLength(2) > 0 ? key : string);
        else if (m.capturedLength(3) > 0)
            setFormat(int(m.capturedStart(3)), int(m.capturedLength(3)), number);
        else if (m.capturedLength(4) > 0)
            setFormat(int(m.capturedStart(4)), int(m.capturedLength(4)), literal);
    }
}

} // namespace Hb::Ui
