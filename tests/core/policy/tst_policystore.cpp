// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/policystore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Hb;

namespace {
void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}
} // namespace

class tst_PolicyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordFileIsKeyedByIdAndTheKeyOverridesTheInnerId()
    {
        const QByteArray text = R"({
  "gold": {"id": "ignored", "org_id": "o", "rate": 100, "per": 1, "access_rights": {"a": {"versions": ["Default"]}}},
  "silver": {"org_id": "o", "quota_max": 10}
})";
        auto store = Policy::PolicyStore::fromRecordJson(text, QStringLiteral("policies.json"));
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().toString()));
        QCOMPARE(store->size(), 2);
        QCOMPARE(store->ids(), QStringList({QStringLiteral("gold"), QStringLiteral("silver")}));
        QVERIFY(!store->find(QStringLiteral("ignored")));
        const Policy::Policy *gold = store->find(QStringLiteral("gold"));
        QVERIFY(gold);
        QCOMPARE(gold->id(), QStringLiteral("gold"));
        QCOMPARE(gold->limit().rate, 100.0);
        QVERIFY(gold->accessRights().contains("a"));
        QCOMPARE(store->find(QStringLiteral("silver"))->limit().quotaMax, qint64(10));
        QCOMPARE(QString::fromStdString(store->toJson()["silver"]["id"].dump()),
                 QStringLiteral("\"silver\""));
    }

    void recordFileErrorsCarryTheirLocation_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("syntax") << QByteArray("{\n  \"p\": {\"rate\": 1,,}\n}") << 2 << 19
                                << QStringLiteral("malformed JSON");
        QTest::newRow("string rate") << QByteArray("{\n  \"p\": {\n    \"rate\": \"fast\"\n  }\n}")
                                     << 3 << 13 << QStringLiteral("p.rate");
        QTest::newRow("float quota") << QByteArray("{\"p\": {\"quota_max\": 1.5}}") << 1 << 21
                                     << QStringLiteral("p.quota_max");
        QTest::newRow("policy not object")
            << QByteArray("{\"p\": [1]}") << 1 << 7 << QStringLiteral("expected an object");
        QTest::newRow("array root")
            << QByteArray("[]") << 1 << 1 << QStringLiteral("keyed by policy id");
        QTest::newRow("bad access right limit")
            << QByteArray("{\"p\": {\"access_rights\": {\"a\": {\"limit\": {\"per\": true}}}}}")
            << 1 << 49 << QStringLiteral("p.access_rights.a.limit.per");
    }
    void recordFileErrorsCarryTheirLocation()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, fragment);
        auto store = Policy::PolicyStore::fromRecordJson(text, QStringLiteral("pol.json"));
        QVERIFY(!store.ok());
        const Error &e = store.error();
        QCOMPARE(e.where.file, QStringLiteral("pol.json"));
        QCOMPARE(e.where.line, line);
        QCOMPARE(e.where.column, column);
        QVERIFY2(e.message.contains(fragment), qPrintable(e.toString()));
    }

    void missingRecordFileIsAnIoError()
    {
        auto store =
            Policy::PolicyStore::loadRecordFile(QStringLiteral("/nonexistent/policies.json"));
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::Io);
    }

    void directoryLoadsEveryJsonFileAsOnePolicy()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("a.json")),
                  R"({"id": "a", "org_id": "o", "rate": 1, "per": 1})");
        writeFile(dir.filePath(QStringLiteral("b.json")),
                  R"({"id": "b", "org_id": "o", "tags": ["x"]})");
        writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a policy");
        auto store = Policy::PolicyStore::loadDirectory(dir.path());
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().toString()));
        QCOMPARE(store->ids(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(store->find(QStringLiteral("b"))->tags(), QStringList({QStringLiteral("x")}));
    }

    void brokenFileInADirectoryIsReportedWithItsLocation()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("a.json")), R"({"id": "a"})");
        writeFile(dir.filePath(QStringLiteral("b.json")),
                  "{\n  \"id\": \"b\",\n  \"is_inactive\": \"yes\"\n}");
        auto store = Policy::PolicyStore::loadDirectory(dir.path());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().where.file, dir.filePath(QStringLiteral("b.json")));
        QCOMPARE(store.error().where.line, 3);
        QCOMPARE(store.error().where.column, 18);
        QVERIFY(store.error().message.contains(u"is_inactive"));
    }

    void missingDirectoryIsAnError()
    {
        QVERIFY(!Policy::PolicyStore::loadDirectory(QStringLiteral("/nonexistent/policies")).ok());
    }

    void copiesShareTheSamePolicies()
    {
        const Policy::PolicyStore a({Policy::Policy({{"id", "p"}, {"rate", 2}})});
        const Policy::PolicyStore b = a;
        QCOMPARE(b.find(QStringLiteral("p"))->limit().rate, 2.0);
        QVERIFY(Policy::PolicyStore().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PolicyStore)
#include "tst_policystore.moc"
