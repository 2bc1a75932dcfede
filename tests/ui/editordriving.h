// SPDX-License-Identifier: GPL-3.0-or-later
// Driving the main window's editors as a person does; for pane tests (they link QScintilla).
#pragma once

#include "workbench/models/apilistmodel.h"
#include "ui/editors/apipane.h"
#include "ui/mainwindow.h"
#include "ui/editors/plugineditorpane.h"

#include <QComboBox>
#include <QFile>
#include <QTableView>

#include "ui/common/qsci.h"

namespace HbTest {

// Selects the API definition served at `listenPath` in the API list.
inline void selectApi(Hb::Ui::MainWindow &window, const QString &listenPath)
{
    auto *table = window.apiPane()->findChild<QTableView *>();
    for (int row = 0; row < window.apiModel()->rowCount(); ++row) {
        if (window.apiModel()->api(row).listenPath == listenPath)
            table->selectRow(row);
    }
}

// Opens the plugin file whose list entry contains `name`.
inline void openPlugin(Hb::Ui::PluginEditorPane *pane, const QString &name)
{
    const int index = pane->fileList()->findText(name, Qt::MatchContains);
    pane->open(pane->fileList()->itemData(index).toString());
}

// Types `text` at the end, as the user would: one undoable edit (QsciScintilla::append
// empties the undo history).
inline void typeAtEnd(QsciScintilla *editor, const QString &text)
{
    const int line = editor->lines() - 1;
    editor->insertAt(text, line, int(editor->text(line).size()));
}

inline QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace HbTest
