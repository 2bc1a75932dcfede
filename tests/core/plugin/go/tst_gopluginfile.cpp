// SPDX-License-Identifier: GPL-3.0-or-later
// Where a Go plugin's path leads (Tyk's versioned file names, Hookbench's sources), and how
// Go's compiler messages map back to the author's files.
#include "core/plugin/go/gopluginbuilder.h"
#include "core/plugin/go/gopluginfile.h"
#include "core/plugin/go/goprebuilder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Hb;
using namespace Hb::Plugin;

namespace {
void touch(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x");
}
} // namespace

class TestGoPluginFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionedNameWinsOverThePlainOne()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("plugins/auth.so")));
        touch(dir.filePath(QStringLiteral("plugins/auth_v5.15.0_linux_amd64.so")));
        const auto found = resolveGoPluginFile(QStringLiteral("plugins/auth.so"), {dir.path()},
                                               QStringLiteral("5.15.0-rc2"));
        QVERIFY(found);
        QCOMPARE(found->file, dir.filePath(QStringLiteral("plugins/auth_v5.15.0_linux_amd64.so")));
        QVERIFY(!found->source);
    }
    void versionWithoutVIsTheSecondCandidate()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("auth.so")));
        touch(dir.filePath(QStringLiteral("auth_5.15.0_linux_amd64.so")));
        const auto found =
            resolveGoPluginFile(QStringLiteral("auth.so"), {dir.path()}, QStringLiteral("v5.15.0"));
        QVERIFY(found);
        QCOMPARE(found->file, dir.filePath(QStringLiteral("auth_5.15.0_linux_amd64.so")));
    }
    void missingSoBesideItsSourceFolderIsBuilt()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("plugins/auth/main.go")));
        const auto found = resolveGoPluginFile(QStringLiteral("plugins/auth.so"), {dir.path()},
                                               QStringLiteral("v5.15.0"));
        QVERIFY(found);
        QVERIFY(found->source);
        QCOMPARE(found->file, dir.filePath(QStringLiteral("plugins/auth")));
    }
    void goFileIsSource()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("mw.go")));
        const auto found =
            resolveGoPluginFile(QStringLiteral("mw.go"), {dir.path()}, QStringLiteral("v5.15.0"));
        QVERIFY(found && found->source);
    }
    void laterBaseIsTriedWhenTheFirstHasNothing()
    {
        QTemporaryDir cwd, definitions;
        touch(definitions.filePath(QStringLiteral("x.so")));
        const auto found = resolveGoPluginFile(
            QStringLiteral("x.so"), {cwd.path(), definitions.path()}, QStringLiteral("v5.15.0"));
        QVERIFY(found);
        QCOMPARE(found->file, definitions.filePath(QStringLiteral("x.so")));
    }
    void nothingThereIsTyksPluginFileNotFound()
    {
        QTemporaryDir dir;
        const auto found = resolveGoPluginFile(QStringLiteral("plugins/none.so"), {dir.path()},
                                               QStringLiteral("v5.15.0"));
        QVERIFY(!found);
        QVERIFY2(found.error().message.startsWith(u"plugin file not found"),
                 qPrintable(found.error().message));
        QVERIFY(found.error().message.contains(u"none_v5.15.0_linux_"));
    }
    void compilerMessagesPointAtTheAuthorsFile()
    {
        const QString out = QStringLiteral(
            "# hookbench.plugin/p12\n"
            "./main.go:10:2: syntax error: unexpected }\n"
            "/cache/gopath/src/hookbench.plugin/p12/util.go:3: imported and not used: \"fmt\"\n"
            "note: module requires Go 1.22\n");
        const QList<Error> errors = GoPluginBuilder::parseCompilerOutput(
            out, QStringLiteral("/cache/gopath/src/hookbench.plugin/p12"),
            QStringLiteral("/home/me/plugin"));
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].where.file, QStringLiteral("/home/me/plugin/main.go"));
        QCOMPARE(errors[0].where.line, 10);
        QCOMPARE(errors[0].where.column, 2);
        QCOMPARE(errors[0].message, QStringLiteral("syntax error: unexpected }"));
        QCOMPARE(errors[1].where.file, QStringLiteral("/home/me/plugin/util.go"));
        QCOMPARE(errors[1].where.line, 3);
        QCOMPARE(errors[1].where.column, 0);
    }

    // What a reload builds ahead, off the engine thread: the paths the Go driver would open.
    void prebuildCoversEveryGoPathOutsideBundles()
    {
        Api::ApiDefinition api;
        api.customMiddleware.driver = QStringLiteral("goplugin");
        Api::MiddlewareDefinition pre;
        pre.name = QStringLiteral("Pre");
        pre.path = QStringLiteral("plugins/pre.so");
        Api::MiddlewareDefinition off = pre;
        off.path = QStringLiteral("plugins/off.so");
        off.disabled = true;
        api.customMiddleware.pre = {pre, off};
        api.customMiddleware.authCheck.name = QStringLiteral("Auth");
        api.customMiddleware.authCheck.path = QStringLiteral("plugins/auth");
        Api::VersionInfo version;
        version.useExtendedPaths = true;
        Api::GoPluginMeta endpoint;
        endpoint.pluginPath = QStringLiteral("plugins/endpoint.so");
        endpoint.funcName = QStringLiteral("E");
        version.goPlugins = {endpoint};
        api.versionData.versions.insert(QStringLiteral("Default"), version);
        api.analyticsPlugin.enabled = true;
        api.analyticsPlugin.funcName = QStringLiteral("Mask");
        api.analyticsPlugin.pluginPath = QStringLiteral("plugins/mask.so");
        QCOMPARE(GoPrebuilder::goPluginPaths(api),
                 QStringList({QStringLiteral("plugins/pre.so"), QStringLiteral("plugins/auth"),
                              QStringLiteral("plugins/endpoint.so"),
                              QStringLiteral("plugins/mask.so")}));

        // Under another driver only .so response entries are Go's; a bundle's are unknown.
        Api::ApiDefinition python;
        python.customMiddleware.driver = QStringLiteral("python");
        python.customMiddleware.pre = {pre};
        Api::MiddlewareDefinition response = pre;
        response.path = QStringLiteral("plugins/resp.so");
        python.customMiddleware.response = {response};
        QCOMPARE(GoPrebuilder::goPluginPaths(python),
                 QStringList{QStringLiteral("plugins/resp.so")});
        api.customMiddlewareBundle = QStringLiteral("b.zip");
        QCOMPARE(GoPrebuilder::goPluginPaths(api),
                 QStringList(
                     {QStringLiteral("plugins/endpoint.so"), QStringLiteral("plugins/mask.so")}));
    }
};

QTEST_GUILESS_MAIN(TestGoPluginFile)
#include "tst_gopluginfile.moc"
