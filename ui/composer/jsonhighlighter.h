// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>

namespace Hb::Ui {

// Colours pretty-printed JSON in a text view: keys, strings, numbers and true/false/null,
// with colours that read on the palette's base (light or dark).
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace Hb::Ui
