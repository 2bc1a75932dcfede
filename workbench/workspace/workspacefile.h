// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/workspace/workspacedata.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace Hb::Ui {

// The `.hookbench` file in a workspace folder. Lives on the GUI thread; no widgets.
// Changes made through the setters are written atomically (QSaveFile) after a quiet period
// (saveDelay, 500 ms), on a background thread, so typing never waits on the disk. Writes
// happen in order; flush() writes what is pending at once (at close, in tests).
class WorkspaceFile : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceFile(const QString &directory, QObject *parent = nullptr);
    // Writes pending changes and waits for the writer.
    ~WorkspaceFile() override;

    QString filePath() const { return m_path; }

    // Reads the file. A missing file is an empty workspace. A malformed one is moved aside
    // as `.hookbench.bad-<timestamp>` (nothing is lost), the workspace starts empty and
    // loadProblem() says what was wrong and where.
    void load();
    QString loadProblem() const { return m_loadProblem; }
    QString movedAsidePath() const { return m_movedAside; }

    const WorkspaceData &data() const { return m_data; }
    void setSavedRequests(const QList<SavedRequest> &requests);
    void setEnvironments(const Environments &environments, const QString &active);
    // Newest first; kept to WorkspaceData::HistoryCapacity entries.
    void setHistory(const QList<HistoryEntry> &history);
    void setBreakpoints(const QList<SavedBreakpoint> &breakpoints);

    // A read-only file is loaded but never written (the screenshot run on the sample).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    void setSaveDelay(int ms) { m_saveTimer.setInterval(ms); }
    bool hasPendingChanges() const { return m_saveTimer.isActive(); }
    // Writes now if anything changed, and waits until every write is on disk.
    void flush();

Q_SIGNALS:
    // After each write, on the GUI thread; `error` is empty when the write worked.
    void saved(const QString &error);

private:
    void changed();
    void startWrite();

    QString m_path;
    WorkspaceData m_data;
    QString m_loadProblem;
    QString m_movedAside;
    bool m_readOnly = false;
    QTimer m_saveTimer;
    QThreadPool m_writer; // one thread: writes land in the order they were made
};

} // namespace Hb::Ui
