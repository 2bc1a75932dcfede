// SPDX-License-Identifier: GPL-3.0-or-later
// `hookbench-cli bundle build|verify` as a user runs them: a real process in a bundle folder.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args, const QString &workingDir, const QByteArray &input = {})
{
    QProcess p;
    p.setWorkingDirectory(workingDir);
    p.start(qEnvironmentVariable("HOOKBENCH_CLI"), args);
    p.waitForStarted(10000);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

bool openssl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

const QByteArray manifest = "{\n"
                            "  \"file_list\": [\"middleware.py\"],\n"
                            "  \"custom_middleware\": {\n"
                            "    \"driver\": \"python\",\n"
                            "    \"pre\": [{\"name\": \"MyPreHook\"}]\n"
                            "  }\n"
                            "}\n";
} // namespace

class TestCliBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void unsignedBuildVerifies();
    void signedBuildVerifiesWithThePublicKey();
    void tamperedBundleFailsVerificationWithExit1();
    void unsignedBuildAsksForConfirmation();
    void manifestProblemIsReportedAtItsPlaceWithExit1();
    void usageErrorsExitWith2();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestCliBundle::init()
{
    QVERIFY2(QFileInfo(qEnvironmentVariable("HOOKBENCH_CLI")).isExecutable(),
             "HOOKBENCH_CLI does not name the hookbench-cli binary");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(writeFile(path(QStringLiteral("middleware.py")), "def MyPreHook(): pass\n"));
    QVERIFY(writeFile(path(QStringLiteral("manifest.json")), manifest));
}

void TestCliBundle::unsignedBuildVerifies()
{
    const Run build = runCli(
        {QStringLiteral("bundle"), QStringLiteral("build"), QStringLiteral("-y")}, m_dir->path());
    QCOMPARE(build.exitCode, 0);
    QCOMPARE(build.out, QStringLiteral("Wrote 'bundle.zip' (%1 bytes)\n")
                            .arg(QFileInfo(path(QStringLiteral("bundle.zip"))).size()));
    QVERIFY2(build.err.contains(QStringLiteral("The bundle will be unsigned")),
             qPrintable(build.err));
    QVERIFY(build.err.contains(QStringLiteral("Using default bundle path 'bundle.zip'")));

    const Run verify =
        runCli({QStringLiteral("bundle"), QStringLiteral("verify"), QStringLiteral("bundle.zip")},
               m_dir->path());
    QCOMPARE(verify.exitCode, 0);
    QVERIFY2(verify.out.startsWith(QStringLiteral("bundle.zip: ok\n")), qPrintable(verify.out));
    QVERIFY(verify.out.contains(QStringLiteral("  files: middleware.py\n")));
    QVERIFY(verify.out.contains(QStringLiteral("  signature: none\n")));
    QVERIFY(verify.out.contains(QStringLiteral("  driver: python\n")));
    QVERIFY(verify.out.contains(QStringLiteral("  hooks: pre: MyPreHook\n")));

    // A public key turns an unsigned bundle into a failure, as in Tyk's gateway.
    const QString key = path(QStringLiteral("k.pem"));
    const QString pub = path(QStringLiteral("pub.pem"));
    QVERIFY(
        openssl({QStringLiteral("genrsa"), QStringLiteral("-out"), key, QStringLiteral("2048")}));
    QVERIFY(openssl({QStringLiteral("rsa"), QStringLiteral("-in"), key, QStringLiteral("-pubout"),
                     QStringLiteral("-out"), pub}));
    const Run keyed = runCli({QStringLiteral("bundle"), QStringLiteral("verify"),
                              QStringLiteral("bundle.zip"), QStringLiteral("--public-key"), pub},
                             m_dir->path());
    QCOMPARE(keyed.exitCode, 1);
    QVERIFY2(keyed.out.startsWith(QStringLiteral("bundle.zip: failed: Bundle isn't signed\n")),
             qPrintable(keyed.out));
}

void TestCliBundle::signedBuildVerifiesWithThePublicKey()
{
    const QString key = path(QStringLiteral("private.pem"));
    const QString pub = path(QStringLiteral("public.pem"));
    // PKCS#1 private key, PKCS#1 public key: the forms older Tyk docs generate.
    QVERIFY(openssl({QStringLiteral("genrsa"), QStringLiteral("-traditional"),
                     QStringLiteral("-out"), key, QStringLiteral("2048")}));
    QVERIFY(openssl({QStringLiteral("rsa"), QStringLiteral("-in"), key,
                     QStringLiteral("-RSAPublicKey_out"), QStringLiteral("-out"), pub}));
    const Run build =
        runCli({QStringLiteral("bundle"), QStringLiteral("build"), QStringLiteral("-m"),
                path(QStringLiteral("manifest.json")), QStringLiteral("-o"),
                path(QStringLiteral("signed.zip")), QStringLiteral("-k"), key},
               QDir::tempPath());
    QCOMPARE(build.exitCode, 0);
    QVERIFY2(build.err.contains(QStringLiteral("Signing bundle with key")), qPrintable(build.err));

    const Run verify =
        runCli({QStringLiteral("bundle"), QStringLiteral("verify"),
                path(QStringLiteral("signed.zip")), QStringLiteral("--public-key"), pub},
               m_dir->path());
    QCOMPARE(verify.exitCode, 0);
    QVERIFY2(verify.out.contains(QStringLiteral("  signature: verified with ") + pub),
             qPrintable(verify.out));

    const QString otherKey = path(QStringLiteral("other.pem"));
    const QString otherPub = path(QStringLiteral("other-pub.pem"));
    QVERIFY(openssl(
        {QStringLiteral("genrsa"), QStringLiteral("-out"), otherKey, QStringLiteral("2048")}));
    QVERIFY(openssl({QStringLiteral("rsa"), QStringLiteral("-in"), otherKey,
                     QStringLiteral("-pubout"), QStringLiteral("-out"), otherPub}));
    const Run wrong =
        runCli({QStringLiteral("bundle"), QStringLiteral("verify"),
                path(QStringLiteral("signed.zip")), QStringLiteral("--public-key"), otherPub},
               m_dir->path());
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.out.contains(QStringLiteral("failed: crypto/rsa: verification error")),
             qPrintable(wrong.out));
}

void TestCliBundle::tamperedBundleFailsVerificationWithExit1()
{
    QCOMPARE(runCli({QStringLiteral("bundle"), QStringLiteral("build"), QStringLiteral("-y")},
                    m_dir->path())
                 .exitCode,
             0);
    // Unpacked by another tool, then the code edited by hand after the checksum was taken.
    const QString unpacked = path(QStringLiteral("unpacked"));
    QVERIFY(QDir().mkpath(unpacked));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall("
                                 "sys.argv[2])"),
                  path(QStringLiteral("bundle.zip")), unpacked});
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.exitCode(), 0);
    QCOMPARE(runCli({QStringLiteral("bundle"), QStringLiteral("verify"), unpacked}, m_dir->path())
                 .exitCode,
             0);
    QVERIFY(writeFile(unpacked + QStringLiteral("/middleware.py"), "def MyPreHook(): evil()\n"));
    const Run verify =
        runCli({QStringLiteral("bundle"), QStringLiteral("verify"), unpacked}, m_dir->path());
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.out.startsWith(unpacked + QStringLiteral(": failed: invalid checksum\n")),
             qPrintable(verify.out));
}

void TestCliBundle::unsignedBuildAsksForConfirmation()
{
    const QStringList args{QStringLiteral("bundle"), QStringLiteral("build"), QStringLiteral("-o"),
                           QStringLiteral("out.zip")};
    const Run refused = runCli(args, m_dir->path(), "n\n");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(QStringLiteral("type \"y\" or \"yes\" to confirm")));
    QVERIFY(refused.err.contains(QStringLiteral("Aborting")));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("out.zip"))));
    QCOMPARE(runCli(args, m_dir->path()).exitCode, 1); // no input at all
    const Run confirmed = runCli(args, m_dir->path(), "yes\n");
    QCOMPARE(confirmed.exitCode, 0);
    QVERIFY(QFileInfo::exists(path(QStringLiteral("out.zip"))));
}

void TestCliBundle::manifestProblemIsReportedAtItsPlaceWithExit1()
{
    QByteArray broken = manifest;
    broken.replace("middleware.py", "missing.py");
    QVERIFY(writeFile(path(QStringLiteral("manifest.json")), broken));
    const Run build = runCli(
        {QStringLiteral("bundle"), QStringLiteral("build"), QStringLiteral("-y")}, m_dir->path());
    QCOMPARE(build.exitCode, 1);
    QVERIFY2(build.err.contains(
                 QStringLiteral("manifest.json:2:17: Referencing a nonexistent file: missing.py")),
             qPrintable(build.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("bundle.zip"))));
}

void TestCliBundle::usageErrorsExitWith2()
{
    QCOMPARE(runCli({QStringLiteral("bundle")}, m_dir->path()).exitCode, 2);
    QCOMPARE(
        runCli({QStringLiteral("bundle"), QStringLiteral("frobnicate")}, m_dir->path()).exitCode,
        2);
    QCOMPARE(runCli({QStringLiteral("bundle"), QStringLiteral("verify")}, m_dir->path()).exitCode,
             2);
    const Run missing =
        runCli({QStringLiteral("bundle"), QStringLiteral("verify"), QStringLiteral("none.zip")},
               m_dir->path());
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("none.zip: file does not exist")));
    const Run noManifest =
        runCli({QStringLiteral("bundle"), QStringLiteral("build"), QStringLiteral("-y"),
                QStringLiteral("-m"), QStringLiteral("nothere.json")},
               m_dir->path());
    QCOMPARE(noManifest.exitCode, 2);
    QVERIFY2(noManifest.err.contains(QStringLiteral("Couldn't load manifest file")),
             qPrintable(noManifest.err));
}

QTEST_GUILESS_MAIN(TestCliBundle)
#include "tst_clibundle.moc"
