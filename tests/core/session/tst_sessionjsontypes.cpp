// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/sessionjsontypes.h"

#include <QTest>

using Hb::Result;
using Hb::Session::SessionJsonTypes;
using Json = nlohmann::json;

// SessionJsonTypes decodes as Go's encoding/json decodes into Tyk's user.SessionState.
class tst_SessionJsonTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aKeyOfTheWrongGoTypeFailsWithGosMessage()
    {
        const Result<void> r = SessionJsonTypes::check(Json{{"Rate", "100"}});
        QVERIFY(!r);
        QCOMPARE(r.error().message,
                 QStringLiteral("json: cannot unmarshal string into Go struct field "
                                "SessionState.rate of type float64"));
    }

    void keysInAnotherCaseAreRenamedToTheirJsonTagsAtEveryDepth()
    {
        const Json in = Json::parse("{\"RATE\": 5, \"Per\": 1, \"meta_data\": {\"Keep\": \"x\"},"
                                    " \"ACCESS_RIGHTS\": {\"Api1\": {\"API_ID\": \"Api1\","
                                    " \"Limit\": {\"Quota_Max\": 3}}}, \"unknown_Field\": 1}");
        QVERIFY(SessionJsonTypes::check(in));
        const Json out = SessionJsonTypes::canonical(in);
        QCOMPARE(out["rate"].get<int>(), 5);
        QCOMPARE(out["per"].get<int>(), 1);
        QVERIFY(!out.contains("RATE"));
        // Map keys (API ids, meta data) are data, not field names: untouched.
        QVERIFY(out["meta_data"].contains("Keep"));
        QVERIFY(out["access_rights"].contains("Api1"));
        QVERIFY(out["access_rights"]["Api1"]["api_id"] == "Api1");
        QCOMPARE(out["access_rights"]["Api1"]["limit"]["quota_max"].get<int>(), 3);
        QCOMPARE(out["unknown_Field"].get<int>(), 1);
    }

    void theExactlySpelledKeyWinsAndANullLeavesTheFieldAlone()
    {
        const Json out = SessionJsonTypes::canonical(
            Json{{"rate", 7}, {"Rate", 9}, {"PER", nullptr}, {"Quota_Max", nullptr}});
        QCOMPARE(out["rate"].get<int>(), 7);
        QVERIFY(!out.contains("per"));
        QVERIFY(!out.contains("quota_max"));
        QCOMPARE(out.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(tst_SessionJsonTypes)
#include "tst_sessionjsontypes.moc"
