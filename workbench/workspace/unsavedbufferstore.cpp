// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/workspace/unsavedbufferstore.h"

#include "core/common/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Hb::Ui {

UnsavedBufferStore::UnsavedBufferStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &UnsavedBufferStore::startWrites);
    m_writer.setMaxThreadCount(1);
}

UnsavedBufferStore::~UnsavedBufferStore()
{
    flush();
}

QString UnsavedBufferStore::directoryFor(const QString &workspace)
{
    const QByteArray hash = QCryptographicHash::hash(UnsavedBuffer::keyFor(workspace).toUtf8(),
                                                     QCryptographicHash::Sha1)
                                .toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/recovery/") + QString::fromLatin1(hash);
}

QString UnsavedBufferStore::keyOf(const QString &file) const
{
    auto it = m_keys.constFind(file);
    if (it == m_keys.cend())
        it = m_keys.insert(file, UnsavedBuffer::keyFor(file));
    return *it;
}

QString UnsavedBufferStore::copyPath(const QString &file) const
{
    const QString key = keyOf(file);
    // The file's name first, for people looking in the folder; the hash keeps names apart.
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(m_directory)
        .filePath(QFileInfo(key).fileName() + u'-' + QString::fromLatin1(hash) +
                  QStringLiteral(".json"));
}

UnsavedBufferStore::Recovered UnsavedBufferStore::recover()
{
    Recovered out;
    // QSaveFile's temporary files (name.json.XXXXXX, left by a crash mid-write) do not match.
    const QFileInfoList copies =
        QDir(m_directory)
            .entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::Hidden,
                           QDir::Time | QDir::Reversed);
    for (const QFileInfo &copy : copies) {
        QFile file(copy.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            out.problems.append(
                tr("%1: cannot be read: %2").arg(copy.filePath(), file.errorString()));
            continue;
        }
        Result<UnsavedBuffer> parsed = UnsavedBuffer::parse(file.readAll());
        if (!parsed) {
            out.problems.append(copy.filePath() + QStringLiteral(": ") + parsed.error().message);
            continue;
        }
        UnsavedBuffer buffer = std::move(*parsed);
        QFile original(buffer.file);
        if (original.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = original.readAll();
            if (bytes == buffer.text.toUtf8()) {
                // The copy read, not the one its file's name leads to now (the workspace
                // may have moved since).
                m_writer.start([path = copy.filePath()] { QFile::remove(path); });
                continue;
            }
            buffer.fileChanged = !buffer.base.sameContent(FileFingerprint::of(buffer.file, bytes));
        } else {
            buffer.fileChanged = buffer.base.exists;
        }
        out.buffers.append(std::move(buffer));
    }
    return out;
}

void UnsavedBufferStore::update(const QString &file, const QString &text,
                                const FileFingerprint &base)
{
    UnsavedBuffer &pending = m_pending[keyOf(file)];
    pending.file = keyOf(file);
    pending.text = text;
    pending.base = base;
    // One write after the typing stops; steady typing still gets a copy every few delays,
    // or a crash in the middle of a long edit would find none.
    if (!m_timer.isActive())
        m_pendingSince.start();
    if (!m_timer.isActive() ||
        m_pendingSince.elapsed() < MaxDelaysWithoutACopy * qint64(m_timer.interval()))
        m_timer.start();
}

void UnsavedBufferStore::discard(const QString &file)
{
    m_pending.remove(keyOf(file));
    if (m_pending.isEmpty())
        m_timer.stop();
    enqueueRemoval(file);
}

void UnsavedBufferStore::flush()
{
    m_timer.stop();
    startWrites();
    m_writer.waitForDone();
}

void UnsavedBufferStore::startWrites()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        UnsavedBuffer buffer = it.value();
        buffer.writtenAt = now;
        const QString path = copyPath(buffer.file);
        const QString directory = m_directory;
        // The destructor waits for the writer, so `this` outlives the task; the queued
        // signal is dropped if the store is gone by the time it would arrive.
        m_writer.start([this, buffer, path, directory] {
            QString error;
            if (!QDir().mkpath(directory))
                error = tr("cannot make the folder %1").arg(directory);
            else if (const Result<void> w = writeFileAtomically(path, buffer.serialize()); !w)
                error = w.error().message;
            QMetaObject::invokeMethod(
                this, [this, file = buffer.file, error] { Q_EMIT written(file, error); },
                Qt::QueuedConnection);
        });
    }
    m_pending.clear();
}

void UnsavedBufferStore::enqueueRemoval(const QString &file)
{
    // Through the writer, behind any write of this file already queued.
    m_writer.start([path = copyPath(file)] { QFile::remove(path); });
}

} // namespace Hb::Ui
