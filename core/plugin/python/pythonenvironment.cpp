// SPDX-License-Identifier: GPL-3.0-or-later
#include <Python.h> // before any other header, as Python.h asks

#include "core/plugin/python/pythonenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <dlfcn.h>

namespace Hb::Plugin {

namespace {

// The file libpython was loaded from (the executable itself when it is linked statically).
QString libraryFile()
{
    Dl_info info{};
    if (dladdr(reinterpret_cast<void *>(&Py_GetVersion), &info) == 0 || !info.dli_fname)
        return {};
    return QFileInfo(QString::fromLocal8Bit(info.dli_fname)).canonicalFilePath();
}

// The first directory above the library holding lib/pythonX.Y/os.py: the landmark
// CPython's own getpath.py looks for (Debian: /usr/lib/x86_64-linux-gnu/libpython3.11.so
// -> /usr).
QString prefixOf(const QString &library, const QString &version)
{
    QDir dir = QFileInfo(library).absoluteDir();
    const QString landmark = QStringLiteral("lib/python%1/os.py").arg(version);
    for (int depth = 0; depth < 6; ++depth) {
        if (QFileInfo::exists(dir.filePath(landmark)))
            return dir.absolutePath();
        if (!dir.cdUp())
            break;
    }
    return {};
}

// pyvenv.cfg's "version" (python -m venv) or "version_info" (virtualenv) as "X.Y".
QString venvVersion(const QString &venv)
{
    QFile cfg(QDir(venv).filePath(QStringLiteral("pyvenv.cfg")));
    if (!cfg.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    static const QRegularExpression line(
        QStringLiteral("^\\s*version(?:_info)?\\s*=\\s*(\\d+)\\.(\\d+)"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(cfg.readAll()));
    return m.hasMatch() ? m.captured(1) + u'.' + m.captured(2) : QString();
}

} // namespace

PythonEnvironment PythonEnvironment::detect(const QString &version)
{
    PythonEnvironment env;
    const QString library = libraryFile();
    env.home = prefixOf(library, version);
    if (env.home.isEmpty()) {
        env.notes.append(QStringLiteral("no lib/python%1/os.py above %2; the interpreter "
                                        "searches for its library itself")
                             .arg(version, library));
    } else {
        env.programName = QDir(env.home).filePath(QStringLiteral("bin/python%1").arg(version));
    }

    const QString venv = qEnvironmentVariable("VIRTUAL_ENV");
    if (venv.isEmpty())
        return env;
    const QString venvVer = venvVersion(venv);
    const QString site =
        QDir(venv).filePath(QStringLiteral("lib/python%1/site-packages").arg(version));
    if (venvVer != version) {
        env.notes.append(
            QStringLiteral("VIRTUAL_ENV %1 ignored: it is a Python %2 venv and plugins run on "
                           "Python %3")
                .arg(venv, venvVer.isEmpty() ? QStringLiteral("(no pyvenv.cfg version)") : venvVer,
                     version));
    } else if (!QFileInfo(site).isDir()) {
        env.notes.append(QStringLiteral("VIRTUAL_ENV %1 ignored: it has no %2")
                             .arg(venv, QDir(venv).relativeFilePath(site)));
    } else {
        env.venvSitePackages = site;
        env.notes.append(
            QStringLiteral("VIRTUAL_ENV %1: plugins can import its packages from %2 (after "
                           "the interpreter's own, so Debian's protobuf stays in use)")
                .arg(venv, site));
    }
    return env;
}

} // namespace Hb::Plugin
