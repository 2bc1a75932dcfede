// SPDX-License-Identifier: GPL-3.0-or-later
// `hookbench-cli test` and `hookbench-cli replay` as a plugin author's CI runs them: a real
// process over a copy of the sample workspace, its real Python plugin and ID extractor.
// Test tables read better with plain literals than with QStringLiteral everywhere.
#undef QT_NO_CAST_FROM_ASCII
#include "core/setup/enginesetup.h"
#include "workbench/testing/tracedexchangerunner.h"
#include "workbench/workspace/workspacedata.h"
#include "workbench/workspace/workspacelayout.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Hb;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess p;
    p.start(qEnvironmentVariable("HOOKBENCH_CLI"), arguments);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = "did not finish";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString describe(const Run &r)
{
    return QString("exit %1\n--- stdout\n%2--- stderr\n%3").arg(r.exitCode).arg(r.out, r.err);
}

// The sample workspace with its hidden .hookbench file.
bool copySample(const QString &to)
{
    const QString from = qEnvironmentVariable("HOOKBENCH_SAMPLES") + "/workspace";
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

Ui::WorkspaceData readWorkspace(const QString &dir)
{
    QFile file(dir + "/.hookbench");
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    auto data = Ui::WorkspaceData::parse(file.readAll());
    if (!data)
        qFatal("%s", qPrintable(data.error().toString()));
    return *data;
}

bool writeWorkspace(const QString &dir, const Ui::WorkspaceData &data)
{
    QFile file(dir + "/.hookbench");
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(data.serialize()) > 0;
}

Ui::SavedRequest *savedRequest(Ui::WorkspaceData &data, const QString &name)
{
    for (Ui::SavedRequest &r : data.savedRequests)
        if (r.name == name)
            return &r;
    qFatal("no saved request %s", qPrintable(name));
}

// JSON written with ' for " (moc cannot read raw string literals), as in {'status': 200}.
QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).object();
}

bool replaceInFile(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = file.readAll();
    file.close();
    if (!text.contains(from))
        return false;
    text.replace(from, to);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}
} // namespace

class tst_CliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_workspace = m_dir->filePath("workspace");
        QVERIFY(copySample(m_workspace));
        m_cache = m_dir->filePath("bundle-cache");
    }

    void sampleWorkspacePassesItsOwnExpectationsAndWritesJUnit()
    {
        const QString junit = m_dir->filePath("report.xml");
        const Run r = cli({"test", m_workspace, "--bundle-cache", m_cache, "--junit", junit});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(
            r.out.contains("PASS   Python plugin: every hook (GET /python/get?sample=1 -> 200"),
            qPrintable(r.out));
        QVERIFY2(r.out.contains("PASS   Python plugin: cached session"), qPrintable(r.out));
        QVERIFY2(r.out.contains(" 0 failed, 0 errors"), qPrintable(r.out));

        QFile file(junit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int testcases = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"testsuite") {
                QCOMPARE(xml.attributes().value("name"), u"workspace");
                QCOMPARE(xml.attributes().value("failures"), u"0");
                QCOMPARE(xml.attributes().value("errors"), u"0");
            } else if (xml.name() == u"testcase") {
                ++testcases;
            }
            QVERIFY2(xml.name() != u"failure" && xml.name() != u"error", qPrintable(r.out));
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(testcases, int(readWorkspace(m_workspace).savedRequests.size()));
    }

    void unmetExpectationsFailWithWhatCameInstead()
    {
        Ui::WorkspaceData data = readWorkspace(m_workspace);
        savedRequest(data, "Keyless echo")->expect =
            object("{'status': 201, 'json': [{'path': '$.args.sample', 'equals': '2'}]}");
        // The first request of the run is answered by the auth plugin, not the cache.
        savedRequest(data, "Python plugin: every hook")->expect = object("{'cacheHit': true}");
        QVERIFY(writeWorkspace(m_workspace, data));
        const QString junit = m_dir->filePath("report.xml");
        const Run r = cli({"test", m_workspace, "--bundle-cache", m_cache, "--junit", junit});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("FAIL   Keyless echo (GET /keyless/get?sample=1 -> 200"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("       status: expected 201, got 200\n"), qPrintable(r.out));
        QVERIFY2(r.out.contains("       json $.args.sample: expected \"2\", got \"1\"\n"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("FAIL   Python plugin: every hook"), qPrintable(r.out));
        QVERIFY2(r.out.contains("cache hit: the ID extractor's cache did not answer"),
                 qPrintable(r.out));
        QFile file(junit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("failures=\"2\""));
    }

    void aChangedPluginFailsTheRequestsThatCountOnIt()
    {
        QVERIFY(replaceInFile(m_workspace + "/bundles/python-hooks/middleware.py",
                              "request.add_header(\"X-Sample-Pre\", \"1\")",
                              "request.add_header(\"X-Sample-Pre\", \"changed\")"));
        const Run r = cli({"test", m_workspace, "--bundle-cache", m_cache});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("json $.headers.X-Sample-Pre: expected \"1\", got \"changed\""),
                 qPrintable(r.out));
    }

    void anExpectationThatDoesNotReadIsAnErrorNotASkip()
    {
        Ui::WorkspaceData data = readWorkspace(m_workspace);
        savedRequest(data, "Keyless echo")->expect = object("{'stauts': 200}");
        QVERIFY(writeWorkspace(m_workspace, data));
        const Run r =
            cli({"test", m_workspace, "--bundle-cache", m_cache, "--filter", "Keyless echo"});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("ERROR  Keyless echo"), qPrintable(r.out));
        QVERIFY2(r.out.contains("expect: unknown key \"stauts\""), qPrintable(r.out));
    }

    void aRunThatChecksNothingIsNotGreen()
    {
        Ui::WorkspaceData data = readWorkspace(m_workspace);
        for (Ui::SavedRequest &request : data.savedRequests)
            request.expect = {};
        QVERIFY(writeWorkspace(m_workspace, data));
        const Run r = cli({"test", m_workspace, "--bundle-cache", m_cache});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("SKIP   Keyless echo"), qPrintable(r.out));
        QVERIFY2(r.err.contains("nothing was checked"), qPrintable(r.err));
    }

    void variablesComeFromTheEnvironmentAndVarOverridesThem()
    {
        // The cached-session request sends {{token}}; another valid token is another session,
        // so it is not a cache hit and the expectation fails.
        const Run r = cli({"test", m_workspace, "--bundle-cache", m_cache, "--filter",
                           "cached session", "--var", "token=other-token"});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("cache hit: the ID extractor's cache did not answer"),
                 qPrintable(r.out));
        const Run unknown = cli({"test", m_workspace, "--env", "staging"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(
            unknown.err.contains("the workspace has no environment \"staging\" (it has: local)"),
            qPrintable(unknown.err));
    }

    void malformedWorkspaceFileIsAnErrorWithItsLine()
    {
        QFile file(m_workspace + "/.hookbench");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\n  \"savedRequests\": [\n    {,\n");
        file.close();
        const Run r = cli({"test", m_workspace});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(m_workspace + "/.hookbench:3:"), qPrintable(r.err));
    }

    // History recorded by the engine replays the same until the plugin changes.
    void replayReportsSameUntilThePluginChangesThenTheDifference()
    {
        Ui::WorkspaceData data = readWorkspace(m_workspace);
        {
            Setup::EngineOptions options = Ui::WorkspaceLayout::engineOptions(m_workspace);
            options.bundleCacheDir = m_cache;
            auto setup = Setup::EngineSetup::create(options);
            QVERIFY2(setup, qPrintable(setup ? QString() : setup.error().toString()));
            Ui::TracedExchangeRunner runner((*setup)->engine());
            for (const char *target :
                 {"/python/get?sample=1", "/keyless/get?a=b", "/python/get?sample=1"}) {
                Http::HttpRequest request;
                request.method = "GET";
                request.target = target;
                request.headers.add("Host", "localhost");
                request.headers.add("Authorization", "sample-token");
                auto entry = runner.run(request, 30000);
                QVERIFY2(entry, qPrintable(entry ? QString() : entry.error().toString()));
                QCOMPARE(entry->response.status, 200);
                data.history.prepend(*entry); // newest first, as the GUI keeps it
            }
            QVERIFY(data.history.at(0).sessionEvents.contains("cache_hit"));
            QVERIFY(!data.history.at(2).sessionEvents.contains("cache_hit"));
        }
        QVERIFY(writeWorkspace(m_workspace, data));

        const Run same = cli({"replay", m_workspace + "/.hookbench", "--bundle-cache", m_cache});
        QVERIFY2(same.exitCode == 0, qPrintable(describe(same)));
        QVERIFY2(same.out.contains("3 replayed: 3 same, 0 differ, 0 errors, 0 skipped"),
                 qPrintable(same.out));

        QVERIFY(replaceInFile(m_workspace + "/bundles/python-hooks/middleware.py",
                              "request.add_header(\"X-Sample-Pre\", \"1\")",
                              "request.add_header(\"X-Sample-Pre\", \"changed\")"));
        const QString junit = m_dir->filePath("replay.xml");
        const Run changed =
            cli({"replay", m_workspace, "--bundle-cache", m_cache, "--junit", junit});
        QVERIFY2(changed.exitCode == 1, qPrintable(describe(changed)));
        QVERIFY2(changed.out.contains("DIFFERS  GET /python/get?sample=1: differs: body"),
                 qPrintable(changed.out));
        // The changed field of the echoed JSON, as one line each side, indented as in the body.
        QVERIFY2(
            changed.out.contains("         body:\n           -         \"X-Sample-Pre\": \"1\",\n"
                                 "           +         \"X-Sample-Pre\": \"changed\",\n"),
            qPrintable(changed.out));
        QVERIFY2(changed.out.contains("SAME     GET /keyless/get?a=b (200)"),
                 qPrintable(changed.out));
        QVERIFY2(changed.out.contains("3 replayed: 1 same, 2 differ, 0 errors, 0 skipped"),
                 qPrintable(changed.out));
        QFile file(junit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("failures=\"2\""));

        const Run last = cli({"replay", m_workspace, "--bundle-cache", m_cache, "--last", "1"});
        QVERIFY2(last.out.contains("1 replayed: 0 same, 1 differ, 0 errors, 0 skipped"),
                 qPrintable(describe(last)));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
    QString m_cache;
};

QTEST_GUILESS_MAIN(tst_CliTest)
#include "tst_clitest.moc"
