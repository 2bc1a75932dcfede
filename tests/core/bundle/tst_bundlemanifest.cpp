// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/bundlemanifest.h"
#include "tests/core/bundle/bundlefixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hb;
using namespace Hb::Bundle;

class TestBundleManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryManifestField();
    void wrongTypeIsReportedAtItsLineAndColumn();
    void malformedJsonIsReportedAtTheErrorPosition();
    void nonObjectDocumentIsRefused();
    void missingFileIsNotFoundNamingThePath();
    void serializesEveryFieldInGoOrderWithDefaults();
    void absentListsAreNullAndEmptyListsStayEmpty();
    void serializationEscapesHtmlCharactersLikeGo();
    void reparsingTheSerializationGivesTheSameManifest();
};

void TestBundleManifest::readsEveryManifestField()
{
    nlohmann::json doc = BundleFixtures::pythonManifest(
        {QStringLiteral("middleware.py"), QStringLiteral("helper.py")});
    doc["checksum"] = "abc";
    doc["signature"] = "c2ln";
    doc["custom_middleware"]["response"] = {{{"name", "Resp"}, {"raw_body_only", true}}};
    doc["custom_middleware"]["id_extractor"] = {
        {"extract_from", "header"},
        {"extract_with", "value"},
        {"extractor_config", {{"header_name", "Authorization"}}}};
    const auto m = BundleManifest::fromJson(QByteArray::fromStdString(doc.dump(2)),
                                            QStringLiteral("manifest.json"));
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().toString()));
    QCOMPARE(m->fileList,
             (QStringList{QStringLiteral("middleware.py"), QStringLiteral("helper.py")}));
    QCOMPARE(m->customMiddleware.driver, QStringLiteral("python"));
    QCOMPARE(m->customMiddleware.pre.size(), 1);
    QCOMPARE(m->customMiddleware.pre.first().name, QStringLiteral("MyPreHook"));
    QCOMPARE(m->customMiddleware.authCheck.name, QStringLiteral("MyAuthCheck"));
    QCOMPARE(m->customMiddleware.response.first().rawBodyOnly, true);
    QCOMPARE(m->customMiddleware.idExtractor.extractWith, QStringLiteral("value"));
    QCOMPARE(m->checksum, QStringLiteral("abc"));
    QCOMPARE(m->signature, QStringLiteral("c2ln"));
    QCOMPARE(BundleFixtures::dump(m->raw), BundleFixtures::dump(doc));
}

void TestBundleManifest::wrongTypeIsReportedAtItsLineAndColumn()
{
    const QByteArray text = "{\n  \"file_list\": [\"a.py\"],\n  \"custom_middleware\": {\n"
                            "    \"driver\": 7\n  }\n}\n";
    const auto m = BundleManifest::fromJson(text, QStringLiteral("manifest.json"));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code, ErrorCode::InvalidInput);
    QCOMPARE(m.error().where.file, QStringLiteral("manifest.json"));
    QCOMPARE(m.error().where.line, 4);
    QCOMPARE(m.error().where.column, 15);
    QVERIFY2(m.error().message.contains(QStringLiteral("custom_middleware.driver")),
             qPrintable(m.error().message));
}

void TestBundleManifest::malformedJsonIsReportedAtTheErrorPosition()
{
    const auto m =
        BundleManifest::fromJson("{\n  \"file_list\": [,]\n}", QStringLiteral("manifest.json"));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().where.line, 2);
    QCOMPARE(m.error().where.column, 17);
    QVERIFY(m.error().message.startsWith(QStringLiteral("malformed JSON")));
}

void TestBundleManifest::nonObjectDocumentIsRefused()
{
    const auto m = BundleManifest::fromJson("[]", QStringLiteral("manifest.json"));
    QVERIFY(!m.ok());
    QVERIFY(m.error().message.contains(QStringLiteral("JSON object")));
}

void TestBundleManifest::missingFileIsNotFoundNamingThePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("manifest.json"));
    const auto m = BundleManifest::fromFile(path);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code, ErrorCode::NotFound);
    QCOMPARE(m.error().message, path + QStringLiteral(": file does not exist"));
}

void TestBundleManifest::serializesEveryFieldInGoOrderWithDefaults()
{
    const QByteArray text = "{\"file_list\":[\"m.py\"],\"custom_middleware\":{\"driver\":"
                            "\"python\",\"pre\":[{\"name\":\"Pre\"}]},\"checksum\":\"c\"}";
    const auto m = BundleManifest::fromJson(text, QStringLiteral("manifest.json"));
    QVERIFY(m.ok());
    // What encoding/json writes for apidef.BundleManifest decoded from `text`.
    const QByteArray expected =
        "{\"file_list\":[\"m.py\"],\"custom_middleware\":{"
        "\"pre\":[{\"disabled\":false,\"name\":\"Pre\",\"path\":\"\",\"require_session\":false,"
        "\"raw_body_only\":false}],"
        "\"post\":null,\"post_key_auth\":null,"
        "\"auth_check\":{\"disabled\":false,\"name\":\"\",\"path\":\"\",\"require_session\":false,"
        "\"raw_body_only\":false},"
        "\"traffic_logs\":{\"disabled\":false,\"name\":\"\",\"path\":\"\",\"require_session\":"
        "false,\"raw_body_only\":false},"
        "\"response\":null,\"driver\":\"python\","
        "\"id_extractor\":{\"disabled\":false,\"extract_from\":\"\",\"extract_with\":\"\","
        "\"extractor_config\":null}},"
        "\"checksum\":\"c\",\"signature\":\"\"}";
    QCOMPARE(m->serialize(), expected);
    QCOMPARE(BundleFixtures::dump(m->toJson()),
             BundleFixtures::dump((nlohmann::json::parse(expected.toStdString()))));
}

void TestBundleManifest::absentListsAreNullAndEmptyListsStayEmpty()
{
    const QByteArray text = "{\"file_list\":[],\"custom_middleware\":{\"post\":[],"
                            "\"pre\":[{\"name\":\"P\",\"code\":\"Y29kZQ==\"}],"
                            "\"id_extractor\":{\"extractor_config\":{}}}}";
    const auto m = BundleManifest::fromJson(text, QStringLiteral("manifest.json"));
    QVERIFY(m.ok());
    const nlohmann::json out = m->toJson();
    QCOMPARE(BundleFixtures::dump(out["file_list"]),
             BundleFixtures::dump((nlohmann::json::array())));
    QCOMPARE(BundleFixtures::dump(out["custom_middleware"]["post"]),
             BundleFixtures::dump((nlohmann::json::array())));
    QVERIFY(out["custom_middleware"]["response"].is_null());
    QCOMPARE(BundleFixtures::dump(out["custom_middleware"]["id_extractor"]["extractor_config"]),
             BundleFixtures::dump((nlohmann::json::object())));
    // `code` is omitempty in Tyk's MiddlewareDefinition.
    QCOMPARE(BundleFixtures::dump(out["custom_middleware"]["pre"][0]["code"]),
             BundleFixtures::dump(nlohmann::json("Y29kZQ==")));
    QVERIFY(!out["custom_middleware"]["auth_check"].contains("code"));

    BundleManifest built; // in memory, no raw document: empty lists are Go's nil slices
    QVERIFY(built.toJson()["file_list"].is_null());
    QVERIFY(built.toJson()["custom_middleware"]["pre"].is_null());
}

void TestBundleManifest::serializationEscapesHtmlCharactersLikeGo()
{
    BundleManifest m;
    m.customMiddleware.pre.append({QStringLiteral("a<b>&c\u2028"), {}, {}, false, false, false});
    const QByteArray out = m.serialize();
    QVERIFY2(out.contains("\"name\":\"a\\u003cb\\u003e\\u0026c\\u2028\""), out.constData());
}

void TestBundleManifest::reparsingTheSerializationGivesTheSameManifest()
{
    nlohmann::json doc = BundleFixtures::pythonManifest({QStringLiteral("a.py")});
    doc["custom_middleware"]["id_extractor"] = {{"extract_with", "regex"},
                                                {"extractor_config", {{"regex_expression", "x"}}}};
    const auto first =
        BundleManifest::fromJson(QByteArray::fromStdString(doc.dump()), QStringLiteral("m.json"));
    QVERIFY(first.ok());
    const auto second = BundleManifest::fromJson(first->serialize(), QStringLiteral("m.json"));
    QVERIFY(second.ok());
    QCOMPARE(second->serialize(), first->serialize());
    QCOMPARE(
        BundleFixtures::dump(second->customMiddleware.idExtractor.extractorConfig),
        BundleFixtures::dump(nlohmann::json(first->customMiddleware.idExtractor.extractorConfig)));
}

QTEST_GUILESS_MAIN(TestBundleManifest)
#include "tst_bundlemanifest.moc"
