// SPDX-License-Identifier: GPL-3.0-or-later
// The `.hookbench` file: round trip, debounced atomic writes, recovery from a malformed file.
// Test tables read better with plain literals than with QStringLiteral everywhere.
#undef QT_NO_CAST_FROM_ASCII
#include "workbench/workspace/recentworkspaces.h"
#include "workbench/workspace/workspacefile.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hb;
using namespace Hb::Ui;

namespace {
WorkspaceData sampleData()
{
    WorkspaceData data;
    SavedRequest get;
    get.name = QStringLiteral("python");
    get.url = QStringLiteral("/python/get");
    get.headers = {{QStringLiteral("Authorization"), QStringLiteral("{{token}}")},
                   {QStringLiteral("X-Twice"), QStringLiteral("1")},
                   {QStringLiteral("X-Twice"), QStringLiteral("2")}};
    SavedRequest form;
    form.name = QStringLiteral("form");
    form.method = QStringLiteral("POST");
    form.url = QStringLiteral("/keyless/post");
    form.bodyMode = BodyMode::Form;
    form.formFields = {{QStringLiteral("a"), QStringLiteral("1 & 2")}};
    SavedRequest json;
    json.name = QStringLiteral("json");
    json.method = QStringLiteral("PUT");
    json.url = QStringLiteral("/oas/anything");
    json.bodyMode = BodyMode::Json;
    json.body = QStringLiteral("{\"ü\": [1, 2]}");
    data.savedRequests = {get, form, json};
    data.environments.insert(QStringLiteral("local"),
                             {{QStringLiteral("token"), QStringLiteral("t")}});
    data.environments.insert(QStringLiteral("empty"), {});
    data.activeEnvironment = QStringLiteral("local");
    HistoryEntry entry;
    entry.time = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0, 250), Qt::UTC);
    entry.apiId = QStringLiteral("keyless");
    entry.source = HistoryEntry::Source::HttpFront;
    entry.request.method = "POST";
    entry.request.target = "/keyless/post?x=1";
    entry.request.headers.add("Host", "h");
    entry.request.body = QByteArray("\x00\xff binary", 9);
    entry.response.status = 201;
    entry.response.headers.add("Content-Type", "application/json");
    entry.response.body = R"({"ok": true})";
    entry.responseTruncated = true;
    entry.durationMs = 1.5;
    entry.phases = {{QStringLiteral("VersionCheck"), QStringLiteral("continue"), 0.25}};
    data.history = {entry};
    return data;
}
} // namespace

class tst_WorkspaceFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // QSettings (recent workspaces) away from the user's configuration.
        QStandardPaths::setTestModeEnabled(true);
    }

    void startReopensTheNewestWorkspaceThatStillHasApps()
    {
        QSettings().remove(QStringLiteral("workspaces/recent"));
        QCOMPARE(RecentWorkspaces::lastOpenable(), QString()); // first start: the sample
        QTemporaryDir older;
        QTemporaryDir newer;
        QVERIFY(QDir(older.path()).mkpath("apps"));
        QVERIFY(QDir(newer.path()).mkpath("apps"));
        RecentWorkspaces::add(older.path());
        RecentWorkspaces::add(newer.path());
        QCOMPARE(RecentWorkspaces::list().first(), QDir(newer.path()).absolutePath());
        QCOMPARE(RecentWorkspaces::lastOpenable(), QDir(newer.path()).absolutePath());
        // Its apps folder went away: the one before it is opened.
        QVERIFY(QDir(newer.path()).rmdir("apps"));
        QCOMPARE(RecentWorkspaces::lastOpenable(), QDir(older.path()).absolutePath());
        // Reopening moves a workspace to the front, once.
        RecentWorkspaces::add(older.path());
        QCOMPARE(RecentWorkspaces::list().count(QDir(older.path()).absolutePath()), 1);
        QCOMPARE(RecentWorkspaces::list().first(), QDir(older.path()).absolutePath());
        QSettings().remove(QStringLiteral("workspaces/recent"));
    }

    void serializedDataParsesBackUnchanged()
    {
        const WorkspaceData data = sampleData();
        const QByteArray bytes = data.serialize();
        const auto parsed = WorkspaceData::parse(bytes);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->savedRequests, data.savedRequests);
        QCOMPARE(parsed->environments, data.environments);
        QCOMPARE(parsed->activeEnvironment, data.activeEnvironment);
        QCOMPARE(parsed->history, data.history);
        // Pretty-printed, keys sorted: stable bytes for the same data.
        QCOMPARE(parsed->serialize(), bytes);
        QVERIFY(bytes.contains("\n    \"activeEnvironment\""));
        QVERIFY(bytes.indexOf("\"activeEnvironment\"") < bytes.indexOf("\"environments\""));
        QVERIFY(bytes.indexOf("\"environments\"") < bytes.indexOf("\"history\""));
    }

    void changesAreWrittenOnceAfterTheQuietPeriod()
    {
        QTemporaryDir dir;
        WorkspaceFile file(dir.path());
        file.load();
        file.setSaveDelay(50);
        QSignalSpy saved(&file, &WorkspaceFile::saved);
        const WorkspaceData data = sampleData();
        // Typing: many changes in a row make one write.
        file.setSavedRequests(data.savedRequests.mid(0, 1));
        file.setSavedRequests(data.savedRequests.mid(0, 2));
        file.setSavedRequests(data.savedRequests);
        file.setEnvironments(data.environments, data.activeEnvironment);
        file.setHistory(data.history);
        QVERIFY(!QFile::exists(file.filePath())); // nothing written synchronously
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toString(), QString());
        QTest::qWait(120);
        QCOMPARE(saved.count(), 1);

        WorkspaceFile reread(dir.path());
        reread.load();
        QVERIFY(reread.loadProblem().isEmpty());
        QCOMPARE(reread.data().savedRequests, data.savedRequests);
        QCOMPARE(reread.data().history, data.history);
        QCOMPARE(reread.data().activeEnvironment, QStringLiteral("local"));
    }

    void flushWritesPendingChangesAtOnce()
    {
        QTemporaryDir dir;
        {
            WorkspaceFile file(dir.path());
            file.load();
            file.setSaveDelay(60000);
            file.setSavedRequests(sampleData().savedRequests);
            QVERIFY(file.hasPendingChanges());
            file.flush();
            QVERIFY(!file.hasPendingChanges());
            QVERIFY(QFile::exists(file.filePath()));
        }
        WorkspaceFile reread(dir.path());
        reread.load();
        QCOMPARE(reread.data().savedRequests.size(), 3);
    }

    void malformedFileIsKeptAsideWithItsLineAndColumnAndTheWorkspaceStartsEmpty()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral(".hookbench"));
        const QByteArray broken = "{\n  \"savedRequests\": [\n    {\"name\": \"x\",}\n  ]\n}\n";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(broken);
        }
        WorkspaceFile file(dir.path());
        file.load();
        QVERIFY(file.data().savedRequests.isEmpty());
        QVERIFY2(file.loadProblem().contains(QStringLiteral(".hookbench:3:")),
                 qPrintable(file.loadProblem()));
        QVERIFY(!file.movedAsidePath().isEmpty());
        QVERIFY(file.movedAsidePath().contains(QStringLiteral(".hookbench.bad-")));
        QFile aside(file.movedAsidePath());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), broken);
        QVERIFY(!QFile::exists(path));
        // Work goes on: the next change writes a good file beside the kept one.
        file.setSaveDelay(10);
        file.setSavedRequests(sampleData().savedRequests);
        file.flush();
        WorkspaceFile reread(dir.path());
        reread.load();
        QVERIFY(reread.loadProblem().isEmpty());
        QCOMPARE(reread.data().savedRequests.size(), 3);
    }

    void aReadOnlyFileIsNeverWrittenNorMoved()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral(".hookbench"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[1, 2");
        }
        WorkspaceFile file(dir.path());
        file.setReadOnly(true);
        file.load();
        QVERIFY(!file.loadProblem().isEmpty());
        QVERIFY(QFile::exists(path));
        file.setSavedRequests(sampleData().savedRequests);
        file.flush();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("[1, 2"));
    }

    void theSampleWorkspaceHasSavedRequestsAndALocalEnvironment()
    {
        WorkspaceFile file(qEnvironmentVariable("HOOKBENCH_SAMPLES") +
                           QStringLiteral("/workspace"));
        file.setReadOnly(true);
        file.load();
        QVERIFY2(file.loadProblem().isEmpty(), qPrintable(file.loadProblem()));
        QVERIFY(file.data().savedRequests.size() >= 3);
        QCOMPARE(file.data().activeEnvironment, QStringLiteral("local"));
        QCOMPARE(
            file.data().environments.value(QStringLiteral("local")).value(QStringLiteral("token")),
            QStringLiteral("sample-token"));
        bool usesToken = false;
        for (const SavedRequest &r : file.data().savedRequests) {
            for (const auto &h : r.headers)
                usesToken = usesToken || h.second.contains(QStringLiteral("{{token}}"));
        }
        QVERIFY(usesToken);
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceFile)
#include "tst_workspacefile.moc"
