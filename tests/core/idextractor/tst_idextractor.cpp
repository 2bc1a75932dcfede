// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idextractor/idextractor.h"

#include <QTest>

#include <nlohmann/json.hpp>

using Hb::IdExtractor::IdExtractor;
using json = nlohmann::json;

namespace {

Hb::Api::IdExtractorConfig config(const char *from, const char *with,
                                  json settings = json::object())
{
    Hb::Api::IdExtractorConfig c;
    c.extractFrom = QString::fromUtf8(from);
    c.extractWith = QString::fromUtf8(with);
    c.extractorConfig = std::move(settings);
    return c;
}

Hb::Http::HttpRequest request(const QByteArray &method = "GET", const QByteArray &target = "/",
                              const QByteArray &body = {})
{
    Hb::Http::HttpRequest r;
    r.method = method;
    r.target = target;
    r.body = body;
    return r;
}

Hb::Http::HttpRequest formPost(const QByteArray &target, const QByteArray &body)
{
    Hb::Http::HttpRequest r = request("POST", target, body);
    r.headers.add("Content-Type", "application/x-www-form-urlencoded");
    return r;
}

bool anyContains(const QStringList &list, const QString &text)
{
    for (const QString &s : list) {
        if (s.contains(text))
            return true;
    }
    return false;
}

// Worked example of Tyk's generateToken(org, md5hex(id)) (gateway/auth_manager.go).
const QString kOrg = QStringLiteral("my-org");
const QString kMd5 = QStringLiteral("028d78bcc7127513a26766c607a84bcb");

} // namespace

class tst_IdExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerValueIsTheFirstValueFoundIgnoringCase();
    void missingOrEmptyHeaderIsAnError();
    void formValueJoinsBodyThenQueryValues();
    void formValueForGetReadsOnlyTheQuery();
    void formValueIgnoresMultipartBodies();
    void formWithoutTheParameterIsAnError();
    void formParameterWithAnEmptyValueGivesTheEmptyId();
    void headerRegexKeepsTheWholeMatchNotTheGroup();
    void regexPicksTheMatchAtRegexMatchIndex_data();
    void regexPicksTheMatchAtRegexMatchIndex();
    void regexIndexBeyondTheMatchesIsAnError();
    void regexOverTheBodyReadsTheRawBody();
    void invalidRegexKeepsTheExtractorAndFailsEveryRequest();
    void emptyRegexExpressionFailsEveryRequest();
    void negativeRegexMatchIndexIsAnErrorAndAWarning();
    void xpathGivesTheTextOfTheFirstMatch();
    void xpathOnBadXmlIsAnError();
    void xpathWithoutAMatchIsAnError();
    void xpathOverAHeaderValue();
    void bodyValueIsAlwaysEmptyWithAWarning();
    void querystringSourceReadsTheEmptyString();
    void disabledExtractorDoesNotExist();
    void emptyExtractWithMeansNoExtractor();
    void unknownExtractWithMeansNoExtractorAndANote();
    void stringRegexMatchIndexFailsDecodingWithANote();
    void wronglyTypedHeaderNameFailsDecoding();
    void unknownExtractFromIsNotedAndReadsNothing();
    void keysTykDoesNotReadAreNoted();
    void fractionalRegexMatchIndexIsTruncated();
    void configKeysMatchIgnoringCase();
    void emptyHeaderNameWarnsThatEveryRequestFails();
    void cacheKeyMatchesTheReferenceExample();
    void describeNamesSourceAndMode();
};

void tst_IdExtractor::headerValueIsTheFirstValueFoundIgnoringCase()
{
    const auto e = IdExtractor::create(config("header", "value", {{"header_name", "testheader"}}));
    QVERIFY(e);
    Hb::Http::HttpRequest r = request();
    r.headers.add("TestHeader", "testkey");
    r.headers.add("testheader", "second");
    const auto id = e->extract(r);
    QVERIFY(id);
    QCOMPARE(*id, QByteArray("testkey"));
    QVERIFY(e->warnings().isEmpty());
}

void tst_IdExtractor::missingOrEmptyHeaderIsAnError()
{
    const auto e = IdExtractor::create(config("header", "value", {{"header_name", "X-Id"}}));
    QVERIFY(e);
    const auto missing = e->extract(request());
    QVERIFY(!missing);
    QCOMPARE(missing.error().message, QStringLiteral("header \"X-Id\" is missing or empty"));
    Hb::Http::HttpRequest empty = request();
    empty.headers.add("X-Id", "");
    QVERIFY(!e->extract(empty));
}

void tst_IdExtractor::formValueJoinsBodyThenQueryValues()
{
    const auto e = IdExtractor::create(config("form", "value", {{"param_name", "auth"}}));
    QVERIFY(e);
    const auto id = e->extract(formPost("/?auth=b", "auth=a"));
    QVERIFY(id);
    QCOMPARE(*id, QByteArray("ab"));
    // Tyk's own test input.
    const auto tyk = IdExtractor::create(config("form", "value", {{"param_name", "testparam"}}));
    QCOMPARE(*tyk->extract(formPost("/", "testparam=testkey")), QByteArray("testkey"));
}

void tst_IdExtractor::formValueForGetReadsOnlyTheQuery()
{
    const auto e = IdExtractor::create(config("form", "value", {{"param_name", "auth"}}));
    Hb::Http::HttpRequest r = formPost("/?auth=b", "auth=a");
    r.method = "GET";
    const auto id = e->extract(r);
    QVERIFY(id);
    QCOMPARE(*id, QByteArray("b"));
}

void tst_IdExtractor::formValueIgnoresMultipartBodies()
{
    const auto e = IdExtractor::create(config("form", "value", {{"param_name", "auth"}}));
    Hb::Http::HttpRequest r = request("POST", "/",
                                      "--x\r\nContent-Disposition: form-data; "
                                      "name=\"auth\"\r\n\r\nsecret\r\n--x--\r\n");
    r.headers.add("Content-Type", "multipart/form-data; boundary=x");
    QVERIFY(!e->extract(r));
}

void tst_IdExtractor::formWithoutTheParameterIsAnError()
{
    const auto e = IdExtractor::create(config("form", "value", {{"param_name", "auth"}}));
    const auto id = e->extract(formPost("/?other=1", "other=2"));
    QVERIFY(!id);
    QVERIFY(id.error().message.startsWith(QStringLiteral("form parameter \"auth\" has no value")));
}

void tst_IdExtractor::formParameterWithAnEmptyValueGivesTheEmptyId()
{
    // Tyk fails only when the parameter is absent; "auth=" is one empty value.
    const auto e = IdExtractor::create(config("form", "value", {{"param_name", "auth"}}));
    const auto id = e->extract(request("GET", "/?auth="));
    QVERIFY(id);
    QCOMPARE(*id, QByteArray());
}

void tst_IdExtractor::headerRegexKeepsTheWholeMatchNotTheGroup()
{
    const auto e = IdExtractor::create(config("header", "regex",
                                              {{"header_name", "testheader"},
                                               {"regex_expression", "prefix-(.*)"},
                                               {"regex_match_index", 0}}));
    QVERIFY(e);
    Hb::Http::HttpRequest r = request();
    r.headers.add("testheader", "prefix-testkey123");
    QCOMPARE(*e->extract(r), QByteArray("prefix-testkey123"));
    QVERIFY(anyContains(e->warnings(), QStringLiteral("capture groups")));
}

void tst_IdExtractor::regexPicksTheMatchAtRegexMatchIndex_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("id");
    QTest::newRow("0") << 0 << QByteArray("1");
    QTest::newRow("1") << 1 << QByteArray("22");
    QTest::newRow("2") << 2 << QByteArray("333");
}

void tst_IdExtractor::regexPicksTheMatchAtRegexMatchIndex()
{
    QFETCH(int, index);
    QFETCH(QByteArray, id);
    const auto e = IdExtractor::create(config(
        "header", "regex",
        {{"header_name", "X-Id"}, {"regex_expression", "[0-9]+"}, {"regex_match_index", index}}));
    Hb::Http::HttpRequest r = request();
    r.headers.add("X-Id", "a1b22c333");
    const auto extracted = e->extract(r);
    QVERIFY(extracted);
    QCOMPARE(*extracted, id);
}

void tst_IdExtractor::regexIndexBeyondTheMatchesIsAnError()
{
    const auto e = IdExtractor::create(config(
        "header", "regex",
        {{"header_name", "X-Id"}, {"regex_expression", "[0-9]+"}, {"regex_match_index", 3}}));
    Hb::Http::HttpRequest r = request();
    r.headers.add("X-Id", "a1b22c333");
    const auto id = e->extract(r);
    QVERIFY(!id);
    QCOMPARE(id.error().message,
             QStringLiteral("regex \"[0-9]+\" matched 3 time(s) in \"a1b22c333\"; "
                            "regex_match_index 3 is out of range"));
}

void tst_IdExtractor::regexOverTheBodyReadsTheRawBody()
{
    const auto e =
        IdExtractor::create(config("body", "regex", {{"regex_expression", "key-[a-z]+"}}));
    QCOMPARE(*e->extract(request("POST", "/", "{\"k\":\"key-abc\"}")), QByteArray("key-abc"));
    QVERIFY(e->warnings().isEmpty());
}

void tst_IdExtractor::invalidRegexKeepsTheExtractorAndFailsEveryRequest()
{
    QStringList notes;
    const auto e = IdExtractor::create(
        config("header", "regex", {{"header_name", "X-Id"}, {"regex_expression", "(?=x)"}}),
        &notes);
    QVERIFY(e);
    QVERIFY(notes.isEmpty());
    QVERIFY(anyContains(e->warnings(), QStringLiteral("Go does not compile regex_expression")));
    Hb::Http::HttpRequest r = request();
    r.headers.add("X-Id", "x");
    const auto id = e->extract(r);
    QVERIFY(!id);
    QVERIFY(id.error().message.contains(QStringLiteral("invalid or unsupported Perl syntax")));
}

void tst_IdExtractor::emptyRegexExpressionFailsEveryRequest()
{
    const auto e = IdExtractor::create(config("header", "regex", {{"header_name", "X-Id"}}));
    QVERIFY(e);
    QVERIFY(anyContains(e->warnings(), QStringLiteral("regex_expression is empty")));
    Hb::Http::HttpRequest r = request();
    r.headers.add("X-Id", "x");
    QCOMPARE(e->extract(r).error().message, QStringLiteral("regex_expression is empty"));
}

void tst_IdExtractor::negativeRegexMatchIndexIsAnErrorAndAWarning()
{
    const auto e = IdExtractor::create(config(
        "header", "regex",
        {{"header_name", "X-Id"}, {"regex_expression", "[0-9]+"}, {"regex_match_index", -1}}));
    QVERIFY(e);
    QVERIFY(anyContains(e->warnings(), QStringLiteral("Tyk panics")));
    Hb::Http::HttpRequest r = request();
    r.headers.add("X-Id", "a1");
    const auto id = e->extract(r);
    QVERIFY(!id);
    QVERIFY(id.error().message.contains(QStringLiteral("negative")));
}

void tst_IdExtractor::xpathGivesTheTextOfTheFirstMatch()
{
    const auto e =
        IdExtractor::create(config("body", "xpath", {{"xpath_expression", "//object/key"}}));
    QVERIFY(e);
    const auto id = e->extract(request("POST", "/", "<object><key>thevalue</key></object>"));
    QVERIFY(id);
    QCOMPARE(*id, QByteArray("thevalue"));
}

void tst_IdExtractor::xpathOnBadXmlIsAnError()
{
    const auto e =
        IdExtractor::create(config("body", "xpath", {{"xpath_expression", "//object/key"}}));
    const auto id = e->extract(request("POST", "/", "<object><key>thevalue</object>"));
    QVERIFY(!id);
    QVERIFY(id.error().message.startsWith(QStringLiteral("the input is not XML Tyk can parse")));
}

void tst_IdExtractor::xpathWithoutAMatchIsAnError()
{
    const auto e = IdExtractor::create(config("body", "xpath", {{"xpath_expression", "//a/b"}}));
    const auto id = e->extract(request("POST", "/", "<a><c>x</c></a>"));
    QVERIFY(!id);
    QCOMPARE(id.error().message, QStringLiteral("xpath //a/b matched nothing"));
    // An empty body parses (no nodes) and then matches nothing.
    QVERIFY(!e->extract(request("POST", "/", "")));
}

void tst_IdExtractor::xpathOverAHeaderValue()
{
    const auto e = IdExtractor::create(
        config("header", "xpath", {{"header_name", "X-Doc"}, {"xpath_expression", "//key/@id"}}));
    Hb::Http::HttpRequest r = request();
    r.headers.add("X-Doc", "<key id=\"k1\"/>");
    QCOMPARE(*e->extract(r), QByteArray("k1"));
}

void tst_IdExtractor::bodyValueIsAlwaysEmptyWithAWarning()
{
    const auto e = IdExtractor::create(config("body", "value"));
    QVERIFY(e);
    const auto id = e->extract(request("POST", "/", "some-id"));
    QVERIFY(id);
    QCOMPARE(*id, QByteArray());
    QVERIFY(anyContains(e->warnings(), QStringLiteral("ONE cache entry")));
}

void tst_IdExtractor::querystringSourceReadsTheEmptyString()
{
    const auto value = IdExtractor::create(config("querystring", "value"));
    QCOMPARE(*value->extract(request("GET", "/?id=abc")), QByteArray());
    QVERIFY(anyContains(value->warnings(), QStringLiteral("ONE cache entry")));

    const auto regex =
        IdExtractor::create(config("querystring", "regex", {{"regex_expression", "[a-z]+"}}));
    QVERIFY(!regex->extract(request("GET", "/?id=abc")));
    QVERIFY(anyContains(regex->warnings(), QStringLiteral("runs on \"\"")));
    // An expression that matches "" yields the empty id.
    const auto any =
        IdExtractor::create(config("querystring", "regex", {{"regex_expression", ".*"}}));
    QCOMPARE(*any->extract(request("GET", "/?id=abc")), QByteArray());
}

void tst_IdExtractor::disabledExtractorDoesNotExist()
{
    Hb::Api::IdExtractorConfig c = config("header", "value", {{"header_name", "X-Id"}});
    c.disabled = true;
    QStringList notes;
    QVERIFY(!IdExtractor::create(c, &notes));
    QVERIFY(notes.isEmpty());
}

void tst_IdExtractor::emptyExtractWithMeansNoExtractor()
{
    QStringList notes;
    QVERIFY(!IdExtractor::create(config("", ""), &notes));
    QVERIFY(notes.isEmpty()); // nothing configured, nothing to explain
    QVERIFY(!IdExtractor::create(config("header", "", {{"header_name", "X-Id"}}), &notes));
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().startsWith(QStringLiteral("extract_with is empty")));
}

void tst_IdExtractor::unknownExtractWithMeansNoExtractorAndANote()
{
    QStringList notes;
    QVERIFY(!IdExtractor::create(config("header", "Regex", {{"header_name", "X-Id"}}), &notes));
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().contains(QStringLiteral("\"Regex\"")));
}

void tst_IdExtractor::stringRegexMatchIndexFailsDecodingWithANote()
{
    QStringList notes;
    QVERIFY(!IdExtractor::create(
        config(
            "header", "regex",
            {{"header_name", "X-Id"}, {"regex_expression", "[0-9]+"}, {"regex_match_index", "0"}}),
        &notes));
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().contains(QStringLiteral("regex_match_index is a string (\"0\")")));
    QVERIFY(notes.first().contains(QStringLiteral("without an ID extractor")));
}

void tst_IdExtractor::wronglyTypedHeaderNameFailsDecoding()
{
    QStringList notes;
    QVERIFY(!IdExtractor::create(config("header", "value", {{"header_name", 5}}), &notes));
    QVERIFY(anyContains(notes, QStringLiteral("header_name is a number (5)")));
    // null is skipped, not an error.
    QVERIFY(IdExtractor::create(config("header", "value", {{"header_name", nullptr}})));
}

void tst_IdExtractor::unknownExtractFromIsNotedAndReadsNothing()
{
    QStringList notes;
    const auto e = IdExtractor::create(config("cookie", "value"), &notes);
    QVERIFY(e);
    QVERIFY(anyContains(notes, QStringLiteral("extract_from \"cookie\"")));
    QCOMPARE(*e->extract(request()), QByteArray());
}

void tst_IdExtractor::keysTykDoesNotReadAreNoted()
{
    QStringList notes;
    const auto e =
        IdExtractor::create(config("form", "value", {{"form_param_name", "auth"}}), &notes);
    QVERIFY(e); // the key is ignored, param_name stays empty
    QVERIFY(anyContains(notes, QStringLiteral("did you mean \"param_name\"")));
    QVERIFY(anyContains(e->warnings(), QStringLiteral("param_name is empty")));
    QVERIFY(!e->extract(formPost("/", "auth=a")));
}

void tst_IdExtractor::fractionalRegexMatchIndexIsTruncated()
{
    QStringList notes;
    const auto e = IdExtractor::create(
        config(
            "header", "regex",
            {{"header_name", "X-Id"}, {"regex_expression", "[0-9]+"}, {"regex_match_index", 1.7}}),
        &notes);
    QVERIFY(e);
    QVERIFY(anyContains(notes, QStringLiteral("truncates it to 1")));
    Hb::Http::HttpRequest r = request();
    r.headers.add("X-Id", "a1b22");
    QCOMPARE(*e->extract(r), QByteArray("22"));
}

void tst_IdExtractor::configKeysMatchIgnoringCase()
{
    QStringList notes;
    const auto e =
        IdExtractor::create(config("header", "value", {{"Header_Name", "X-Id"}}), &notes);
    QVERIFY(notes.isEmpty());
    Hb::Http::HttpRequest r = request();
    r.headers.add("x-id", "abc");
    QCOMPARE(*e->extract(r), QByteArray("abc"));
}

void tst_IdExtractor::emptyHeaderNameWarnsThatEveryRequestFails()
{
    const auto e = IdExtractor::create(config("header", "value"));
    QVERIFY(e);
    QVERIFY(anyContains(e->warnings(), QStringLiteral("header_name is empty")));
    QVERIFY(!e->extract(request()));
}

void tst_IdExtractor::cacheKeyMatchesTheReferenceExample()
{
    QCOMPARE(IdExtractor::cacheKey(kOrg, "d28e17f7", {}), kOrg + kMd5);
    QCOMPARE(IdExtractor::cacheKey(kOrg, "d28e17f7", QStringLiteral("murmur64")),
             QStringLiteral("eyJvcmciOiJteS1vcmciLCJpZCI6IjAyOGQ3OGJjYzcxMjc1MTNhMjY3NjZjNjA3YTg0"
                            "YmNiIiwiaCI6Im11cm11cjY0In0="));
}

void tst_IdExtractor::describeNamesSourceAndMode()
{
    const auto header =
        IdExtractor::create(config("header", "value", {{"header_name", "Authorization"}}));
    QCOMPARE(header->describe(), QStringLiteral("header \"Authorization\" by value"));
    QCOMPARE(header->extractFrom(), QStringLiteral("header"));
    QCOMPARE(header->extractWith(), QStringLiteral("value"));
    const auto body = IdExtractor::create(
        config("body", "regex", {{"regex_expression", "[0-9]+"}, {"regex_match_index", 1}}));
    QCOMPARE(body->describe(), QStringLiteral("body by regex \"[0-9]+\" (match 1)"));
}

QTEST_GUILESS_MAIN(tst_IdExtractor)
#include "tst_idextractor.moc"
