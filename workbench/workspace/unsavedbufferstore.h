// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/workspace/unsavedbuffer.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QElapsedTimer>
#include <QTimer>

namespace Hb::Ui {

// Recovery copies of the editors' unsaved buffers for one workspace, one JSON file per edited
// file in a directory of their own (directoryFor), so edits survive a crash or a close
// without saving and come back at the next start ("hot exit"). Lives on the GUI thread; no
// widgets.
//
// update() is called on every edit; the copy is written a quiet period (writeDelay, 1 s)
// after the last one, atomically, on a one-thread pool, so typing never waits on the disk.
// Writes and removals run in the order they were asked for: an older text never lands after
// a newer one, and a removal is never undone by a write queued before it.
class UnsavedBufferStore : public QObject
{
    Q_OBJECT
public:
    // Copies live in `directory`, which is made on the first write.
    explicit UnsavedBufferStore(const QString &directory, QObject *parent = nullptr);
    // Writes what is pending and waits for the writer.
    ~UnsavedBufferStore() override;

    // AppLocalDataLocation/recovery/<SHA-1 of the workspace's canonical path>.
    static QString directoryFor(const QString &workspace);
    QString directory() const { return m_directory; }
    // Where the copy of `file` is (or would be) kept.
    QString copyPath(const QString &file) const;

    struct Recovered
    {
        QList<UnsavedBuffer> buffers; // oldest first; fileChanged is set
        QStringList problems;         // copies that cannot be read (kept, not deleted)
    };
    // Reads the copies left by an earlier run (at start, on the GUI thread: a few small files).
    // A copy whose text is what its file holds now (the save landed, the removal did not) is
    // removed and not returned.
    Recovered recover();

    // The buffer of `file` now reads `text`, edited from `base`; written after the delay.
    void update(const QString &file, const QString &text, const FileFingerprint &base);
    // The buffer was saved or reverted: its copy goes, and so does a pending write.
    void discard(const QString &file);

    void setWriteDelay(int ms) { m_timer.setInterval(ms); }
    bool hasPendingWrites() const { return m_timer.isActive(); }
    // Writes what is pending now and waits until every write and removal is done (at close).
    void flush();

Q_SIGNALS:
    // After each write, on the GUI thread; `error` is empty when it worked.
    void written(const QString &file, const QString &error);

private:
    void startWrites();
    void enqueueRemoval(const QString &file);
    QString keyOf(const QString &file) const;

    QString m_directory;
    QHash<QString, UnsavedBuffer> m_pending; // key (canonical path) -> newest text
    mutable QHash<QString, QString> m_keys;  // path as the panes spell it -> key
    QTimer m_timer;
    QElapsedTimer m_pendingSince; // since the oldest edit not written yet
    static constexpr int MaxDelaysWithoutACopy = 5;
    QThreadPool m_writer; // one thread: writes and removals land in order
};

} // namespace Hb::Ui
