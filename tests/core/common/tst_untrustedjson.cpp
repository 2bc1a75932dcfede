// SPDX-License-Identifier: GPL-3.0-or-later
// The one entry point for JSON Hookbench did not write: nesting bounded as Go's decoder bounds
// it, syntax errors with their line and column, never an exception or a deep recursion.
#include "core/common/jsonnesting.h"
#include "core/common/untrustedjson.h"

#include <QTest>

#include <string>

using namespace Hb;

namespace {
std::string nested(int depth, char open = '[', char close = ']')
{
    return std::string(std::size_t(depth), open) + std::string(std::size_t(depth), close);
}
} // namespace

class tst_UntrustedJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nestingUpToTheLimitParses()
    {
        const std::string text = nested(kMaxJsonNesting);
        QVERIFY(!findJsonNestingBeyond(text));
        const Result<nlohmann::json> parsed = parseUntrustedJson(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QVERIFY(parsed->is_array());
    }

    void oneLevelBeyondIsRefusedAtTheBracketThatOpensIt()
    {
        const std::string text = "{\"a\":\n  " + nested(kMaxJsonNesting) + "}";
        const auto deep = findJsonNestingBeyond(text);
        QVERIFY(deep.has_value());
        // Level 1 is the object; the array that opens level 1,001 is the 1,000th '['.
        QCOMPARE(deep->line, 2);
        QCOMPARE(deep->column, 3 + kMaxJsonNesting - 1);
        const Result<nlohmann::json> parsed = parseUntrustedJson(text, QStringLiteral("body.json"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QCOMPARE(parsed.error().where.file, QStringLiteral("body.json"));
        QCOMPARE(parsed.error().where.line, 2);
        QVERIFY(parsed.error().message.contains(u"nested deeper than 1000 levels"));
    }

    void aHundredThousandBracketsAreRefusedWithoutRecursion()
    {
        // The request that killed the process: 100,000 '[' with no closers.
        const std::string text(100000, '[');
        const Result<nlohmann::json> parsed = parseUntrustedJson(text);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().message.contains(u"nested deeper"));
        QVERIFY(parseUntrustedJsonOrDiscarded(text).is_discarded());
        QVERIFY(parseUntrustedJsonOrDiscarded<nlohmann::ordered_json>(nested(50000, '{', '}'))
                    .is_discarded());
    }

    void bracketsInsideStringsDoNotCount()
    {
        const std::string deepString = "\"" + std::string(20000, '[') + "\\\"" + "\"";
        QVERIFY(!findJsonNestingBeyond("[" + deepString + "]"));
        const Result<nlohmann::json> parsed = parseUntrustedJson("[" + deepString + "]");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->at(0).get<std::string>().size(), std::size_t(20001));
    }

    void aSyntaxErrorNamesItsLineAndColumn()
    {
        const Result<nlohmann::json> parsed =
            parseUntrustedJson("{\n  \"a\": tru\n}", QStringLiteral("f.json"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().where.line, 2);
        QVERIFY2(parsed.error().where.column >= 8, qPrintable(parsed.error().toString()));
        QVERIFY(parsed.error().message.startsWith(u"malformed JSON: "));
        QVERIFY(!parsed.error().message.contains(u"json.exception"));
    }

    void columnsCountCharactersNotBytes()
    {
        const TextPosition pos = textPositionOf("\"é\"x", 4); // é is two bytes
        QCOMPARE(pos.line, 1);
        QCOMPARE(pos.column, 4);
    }
};

QTEST_GUILESS_MAIN(tst_UntrustedJson)
#include "tst_untrustedjson.moc"
