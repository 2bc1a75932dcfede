// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/go/gopluginbuilder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>

#include <atomic>
#include <cstdio>

namespace Hb::Plugin {

namespace {

// A cold build compiles the standard library for -buildmode=plugin first (half a minute
// or more on two cores); anything beyond this is a hung toolchain.
constexpr int kBuildTimeoutMs = 15 * 60 * 1000;

// Debian's Go libraries: logrus for log.Get(), and any golang-*-dev a plugin imports.
const QString kDebianGopath = QStringLiteral("/usr/share/gocode");

// The files of a plugin's package that `go build` reads, sorted by name: Go sources (tests
// left out), assembly and cgo files. A folder's vendor/ tree comes along as it is.
QStringList packageFiles(const QString &source)
{
    const QFileInfo info(source);
    if (info.isFile())
        return {info.absoluteFilePath()};
    QStringList files;
    const QDir dir(source);
    for (const QString &name : dir.entryList({QStringLiteral("*.go"), QStringLiteral("*.s"),
                                              QStringLiteral("*.c"), QStringLiteral("*.h")},
                                             QDir::Files | QDir::Readable, QDir::Name)) {
        if (!name.endsWith(u"_test.go"))
            files.append(dir.absoluteFilePath(name));
    }
    const QString vendor = dir.filePath(QStringLiteral("vendor"));
    if (QFileInfo(vendor).isDir()) {
        QDirIterator it(vendor, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        QStringList vendored;
        while (it.hasNext())
            vendored.append(it.next());
        vendored.sort();
        files += vendored;
    }
    return files;
}

// Writes through a temporary file and a rename, so a second Hookbench building the same
// sources at the same time never sees half a file.
bool writeAtomically(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

// Moves a finished build into place; rename(2) replaces an existing file atomically.
bool moveIntoPlace(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

QString uniqueSuffix()
{
    static std::atomic<int> counter = 0; // builds run on the engine thread and a pool thread
    return QStringLiteral(".tmp-%1-%2").arg(QCoreApplication::applicationPid()).arg(++counter);
}

} // namespace

GoPluginBuilder::GoPluginBuilder(GoBuildSettings settings)
    : m_settings(std::move(settings))
{}

QProcessEnvironment GoPluginBuilder::environment(const QString &gopathFirst) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QStringList gopath;
    if (!gopathFirst.isEmpty())
        gopath.append(gopathFirst);
    gopath << QDir(m_settings.sourcesDir).filePath(QStringLiteral("gopath")) << kDebianGopath;
    env.insert(QStringLiteral("GOPATH"), gopath.join(u':'));
    // GOPATH mode: a plugin's go.mod (often written for a newer Go than Debian's) is not
    // read, and both sides resolve Tyk's packages to the same folders.
    env.insert(QStringLiteral("GO111MODULE"), QStringLiteral("off"));
    env.insert(QStringLiteral("GOFLAGS"), QString());
    env.insert(QStringLiteral("GOPROXY"), QStringLiteral("off"));
    env.insert(QStringLiteral("GOWORK"), QStringLiteral("off"));
    // Go's plugin package needs cgo on both sides ("plugin: not implemented" otherwise).
    env.insert(QStringLiteral("CGO_ENABLED"), QStringLiteral("1"));
    return env;
}

Result<void> GoPluginBuilder::runGo(const QStringList &args, const QString &workDir,
                                    const QString &gopathFirst, QString *output) const
{
    QProcess process;
    process.setProcessEnvironment(environment(gopathFirst));
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_settings.toolchain.go, args);
    if (!process.waitForStarted(30000))
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("could not start %1: %2")
                             .arg(m_settings.toolchain.go, process.errorString()));
    if (!process.waitForFinished(kBuildTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return makeError(ErrorCode::Timeout, QStringLiteral("`go %1` did not finish in %2 minutes")
                                                 .arg(args.join(u' '))
                                                 .arg(kBuildTimeoutMs / 60000));
    }
    *output = QString::fromLocal8Bit(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return makeError(ErrorCode::InvalidInput, output->trimmed());
    return {};
}

const QByteArray &GoPluginBuilder::sharedHash()
{
    if (!m_sharedHash.isEmpty())
        return m_sharedHash;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_settings.toolchain.go.toUtf8());
    hash.addData(m_settings.toolchain.version.toUtf8());
    QStringList files;
    QDirIterator it(m_settings.sourcesDir, {QStringLiteral("*.go")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &f : std::as_const(files)) {
        QFile file(f);
        hash.addData(f.toUtf8());
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    m_sharedHash = hash.result().toHex().left(16);
    return m_sharedHash;
}

Result<QString> GoPluginBuilder::host()
{
    const QString dir = QDir(m_settings.cacheDir).filePath(QStringLiteral("host"));
    const QString binary = QDir(dir).filePath(QStringLiteral("hookbench-goplugin-host-") +
                                              QString::fromLatin1(sharedHash()));
    if (QFileInfo(binary).isExecutable())
        return binary;
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(dir));
    const QString partial = binary + uniqueSuffix();
    QString output;
    const Result<void> built =
        runGo({QStringLiteral("build"), QStringLiteral("-o"), partial, QStringLiteral(".")},
              QDir(m_settings.sourcesDir).filePath(QStringLiteral("host")), QString(), &output);
    if (!built) {
        QFile::remove(partial);
        return makeError(ErrorCode::Internal,
                         QStringLiteral("building the Go plugin host in %1 failed: %2")
                             .arg(QDir(m_settings.sourcesDir).filePath(QStringLiteral("host")),
                                  built.error().message));
    }
    if (!moveIntoPlace(partial, binary))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(binary));
    return binary;
}

Result<QString> GoPluginBuilder::plugin(const QString &source, QList<Error> *compileErrors)
{
    const QFileInfo sourceInfo(source);
    if (!sourceInfo.exists())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("plugin source %1 does not exist").arg(source));
    const QStringList files = packageFiles(source);
    if (files.isEmpty())
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("%1 holds no .go files to build a plugin from").arg(source));
    const QString sourceDir =
        sourceInfo.isDir() ? sourceInfo.absoluteFilePath() : sourceInfo.absolutePath();

    // Sources, toolchain, shared packages and flags decide the build.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(sharedHash());
    hash.addData(m_settings.debug ? "debug" : "release");
    QList<std::pair<QString, QByteArray>> contents;
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, QStringLiteral("cannot read %1").arg(f));
        const QString relative = QDir(sourceDir).relativeFilePath(f);
        contents.append({relative, file.readAll()});
        hash.addData(relative.toUtf8());
        hash.addData(contents.last().second);
    }
    const QString id = QStringLiteral("p") + QString::fromLatin1(hash.result().toHex().left(24));
    const QString soDir = QDir(m_settings.cacheDir).filePath(QStringLiteral("plugins"));
    const QString so = QDir(soDir).filePath(id + QStringLiteral(".so"));
    if (QFileInfo(so).isFile())
        return so;

    // The package path, and so Go's plugin path, is unique per content: a rebuilt plugin
    // loads beside the old one in a running host (Go unloads nothing, and refuses a second
    // file with a plugin path it has loaded).
    const QString gopath = QDir(m_settings.cacheDir).filePath(QStringLiteral("gopath"));
    const QString buildDir = QDir(gopath).filePath(QStringLiteral("src/hookbench.plugin/") + id);
    for (const auto &[relative, data] : std::as_const(contents)) {
        if (!writeAtomically(QDir(buildDir).filePath(relative), data))
            return makeError(ErrorCode::Io,
                             QStringLiteral("cannot write %1 in %2").arg(relative, buildDir));
    }
    if (!QDir().mkpath(soDir))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(soDir));
    const QString partial = so + uniqueSuffix();
    QStringList args{QStringLiteral("build"), QStringLiteral("-buildmode=plugin")};
    if (m_settings.debug)
        args << QStringLiteral("-gcflags=-N -l"); // this package only: shared ones stay as built
    args << QStringLiteral("-o") << partial << QStringLiteral(".");
    QString output;
    const Result<void> built = runGo(args, buildDir, gopath, &output);
    if (!built) {
        QFile::remove(partial);
        QList<Error> errors = parseCompilerOutput(output, buildDir, sourceDir);
        QString summary = QStringLiteral("go build -buildmode=plugin of %1 failed").arg(source);
        if (errors.isEmpty())
            summary += QStringLiteral(": ") + output.trimmed().replace(buildDir, sourceDir);
        else
            summary += QStringLiteral(": ") + errors.first().toString();
        if (compileErrors)
            *compileErrors += errors;
        Error e = makeError(ErrorCode::InvalidInput, summary);
        if (!errors.isEmpty())
            e.where = errors.first().where;
        return e;
    }
    if (!moveIntoPlace(partial, so))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(so));
    return so;
}

QList<Error> GoPluginBuilder::parseCompilerOutput(const QString &output, const QString &buildDir,
                                                  const QString &sourceDir)
{
    // "./main.go:10:2: undefined: x", "main.go:10: ...", or the staged path in full.
    static const QRegularExpression line(QStringLiteral("^(\\S+\\.go):(\\d+)(?::(\\d+))?: (.*)$"));
    QList<Error> errors;
    for (const QString &text : output.split(u'\n')) {
        const QRegularExpressionMatch m = line.match(text.trimmed());
        if (!m.hasMatch())
            continue;
        QString file = m.captured(1);
        if (file.startsWith(buildDir + u'/'))
            file = file.mid(buildDir.size() + 1);
        if (QDir::isRelativePath(file))
            file = QDir::cleanPath(QDir(sourceDir).filePath(file));
        SourceLocation where{file, m.captured(2).toInt(), m.captured(3).toInt(), QString()};
        errors.append(makeError(ErrorCode::InvalidInput, m.captured(4), where));
    }
    return errors;
}

} // namespace Hb::Plugin
