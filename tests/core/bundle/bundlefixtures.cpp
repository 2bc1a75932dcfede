// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/bundle/bundlefixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace BundleFixtures {

namespace {
bool run(const QString &program, const QStringList &arguments, QString *errorText = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    const bool ok = process.waitForFinished(120000) &&
                    process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (errorText)
        *errorText = ok ? QString()
                        : QString::fromUtf8(process.readAllStandardError()) + process.errorString();
    return ok;
}
} // namespace

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<Keys> generateKeys(const QString &dir, const QString &prefix)
{
    const QString openssl = QStringLiteral("openssl");
    const auto path = [&](const char *suffix) {
        return QDir(dir).filePath(prefix + QString::fromLatin1(suffix));
    };
    Keys keys{path("-pkcs8.pem"), path("-pkcs1.pem"), path("-pub.pem"), path("-rsapub.pem")};
    const QString rsa = QStringLiteral("rsa");
    const QString in = QStringLiteral("-in");
    const QString out = QStringLiteral("-out");
    // OpenSSL 3's genrsa writes PKCS#8; the others are converted from it.
    const bool ok =
        run(openssl, {QStringLiteral("genrsa"), out, keys.privatePkcs8, QStringLiteral("2048")}) &&
        run(openssl,
            {rsa, in, keys.privatePkcs8, QStringLiteral("-traditional"), out, keys.privatePkcs1}) &&
        run(openssl,
            {rsa, in, keys.privatePkcs8, QStringLiteral("-pubout"), out, keys.publicPkix}) &&
        run(openssl, {rsa, in, keys.privatePkcs8, QStringLiteral("-RSAPublicKey_out"), out,
                      keys.publicPkcs1});
    if (!ok)
        return std::nullopt;
    return keys;
}

QString makeZip(const QString &kind, const QString &out)
{
    QString error;
    if (run(QStringLiteral("/usr/bin/python3"), {QStringLiteral(HB_BUNDLE_MAKEZIP), kind, out},
            &error))
        return {};
    return error.isEmpty() ? QStringLiteral("makezip.py failed") : error;
}

nlohmann::json pythonManifest(const QStringList &files)
{
    nlohmann::json list = nlohmann::json::array();
    for (const QString &f : files)
        list.push_back(f.toStdString());
    return {
        {"file_list", list},
        {"custom_middleware",
         {{"driver", "python"},
          {"pre", {{{"name", "MyPreHook"}, {"path", ""}}}},
          {"auth_check", {{"name", "MyAuthCheck"}}}}},
    };
}

QString dump(const nlohmann::json &value)
{
    return QString::fromStdString(value.dump());
}

QStringList listTree(const QString &dir)
{
    QStringList paths;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(QDir(dir).relativeFilePath(it.next()));
    paths.sort();
    return paths;
}

} // namespace BundleFixtures
