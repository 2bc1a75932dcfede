// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/diagnostic.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QsciScintilla;

namespace Hb::Ui {

class EngineBridge;

// Plugin sources of the workspace (Python, Lua, JavaScript files under its bundles and
// apps folders) in an editor with the language's lexer. Saving writes the file atomically
// and reloads the engine, which loads the changed code; load errors are marked at their
// line.
class PluginEditorPane final : public QWidget
{
    Q_OBJECT
public:
    explicit PluginEditorPane(EngineBridge &bridge, QWidget *parent = nullptr);

    QsciScintilla *editor() const { return m_editor; }
    QComboBox *fileList() const { return m_files; }
    QLabel *statusLabel() const { return m_status; }
    QString currentFile() const { return m_file; }
    // Opens `path` (absolute) in the editor.
    void open(const QString &path);
    // Writes the editor's text to the current file and reloads the engine.
    bool save();
    // Lines of the current file marked with a load error (1-based).
    QList<int> markedLines() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rescan();
    void showDiagnostics(const QString &error, const Api::Diagnostics &diagnostics);

    EngineBridge &m_bridge;
    QComboBox *m_files;
    QPushButton *m_save;
    QLabel *m_status;
    QsciScintilla *m_editor;
    QString m_file;
    int m_errorMarker = 0;
};

} // namespace Hb::Ui
