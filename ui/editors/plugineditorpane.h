// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/diagnostic.h"
#include "ui/editors/editorbuffers.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QsciScintilla;

namespace Hb::Ui {

class EngineBridge;
class UnsavedBufferStore;

// Plugin sources of the workspace (Python, Lua, JavaScript files under its bundles and
// apps folders) in an editor with the language's lexer. Saving writes the file atomically
// and reloads the engine, which loads the changed code; load errors are marked at their
// line. Edits not saved stay with their file when another one is opened (marked "•" in the
// list) and, with a store, are kept on disk until saved or reverted.
class PluginEditorPane final : public QWidget
{
    Q_OBJECT
public:
    explicit PluginEditorPane(EngineBridge &bridge, QWidget *parent = nullptr);

    QsciScintilla *editor() const { return m_editor; }
    QComboBox *fileList() const { return m_files; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *revertButton() const { return m_revert; }
    QString currentFile() const { return m_file; }
    // Opens `path` (absolute) in the editor: its unsaved buffer if it has one, else the file.
    void open(const QString &path);
    // Opens `path` with the cursor on `line` (1-based), shown.
    void openAt(const QString &path, int line);
    // Writes the editor's text to the current file and reloads the engine.
    bool save();
    // Reads the current file from disk again; its unsaved edit and recovery copy go (the
    // editor can still undo the revert).
    bool revert();
    // Whether `path` has edits not saved.
    bool isModified(const QString &path) const { return m_buffers.isModified(path); }

    // Keeps recovery copies of unsaved edits in `store` (not owned; null: none).
    void setUnsavedBufferStore(UnsavedBufferStore *store) { m_buffers.setStore(store); }
    // Shows a recovered buffer as the unsaved edit of its file; false when this pane does
    // not list that file.
    bool restoreUnsaved(const UnsavedBuffer &buffer);
    // Lines of the current file marked with a load error (1-based).
    QList<int> markedLines() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rescan();
    void textEdited();
    // Marks the list entry of `path` when it has unsaved edits.
    void markFile(const QString &path);
    void showDiagnostics(const QString &error, const Api::Diagnostics &diagnostics);

    EngineBridge &m_bridge;
    QComboBox *m_files;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
    QsciScintilla *m_editor;
    QString m_file;
    EditorBuffers m_buffers;
    bool m_loading = false;   // the editor's text is being replaced, not edited
    bool m_savedHere = false; // the pending reload follows this pane's save()
    int m_errorMarker = 0;
};

} // namespace Hb::Ui
