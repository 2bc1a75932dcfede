// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/editorbuffers.h"

#include "workbench/workspace/unsavedbufferstore.h"

#include "core/common/atomicfile.h"

#include <QFile>
#include <QLocale>

#include "ui/common/qsci.h"

namespace Hb::Ui {

void EditorBuffers::loaded(const QString &path, const QByteArray &bytes)
{
    m_loaded.insert(path, FileFingerprint::of(path, bytes));
}

void EditorBuffers::edited(const QString &path, const QString &text, bool modified)
{
    if (path.isEmpty())
        return;
    if (!modified) {
        // Undone back to the file: nothing to keep.
        if (m_unsaved.remove(path) && m_store)
            m_store->discard(path);
        return;
    }
    auto it = m_unsaved.find(path);
    if (it == m_unsaved.end())
        it = m_unsaved.insert(path, Entry{{}, m_loaded.value(path), {}, false});
    it->text = text;
    if (m_store)
        m_store->update(path, text, it->base);
}

Result<void> EditorBuffers::save(QsciScintilla *editor, const QString &path)
{
    const QByteArray bytes = editor->text().toUtf8();
    if (Result<void> written = writeFileAtomically(path, bytes); !written)
        return written;
    editor->setModified(false);
    reset(path, bytes);
    return {};
}

Result<QString> EditorBuffers::revert(QsciScintilla *editor, const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, file.errorString(), {path});
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    replaceText(editor, text);
    editor->setModified(false);
    reset(path, bytes);
    return text;
}

void EditorBuffers::reset(const QString &path, const QByteArray &bytes)
{
    loaded(path, bytes);
    m_unsaved.remove(path);
    // Also when nothing is tracked here: a copy restored elsewhere must not outlive a save.
    if (m_store)
        m_store->discard(path);
}

void EditorBuffers::restore(const QString &path, const UnsavedBuffer &buffer)
{
    m_unsaved.insert(path, Entry{buffer.text, buffer.base, buffer.writtenAt, buffer.fileChanged});
}

void EditorBuffers::show(QsciScintilla *editor, const QString &path, const QString &fileText) const
{
    // QsciScintilla::setText empties the undo history and leaves Scintilla's save point at
    // the new text, whatever isModified() says; so the unsaved text goes on as an edit.
    editor->setText(fileText);
    editor->setModified(false);
    const auto it = m_unsaved.constFind(path);
    if (it == m_unsaved.cend())
        return;
    editor->selectAll();
    editor->replaceSelectedText(it->text);
    editor->setCursorPosition(0, 0);
}

void EditorBuffers::replaceText(QsciScintilla *editor, const QString &text)
{
    int line = 0;
    int index = 0;
    editor->getCursorPosition(&line, &index);
    const int firstVisible = editor->firstVisibleLine();
    editor->selectAll();
    editor->replaceSelectedText(text);
    editor->setFirstVisibleLine(firstVisible);
    editor->setCursorPosition(line, index);
}

QString EditorBuffers::note(const QString &path) const
{
    const auto it = m_unsaved.constFind(path);
    if (it == m_unsaved.cend())
        return {};
    if (!it->restoredFrom.isValid())
        return tr("Not saved yet.");
    const QString when = QLocale().toString(it->restoredFrom.toLocalTime(), QLocale::ShortFormat);
    if (it->fileChanged)
        return tr("Restored unsaved edits from %1. The file on disk has changed since the edit "
                  "began: saving replaces those changes.")
            .arg(when);
    return tr("Restored unsaved edits from %1; not saved yet.").arg(when);
}

} // namespace Hb::Ui
