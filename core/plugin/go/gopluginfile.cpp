// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/go/gopluginfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

namespace Hb::Plugin {

namespace {

QString goArch()
{
    const QString cpu = QSysInfo::buildCpuArchitecture();
    if (cpu == u"x86_64")
        return QStringLiteral("amd64");
    if (cpu == u"i386")
        return QStringLiteral("386");
    return cpu; // arm64, riscv64, ... are spelt alike
}

bool isSource(const QFileInfo &info)
{
    return info.isDir() || (info.isFile() && info.suffix() == u"go");
}

} // namespace

Result<GoPluginFile> resolveGoPluginFile(const QString &path, const QStringList &baseDirs,
                                         const QString &tykVersion)
{
    GoPluginFile found;
    if (path.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("plugin file not found (no path)"));
    // Tyk's version part: a "v" prefix ensured, everything from the first "-" dropped.
    QString version = tykVersion.section(u'-', 0, 0);
    if (!version.startsWith(u'v'))
        version.prepend(u'v');
    const QString platform = QStringLiteral("_linux_") + goArch() + QStringLiteral(".so");

    const QStringList bases = QDir::isAbsolutePath(path) ? QStringList{QString()} : baseDirs;
    for (const QString &base : bases) {
        const QString p = base.isEmpty() ? QDir::cleanPath(path)
                                         : QDir::cleanPath(QDir(base).absoluteFilePath(path));
        const QFileInfo given(p);
        if (isSource(given)) {
            found.file = given.absoluteFilePath();
            found.source = true;
            return found;
        }
        const QString dir = given.absolutePath();
        QString stem = given.fileName();
        if (stem.endsWith(u".so"))
            stem.chop(3);
        const QStringList candidates{
            QDir(dir).filePath(stem + u'_' + version + platform),
            QDir(dir).filePath(stem + u'_' + version.mid(1) + platform),
            p,
        };
        for (const QString &candidate : candidates) {
            if (QFileInfo::exists(candidate)) {
                found.file = candidate;
                return found;
            }
            found.tried.append(candidate);
        }
        // Sources beside the missing .so: x/ or x.go.
        for (const QString &sourceName : QStringList{stem, stem + QStringLiteral(".go")}) {
            const QFileInfo source(QDir(dir).filePath(sourceName));
            if (isSource(source)) {
                found.file = source.absoluteFilePath();
                found.source = true;
                return found;
            }
        }
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("plugin file not found (tried %1)")
                                              .arg(found.tried.join(QStringLiteral(", "))));
}

} // namespace Hb::Plugin
