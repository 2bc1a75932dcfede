// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/workspace/workspacefile.h"

#include "core/common/atomicfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace Hb::Ui {

WorkspaceFile::WorkspaceFile(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_path(QDir(directory).filePath(QStringLiteral(".hookbench")))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, &WorkspaceFile::startWrite);
    m_writer.setMaxThreadCount(1);
}

WorkspaceFile::~WorkspaceFile()
{
    flush();
}

void WorkspaceFile::load()
{
    m_data = {};
    m_loadProblem.clear();
    m_movedAside.clear();
    QFile file(m_path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadProblem = tr("%1: cannot be read: %2").arg(m_path, file.errorString());
        // Nothing will overwrite a file we could not read.
        m_readOnly = true;
        return;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    Result<WorkspaceData> parsed = WorkspaceData::parse(bytes);
    if (parsed) {
        m_data = std::move(*parsed);
        return;
    }
    // Keep the user's bytes: the bad file goes aside and the workspace starts empty.
    const Error &error = parsed.error();
    m_movedAside = m_path + QStringLiteral(".bad-") +
                   QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    // A read-only run (the screenshot) leaves the file where it is.
    const bool moved = !m_readOnly && QFile::rename(m_path, m_movedAside);
    if (!moved) {
        m_movedAside.clear();
        m_readOnly = true;
    }
    m_loadProblem = tr("%1:%2:%3: %4")
                        .arg(m_path)
                        .arg(error.where.line)
                        .arg(error.where.column)
                        .arg(error.message);
    m_loadProblem +=
        moved ? tr("\nThe file was kept as %1; the workspace starts empty.").arg(m_movedAside)
              : tr("\nThe file could not be moved aside, so it will not be overwritten.");
}

void WorkspaceFile::setSavedRequests(const QList<SavedRequest> &requests)
{
    if (requests == m_data.savedRequests)
        return;
    m_data.savedRequests = requests;
    changed();
}

void WorkspaceFile::setEnvironments(const Environments &environments, const QString &active)
{
    if (environments == m_data.environments && active == m_data.activeEnvironment)
        return;
    m_data.environments = environments;
    m_data.activeEnvironment = active;
    changed();
}

void WorkspaceFile::setHistory(const QList<HistoryEntry> &history)
{
    m_data.history = history.mid(0, WorkspaceData::HistoryCapacity);
    changed();
}

void WorkspaceFile::setBreakpoints(const QList<SavedBreakpoint> &breakpoints)
{
    if (breakpoints == m_data.breakpoints)
        return;
    m_data.breakpoints = breakpoints;
    changed();
}

void WorkspaceFile::changed()
{
    if (!m_readOnly)
        m_saveTimer.start(); // restarts: one write after the changes stop
}

void WorkspaceFile::flush()
{
    if (m_saveTimer.isActive()) {
        m_saveTimer.stop();
        startWrite();
    }
    m_writer.waitForDone();
}

void WorkspaceFile::startWrite()
{
    if (m_readOnly)
        return;
    // The copy is cheap (implicitly shared); serializing and writing happen on the writer.
    const WorkspaceData data = m_data;
    const QString path = m_path;
    // The destructor waits for the writer, so `this` outlives the task; the queued reply is
    // dropped if the object is gone by the time it would arrive.
    m_writer.start([this, data, path] {
        const Result<void> written = writeFileAtomically(path, data.serialize());
        const QString error = written ? QString() : written.error().message;
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT saved(error); }, Qt::QueuedConnection);
    });
}

} // namespace Hb::Ui
