// SPDX-License-Identifier: GPL-3.0-or-later
// The list of loaded APIs, over the JSON-free summaries the engine bridge hands the GUI.
#include "workbench/models/apilistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Hb;
using Ui::ApiListModel;
using Ui::ApiSummary;

namespace {
ApiSummary summary(const QString &apiId, const QString &name, const QString &listenPath)
{
    ApiSummary api;
    api.apiId = apiId;
    api.orgId = QStringLiteral("org");
    api.name = name;
    api.listenPath = listenPath;
    api.targetUrl = QStringLiteral("hookbench://echo");
    api.sourceFile = QStringLiteral("/apps/") + apiId + QStringLiteral(".json");
    return api;
}
} // namespace

class tst_ApiListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsShowTheNameOrElseTheApiIdAndTheListenPath()
    {
        ApiListModel model(
            {summary(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("/alpha/")),
             summary(QStringLiteral("b"), QString(), QStringLiteral("/b/"))});
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, ApiListModel::Name)).toString(),
                 QStringLiteral("Alpha"));
        QCOMPARE(model.data(model.index(1, ApiListModel::Name)).toString(), QStringLiteral("b"));
        QCOMPARE(model.data(model.index(1, ApiListModel::ListenPath)).toString(),
                 QStringLiteral("/b/"));
    }

    void theAuthColumnNamesTheModeFromTheFlags_data()
    {
        QTest::addColumn<bool>("keyless");
        QTest::addColumn<bool>("standard");
        QTest::addColumn<bool>("custom");
        QTest::addColumn<QString>("shown");
        QTest::newRow("keyless wins") << true << true << true << QStringLiteral("keyless");
        QTest::newRow("custom") << false << false << true << QStringLiteral("custom plugin");
        QTest::newRow("custom and token")
            << false << true << true << QStringLiteral("custom plugin + auth token");
        QTest::newRow("protected by default")
            << false << false << false << QStringLiteral("auth token");
    }

    void theAuthColumnNamesTheModeFromTheFlags()
    {
        QFETCH(bool, keyless);
        QFETCH(bool, standard);
        QFETCH(bool, custom);
        QFETCH(QString, shown);
        ApiSummary api = summary(QStringLiteral("a"), QString(), QStringLiteral("/a/"));
        api.useKeyless = keyless;
        api.useStandardAuth = standard;
        api.customPluginAuthEnabled = custom;
        ApiListModel model({api});
        QCOMPARE(model.data(model.index(0, ApiListModel::Auth)).toString(), shown);
    }

    void theTooltipNamesIdOrgTargetAndFile()
    {
        ApiListModel model({summary(QStringLiteral("a"), QString(), QStringLiteral("/a/"))});
        QCOMPARE(model.data(model.index(0, ApiListModel::Name), Qt::ToolTipRole).toString(),
                 QStringLiteral("api_id a · org org · target hookbench://echo\n/apps/a.json"));
    }

    void aReloadReplacesTheRowsAndRowOfFileFindsTheNewOnes()
    {
        ApiListModel model({summary(QStringLiteral("a"), QString(), QStringLiteral("/a/"))});
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApis({summary(QStringLiteral("b"), QString(), QStringLiteral("/b/")),
                       summary(QStringLiteral("c"), QString(), QStringLiteral("/c/"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfFile(QStringLiteral("/apps/c.json")), 1);
        QCOMPARE(model.rowOfFile(QStringLiteral("/apps/a.json")), -1);
        QCOMPARE(model.rowOfFile(QString()), -1);
    }
};

QTEST_GUILESS_MAIN(tst_ApiListModel)
#include "tst_apilistmodel.moc"
