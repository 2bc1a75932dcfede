// SPDX-License-Identifier: GPL-3.0-or-later
// What hookbench-cli makes of hostile or careless files. Files nested deeper than Go's decoder
// allows once killed it by recursion (an API definition, a policies file, a bundle manifest):
// each is now an error at FILE:LINE:COL, and the process carries on with what it can load. An
// open or default Gateway API secret is kept, as in Tyk, but said out loud.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("HOOKBENCH_CLI"), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.exitStatus() != QProcess::NormalExit,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// 100,000 '[' on line 2 after `"x": `: the 1,000th '[' opens level 1,001 (the object is 1).
QByteArray deepDocument()
{
    return "{\"api_id\": \"deep\",\n\"x\": " + QByteArray(100000, '[') + "}";
}

const QByteArray kGoodApi =
    "{\"name\": \"Good\", \"api_id\": \"good\", \"org_id\": \"o\", \"use_keyless\": true,\n"
    " \"proxy\": {\"listen_path\": \"/good/\", \"target_url\": \"hookbench://echo\"},\n"
    " \"version_data\": {\"not_versioned\": true, \"versions\": {\"Default\": {\"name\": "
    "\"Default\"}}}}";
} // namespace

class tst_CliHostileInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("HOOKBENCH_CLI")).isExecutable(),
                 "HOOKBENCH_CLI must name the built hookbench-cli");
    }

    void validateReportsADeepDefinitionAtItsLineAndColumn()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("deep.json"));
        write(file, deepDocument());
        const Run run = runCli({QStringLiteral("validate"), file});
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QRegularExpression(QStringLiteral("deep\\.json:2:1005: .*nested deeper than "
                                                   "1000 levels"))
                     .match(run.out + run.err)
                     .hasMatch(),
                 qPrintable(run.out + run.err));
    }

    void sendSkipsADeepDefinitionAndServesTheOthers()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("apps/deep.json")), deepDocument());
        write(dir.filePath(QStringLiteral("apps/good.json")), kGoodApi);
        const Run run = runCli({QStringLiteral("send"), QStringLiteral("--apps"),
                                dir.filePath(QStringLiteral("apps")), QStringLiteral("GET"),
                                QStringLiteral("/good/x")});
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"deep.json:2:"), qPrintable(run.err));
        QVERIFY2(run.out.contains(u"200"), qPrintable(run.out + run.err));
    }

    void aDeepPoliciesFileIsAnErrorNotACrash()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("apps/good.json")), kGoodApi);
        const QString policies = dir.filePath(QStringLiteral("policies.json"));
        write(policies, "{\"p\": " + QByteArray(100000, '{') + "}");
        const Run run = runCli({QStringLiteral("send"), QStringLiteral("--apps"),
                                dir.filePath(QStringLiteral("apps")), QStringLiteral("--policies"),
                                policies, QStringLiteral("GET"), QStringLiteral("/good/x")});
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"policies.json:1:"), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"nested deeper"), qPrintable(run.err));
    }

    void aBundleWithADeepManifestIsRefused()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("bundle/manifest.json")),
              "{\"file_list\": [], \"custom_middleware\": {\"x\": " + QByteArray(100000, '[') +
                  "}}");
        const Run run = runCli({QStringLiteral("bundle"), QStringLiteral("verify"),
                                dir.filePath(QStringLiteral("bundle"))});
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QVERIFY(run.exitCode != 0);
        QVERIFY2(QString(run.out + run.err).contains(u"manifest.json:1:"),
                 qPrintable(run.out + run.err));
    }

    void anEmptyOrDefaultSecretIsWarnedAboutAtStart()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("apps/good.json")), kGoodApi);
        const QString conf = dir.filePath(QStringLiteral("tyk.conf"));
        write(conf, "{\"secret\": \"\", \"app_path\": \"apps\"}");
        Run run = runCli({QStringLiteral("send"), QStringLiteral("--config"), conf,
                          QStringLiteral("GET"), QStringLiteral("/good/x")});
        QVERIFY2(run.err.contains(u"tyk.conf: warning: the Gateway API (/tyk/) is open"),
                 qPrintable(run.err));
        run = runCli({QStringLiteral("send"), QStringLiteral("--apps"),
                      dir.filePath(QStringLiteral("apps")), QStringLiteral("GET"),
                      QStringLiteral("/good/x")});
        QVERIFY2(run.err.contains(u"accepts Tyk's published default secret"), qPrintable(run.err));
        run = runCli({QStringLiteral("send"), QStringLiteral("--apps"),
                      dir.filePath(QStringLiteral("apps")), QStringLiteral("--secret"),
                      QStringLiteral("mine"), QStringLiteral("GET"), QStringLiteral("/good/x")});
        QVERIFY2(!run.err.contains(u"secret"), qPrintable(run.err));
    }

    // The engine clock may move a hundred years either way; beyond, or not a number, is a
    // usage error (exit 2) before anything starts, never an overflow.
    void aClockOffsetBeyondAHundredYearsIsRefused_data()
    {
        QTest::addColumn<QString>("offset");
        QTest::addColumn<QString>("message");
        QTest::newRow("too far ahead")
            << QStringLiteral("3155760001") << QStringLiteral("within ±3153600000 seconds");
        QTest::newRow("too far back") << QStringLiteral("-9223372036854775807")
                                      << QStringLiteral("within ±3153600000 seconds");
        QTest::newRow("overflowing")
            << QStringLiteral("99999999999999999999") << QStringLiteral("expects whole seconds");
        QTest::newRow("not a number")
            << QStringLiteral("tomorrow") << QStringLiteral("expects whole seconds");
    }
    void aClockOffsetBeyondAHundredYearsIsRefused()
    {
        QFETCH(QString, offset);
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("apps/good.json")), kGoodApi);
        const Run run = runCli({QStringLiteral("send"), QStringLiteral("--apps"),
                                dir.filePath(QStringLiteral("apps")),
                                QStringLiteral("--clock-offset=") + offset, QStringLiteral("GET"),
                                QStringLiteral("/good/x")});
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 2);
        QFETCH(QString, message);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        // Ninety years is fine.
        const Run fine = runCli({QStringLiteral("send"), QStringLiteral("--apps"),
                                 dir.filePath(QStringLiteral("apps")),
                                 QStringLiteral("--clock-offset=2838240000"), QStringLiteral("GET"),
                                 QStringLiteral("/good/x")});
        QCOMPARE(fine.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(tst_CliHostileInput)
#include "tst_clihostileinput.moc"
