// SPDX-License-Identifier: GPL-3.0-or-later
// Go's net/url query functions, byte for byte (url.go: parseQuery, QueryUnescape,
// QueryEscape, Values.Encode).
#include "core/gocompat/urlquery.h"

#include <QTest>

using Hb::GoCompat::UrlQuery;

class tst_UrlQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseDecodesAndKeepsOrder();
    void parseDropsOnlyPairsWithASemicolonOrABadEscape();
    void parseYieldsNothingForMoreThan10000Parameters();
    void parseValuesGroupsValuesByKeyInOrder();
    void queryUnescapeDecodesPlusAndEscapes_data();
    void queryUnescapeDecodesPlusAndEscapes();
    void encodeSortsByKeyAndEscapesAsQueryEscape();
};

void tst_UrlQuery::parseDecodesAndKeepsOrder()
{
    const UrlQuery::Pairs pairs = UrlQuery::parse("a=1&b=x+y%21&a=&c&&=v&d=%41");
    const UrlQuery::Pairs expected = {{"a", "1"}, {"b", "x y!"}, {"a", ""},
                                      {"c", ""},  {"", "v"},     {"d", "A"}};
    QCOMPARE(pairs, expected);
    QVERIFY(UrlQuery::parse("").isEmpty());
    QVERIFY(UrlQuery::parse("&&").isEmpty());
}

void tst_UrlQuery::parseDropsOnlyPairsWithASemicolonOrABadEscape()
{
    // Since Go 1.17 ";" is no separator: "a=1;b=2" is one pair, dropped whole ("invalid
    // semicolon separator in query"); a bad %-escape in the key or the value drops its pair.
    const UrlQuery::Pairs pairs = UrlQuery::parse("a=1;b=2&c=%zz&%zz=c&d=%4&e=ok&f=%3b");
    const UrlQuery::Pairs expected = {{"e", "ok"}, {"f", ";"}};
    QCOMPARE(pairs, expected);
}

void tst_UrlQuery::parseYieldsNothingForMoreThan10000Parameters()
{
    // parseQuery refuses the whole query when strings.Count(query, "&")+1 exceeds
    // defaultMaxParams (Go 1.26 with Tyk's go.mod, which leaves urlmaxqueryparams at its
    // default). Empty parts count.
    const QByteArray atTheLimit = QByteArray(9999, '&') + "a=1";
    const QByteArray overTheLimit = QByteArray(10000, '&') + "a=1";
    QCOMPARE(UrlQuery::parse(atTheLimit), (UrlQuery::Pairs{{"a", "1"}}));
    QVERIFY(UrlQuery::parse(overTheLimit).isEmpty());
    QVERIFY(UrlQuery::parseValues(overTheLimit).isEmpty());
}

void tst_UrlQuery::parseValuesGroupsValuesByKeyInOrder()
{
    UrlQuery::Values expected;
    expected["a"] = {"1", "3"};
    expected["b"] = {"2"};
    QCOMPARE(UrlQuery::parseValues("a=1&b=2&a=3"), expected);
}

void tst_UrlQuery::queryUnescapeDecodesPlusAndEscapes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("plus") << QByteArray("a+b") << true << QByteArray("a b");
    QTest::newRow("escaped plus") << QByteArray("a%2Bb") << true << QByteArray("a+b");
    QTest::newRow("lower-case hex")
        << QByteArray("%e2%82%ac") << true << QByteArray("\xE2\x82\xAC");
    QTest::newRow("bare percent") << QByteArray("%") << false << QByteArray();
    QTest::newRow("one digit at the end") << QByteArray("a%4") << false << QByteArray();
    QTest::newRow("not hex") << QByteArray("%G1") << false << QByteArray();
}

void tst_UrlQuery::queryUnescapeDecodesPlusAndEscapes()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, decoded);
    QByteArray out;
    QCOMPARE(UrlQuery::queryUnescape(text, out), ok);
    if (ok)
        QCOMPARE(out, decoded);
}

void tst_UrlQuery::encodeSortsByKeyAndEscapesAsQueryEscape()
{
    UrlQuery::Values values;
    values["b"] = {"x y", "z&"};
    values["a"] = {"1/2"};
    values["c~"] = {"-_.~!"};
    QCOMPARE(UrlQuery::encode(values), QByteArray("a=1%2F2&b=x+y&b=z%26&c~=-_.~%21"));
    QCOMPARE(UrlQuery::encode({}), QByteArray());
}

QTEST_GUILESS_MAIN(tst_UrlQuery)
#include "tst_urlquery.moc"
