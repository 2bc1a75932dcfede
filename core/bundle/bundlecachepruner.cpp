// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/bundlecachepruner.h"

#include "core/bundle/bundleuselock.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Hb::Bundle {

namespace {
qint64 sizeOf(const QString &directory)
{
    qint64 bytes = 0;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

struct Candidate
{
    QString path;
    QDateTime written;
    qint64 bytes = 0;
};
} // namespace

QStringList BundleCachePruner::prune(const QString &cacheDir, const QSet<QString> &inUse,
                                     Limits limits)
{
    static const QRegularExpression unpacked(QStringLiteral("^[0-9a-f]{32}-[0-9a-f]{16}$"));
    const QDir cache(cacheDir);
    if (cacheDir.isEmpty() || !cache.exists())
        return {};
    // What the loaded APIs use, with the directories merged bundles link to.
    QSet<QString> used;
    for (const QString &dir : inUse) {
        used.insert(QFileInfo(dir).canonicalFilePath());
        const QDir merged(dir);
        for (const QFileInfo &entry : merged.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (entry.isSymLink())
                used.insert(QFileInfo(entry.symLinkTarget()).canonicalFilePath());
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Candidate> unused;
    qint64 total = 0;
    for (const QFileInfo &entry : cache.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!unpacked.match(entry.fileName()).hasMatch() || entry.isSymLink())
            continue;
        const qint64 bytes = sizeOf(entry.absoluteFilePath());
        total += bytes;
        if (!used.contains(entry.canonicalFilePath()))
            unused.append({entry.absoluteFilePath(), entry.lastModified().toUTC(), bytes});
    }
    std::sort(unused.begin(), unused.end(),
              [](const Candidate &a, const Candidate &b) { return a.written < b.written; });
    QStringList removed;
    for (const Candidate &c : std::as_const(unused)) {
        const qint64 ageSecs = c.written.secsTo(now);
        const bool old = ageSecs >= limits.minAge.count();
        // Over the size bound anything unused goes, oldest first, except what was written
        // in the last minute (another resolver may be filling it).
        const bool overBound = total > limits.maxBytes && ageSecs >= 60;
        if (!old && !overBound)
            continue;
        // Skipped while any process's plugins use it (BundleUseLock).
        if (BundleUseLock::whileUnused(c.path, [&c] { return QDir(c.path).removeRecursively(); })) {
            removed.append(c.path);
            total -= c.bytes;
        }
    }
    return removed;
}

} // namespace Hb::Bundle
