// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "workbench/workspace/unsavedbuffer.h"

#include <QCoreApplication>
#include <QHash>

class QsciScintilla;

namespace Hb::Ui {

class UnsavedBufferStore;

// The unsaved buffers of one editor pane, by file path as the pane spells it: the text of
// every file edited and not saved (kept while the pane shows another file), the file on disk
// each edit started from, and, when a store is set, a recovery copy of each. The pane calls
// loaded() when it reads a file, edited() on every change of the shown text and reset() when
// it saves or reverts, or lets save()/revert() do both the file and the editor. It drives
// the editor it is handed but owns no widget; GUI thread.
class EditorBuffers
{
    Q_DECLARE_TR_FUNCTIONS(Hb::Ui::EditorBuffers)
public:
    // Not owned; it must outlive this. Null keeps the buffers in memory only.
    void setStore(UnsavedBufferStore *store) { m_store = store; }

    // `path` was read from disk as `bytes`: an edit of it starts from them.
    void loaded(const QString &path, const QByteArray &bytes);
    // The shown text of `path` is `text`; `modified` is false when it is back to the file.
    void edited(const QString &path, const QString &text, bool modified);
    // `path` now holds `bytes` on disk and in the editor (saved or reverted): the unsaved
    // buffer and its recovery copy go.
    void reset(const QString &path, const QByteArray &bytes);
    // Writes the editor's text to `path` atomically (the engine never reads half a file) and
    // marks the editor and the buffer saved. The editor's signals fire; callers mute them.
    Result<void> save(QsciScintilla *editor, const QString &path);
    // Puts the file's text back in the editor as one undoable step (Ctrl+Z brings the edit,
    // and its recovery copy, back) and marks it saved; returns that text.
    Result<QString> revert(QsciScintilla *editor, const QString &path);
    // A recovery copy from an earlier run becomes the unsaved buffer of `path`.
    void restore(const QString &path, const UnsavedBuffer &buffer);

    bool isModified(const QString &path) const { return m_unsaved.contains(path); }
    QString text(const QString &path) const { return m_unsaved.value(path).text; }
    // Shows `path` in `editor`: `fileText` as the clean state, and its unsaved buffer, if it
    // has one, on top as one undoable step (undo goes back to the file, never to a state
    // that only looks saved). The editor's signals fire; callers mute their handlers.
    void show(QsciScintilla *editor, const QString &path, const QString &fileText) const;
    // Replaces the editor's whole text as one undoable step, keeping the reader's place.
    static void replaceText(QsciScintilla *editor, const QString &text);

    // The status line for `path`: empty when saved, "Not saved yet." or, for a restored
    // buffer, when it was written and whether the file changed on disk since.
    QString note(const QString &path) const;

private:
    struct Entry
    {
        QString text;
        FileFingerprint base;
        QDateTime restoredFrom; // the recovery copy's time, for restored buffers
        bool fileChanged = false;
    };

    UnsavedBufferStore *m_store = nullptr;
    QHash<QString, FileFingerprint> m_loaded; // what each file held when last read or saved
    QHash<QString, Entry> m_unsaved;
};

} // namespace Hb::Ui
