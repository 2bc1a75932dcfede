// SPDX-License-Identifier: GPL-3.0-or-later
// The coprocess Object rules (Tyk: gateway/coprocess.go, gateway/coprocess_helpers.go) on their
// own.
#include "core/gocompat/urlquery.h"
#include "core/coprocess/objectbuilder.h"
#include "core/coprocess/requestapplier.h"
#include "core/coprocess/responseapplier.h"
#include "core/coprocess/returnoverrides.h"
#include "core/coprocess/sessionconverter.h"

#include <QTest>

using namespace Hb;
using nlohmann::json;

namespace {
using Headers = QList<std::pair<std::string, QList<std::string>>>;
using ByteMap = QMap<QByteArray, QByteArray>;
} // namespace

// Declared before the data functions use them.
Q_DECLARE_METATYPE(Headers)
Q_DECLARE_METATYPE(ByteMap)

namespace {

google::protobuf::RepeatedPtrField<coprocess::Header> makeHeaders(const Headers &in)
{
    google::protobuf::RepeatedPtrField<coprocess::Header> out;
    for (const auto &[key, values] : in) {
        coprocess::Header *h = out.Add();
        h->set_key(key);
        for (const auto &v : values)
            h->add_values(v);
    }
    return out;
}

// Order-insensitive, as Tyk's equalHeaders compares.
QMap<QString, QStringList> asMap(const google::protobuf::RepeatedPtrField<coprocess::Header> &hs)
{
    QMap<QString, QStringList> m;
    for (const auto &h : hs) {
        QStringList values;
        for (const auto &v : h.values())
            values.append(QString::fromStdString(v));
        m.insert(QString::fromStdString(h.key()), values);
    }
    return m;
}

Http::HttpRequest request(const QByteArray &method, const QByteArray &target)
{
    Http::HttpRequest r;
    r.method = method;
    r.target = target;
    r.headers.add("Host", "example.com");
    return r;
}
} // namespace

class TestCoprocessObjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestObjectCarriesFirstValuesCanonicalNamesAndMinusOne()
    {
        Http::HttpRequest r = request("POST", "/api/x?a=1&a=2&b=hello+world");
        r.headers.add("x-api-key", "first");
        r.headers.add("X-Api-Key", "second");
        r.body = "\xff\xfe";
        const coprocess::MiniRequestObject o = Coprocess::ObjectBuilder::request(r, false);
        QCOMPARE(o.headers().at("X-Api-Key"), std::string("first"));
        QCOMPARE(o.headers().at("Host"), std::string("example.com"));
        QCOMPARE(o.params().at("a"), std::string("1"));
        QCOMPARE(o.params().at("b"), std::string("hello world"));
        QCOMPARE(o.url(), std::string("/api/x?a=1&a=2&b=hello+world"));
        QCOMPARE(o.request_uri(), o.url());
        QCOMPARE(o.return_overrides().response_code(), -1);
        QCOMPARE(o.raw_body(), std::string("\xff\xfe"));
        QVERIFY(o.body().empty()); // not UTF-8
        QCOMPARE(o.scheme(), std::string("http"));
    }

    void specMapHasBundleHashAndConfigDataOnlyWhenEnabled()
    {
        Api::ApiDefinition api;
        api.apiId = QStringLiteral("a1");
        api.orgId = QStringLiteral("o1");
        auto spec = Coprocess::ObjectBuilder::spec(api);
        QCOMPARE(spec.at("bundle_hash"), std::string("d41d8cd98f00b204e9800998ecf8427e"));
        QVERIFY(!spec.contains("config_data"));
        api.customMiddlewareBundle = QStringLiteral("bundle.zip");
        api.configData = json{{"k", "v"}};
        spec = Coprocess::ObjectBuilder::spec(api);
        QCOMPARE(spec.at("bundle_hash"), std::string("c343271e0935000c0ea41f8d9822015c"));
        QCOMPARE(spec.at("config_data"), std::string("{\"k\":\"v\"}"));
        api.configDataDisabled = true;
        QVERIFY(!Coprocess::ObjectBuilder::spec(api).contains("config_data"));
    }

    void preAndAuthHooksNeverSeeTheSession()
    {
        Api::ApiDefinition api;
        const Http::HttpRequest r = request("GET", "/");
        const Session::SessionState s(json{{"rate", 5}, {"meta_data", {{"k", "v"}}}});
        Coprocess::ObjectInputs in;
        in.api = &api;
        in.request = &r;
        in.session = &s;
        in.hookType = coprocess::Pre;
        QVERIFY(!Coprocess::ObjectBuilder::build(in).has_session());
        in.hookType = coprocess::CustomKeyCheck;
        QVERIFY(!Coprocess::ObjectBuilder::build(in).has_session());
        in.hookType = coprocess::Post;
        const coprocess::Object post = Coprocess::ObjectBuilder::build(in);
        QCOMPARE(post.session().rate(), 5.0);
        QCOMPARE(post.metadata().at("k"), std::string("v"));
    }

    void sessionMetadataGoesOutAsJsonStringsAndComesBackAsStrings()
    {
        const Session::SessionState s(
            json{{"meta_data", {{"plain", "x"}, {"nested", {{"a", "b"}}}}},
                 {"enable_detail_recording", true},
                 {"hmac_string", "secret"},
                 {"basic_auth_data", {{"password", "p"}, {"hash_type", "bcrypt"}}}});
        const coprocess::SessionState p =
            Coprocess::SessionConverter::toProto(s, QStringLiteral("key1"));
        QCOMPARE(p.metadata().at("nested"), std::string("{\"a\":\"b\"}"));
        QVERIFY(p.enable_detailed_recording());
        QCOMPARE(p.hmac_secret(), std::string("secret"));
        QCOMPARE(p.basic_auth_data().hash(), std::string("bcrypt"));
        QCOMPARE(p.key_id(), std::string("key1"));
        const Session::SessionState back = Coprocess::SessionConverter::fromProto(p);
        QVERIFY(back.json()["meta_data"]["nested"] == json("{\"a\":\"b\"}"));
        QVERIFY(back.json()["hmac_string"] == json("secret"));
        QVERIFY(back.json()["basic_auth_data"]["hash_type"] == json("bcrypt"));
        QVERIFY(!back.json().contains("rate")); // zero fields are left out
    }

    void allowedUrlsComeBackPaddedAsTykDoes()
    {
        coprocess::SessionState p;
        coprocess::AccessDefinition &def = (*p.mutable_access_rights())["api1"];
        def.set_api_id("api1");
        coprocess::AccessSpec *spec = def.add_allowed_urls();
        spec->set_url("/x");
        spec->add_methods("GET");
        const json urls = Coprocess::SessionConverter::fromProto(p)
                              .json()["access_rights"]["api1"]["allowed_urls"];
        QCOMPARE(int(urls.size()), 2);
        QVERIFY(urls[0]["url"] == json(""));
        QVERIFY(urls[0]["methods"].is_null());
        QVERIFY(urls[1]["url"] == json("/x"));
    }

    void requestApplierFollowsTyksOrder()
    {
        Http::HttpRequest r = request("GET", "/x?keep=1&drop=2&edit=old");
        r.headers.add("X-Both", "before");
        coprocess::MiniRequestObject o = Coprocess::ObjectBuilder::request(r, false);
        o.add_delete_headers("X-Both");
        (*o.mutable_set_headers())["x-both"] = "after"; // deleted and set: ends up set
        o.add_delete_params("drop");
        (*o.mutable_add_params())["edit"] = "new value";
        o.set_body("ignored text body");
        o.set_raw_body("raw");
        o.set_method("PUT");
        const Result<void> applied =
            Coprocess::RequestApplier::apply(o, r, "keep=1&drop=2&edit=old");
        QVERIFY(applied.ok());
        QCOMPARE(r.headers.value("X-Both"), QByteArray("after"));
        QCOMPARE(r.body, QByteArray("raw"));
        QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE(r.target, QByteArray("/x?edit=new+value&keep=1"));
    }

    void queryEditsInsideUrlAreUndoneAsInTyk()
    {
        Http::HttpRequest r = request("GET", "/x?a=1");
        coprocess::MiniRequestObject o = Coprocess::ObjectBuilder::request(r, false);
        o.set_url("/y?a=2");
        QVERIFY(Coprocess::RequestApplier::apply(o, r, "a=1").ok());
        QCOMPARE(r.target, QByteArray("/y?a=1"));
    }

    void unparseableUrlFails()
    {
        Http::HttpRequest r = request("GET", "/x");
        coprocess::MiniRequestObject o = Coprocess::ObjectBuilder::request(r, false);
        o.set_url("relative/path");
        QVERIFY(!Coprocess::RequestApplier::apply(o, r, "").ok());
        o.set_url("");
        QVERIFY(!Coprocess::RequestApplier::apply(o, r, "").ok());
    }

    void returnOverridesDecideBetweenTemplateAndRawReply()
    {
        coprocess::ReturnOverrides ro;
        ro.set_response_code(-1);
        QVERIFY(!Coprocess::ReturnOverrides::decide(ro).has_value());
        ro.set_response_code(0);
        QVERIFY(!Coprocess::ReturnOverrides::decide(ro).has_value());
        ro.set_response_code(401);
        auto d = Coprocess::ReturnOverrides::decide(ro);
        QCOMPARE(d->kind, Coprocess::ReturnOverrideDecision::Kind::ErrorReply);
        QCOMPARE(d->message, QStringLiteral("Key not authorised"));
        ro.set_response_body("body");
        ro.set_response_error("error wins");
        QCOMPARE(Coprocess::ReturnOverrides::decide(ro)->message, QStringLiteral("error wins"));
        ro.set_override_error(true);
        d = Coprocess::ReturnOverrides::decide(ro);
        QCOMPARE(d->kind, Coprocess::ReturnOverrideDecision::Kind::RawReply);
        QCOMPARE(d->body, QByteArray("error wins"));
        // JS starts at 0 and any non-zero code overrides.
        ro.set_response_code(-5);
        QVERIFY(!Coprocess::ReturnOverrides::decide(ro).has_value());
        QVERIFY(Coprocess::ReturnOverrides::decide(ro, true).has_value());
    }

    void syncHeadersMatchesTyksCases_data()
    {
        QTest::addColumn<ByteMap>("headers");
        QTest::addColumn<Headers>("initial");
        QTest::addColumn<Headers>("expected");
        QTest::newRow("adding a header")
            << ByteMap{{"Header1", "value1"}, {"Header2", "value2"}}
            << Headers{{"Header1", {"oldValue1"}}}
            << Headers{{"Header1", {"value1"}}, {"Header2", {"value2"}}};
        QTest::newRow("removing a header")
            << ByteMap{{"Header1", "value1"}}
            << Headers{{"Header1", {"oldValue1"}}, {"Header2", {"oldValue2"}}}
            << Headers{{"Header1", {"value1"}}};
        QTest::newRow("updating a header")
            << ByteMap{{"Header1", "newValue1"}} << Headers{{"Header1", {"oldValue1"}}}
            << Headers{{"Header1", {"newValue1"}}};
        QTest::newRow("keeping multivalue headers")
            << ByteMap{{"Header", "newValue1"}} << Headers{{"Header", {"oldValue1", "value2"}}}
            << Headers{{"Header", {"newValue1", "value2"}}};
        QTest::newRow("empty multi value headers")
            << ByteMap{{"Header", "newValue1"}} << Headers{} << Headers{{"Header", {"newValue1"}}};
        QTest::newRow("multiple Set-Cookie headers")
            << ByteMap{{"Set-Cookie", "session=abc123; Path=/"}}
            << Headers{{"Set-Cookie",
                        {"session=dce123; Path=/", "user=john; Path=/", "theme=dark; Path=/"}}}
            << Headers{{"Set-Cookie",
                        {"session=abc123; Path=/", "user=john; Path=/", "theme=dark; Path=/"}}};
    }
    void syncHeadersMatchesTyksCases()
    {
        QFETCH(ByteMap, headers);
        QFETCH(Headers, initial);
        QFETCH(Headers, expected);
        google::protobuf::Map<std::string, std::string> map;
        for (auto it = headers.cbegin(); it != headers.cend(); ++it)
            map[it.key().toStdString()] = it.value().toStdString();
        const auto result = Coprocess::ResponseApplier::syncHeaders(map, makeHeaders(initial));
        QCOMPARE(asMap(result), asMap(makeHeaders(expected)));
    }

    void unchangedHeadersMapKeepsMultivalueHeadersAsReturned()
    {
        Http::HttpResponse resp;
        resp.headers.add("X-Old", "1");
        coprocess::ResponseObject ro;
        ro.set_status_code(202);
        ro.set_raw_body("new");
        (*ro.mutable_headers())["Set-Cookie"] = "a=1";
        *ro.mutable_multivalue_headers() =
            makeHeaders({{"Set-Cookie", {"a=1", "b=2"}}, {"X-Only-Multi", {"m"}}});
        Coprocess::ResponseApplier::apply(ro, ro.headers(), resp);
        QCOMPARE(resp.status, 202);
        QCOMPARE(resp.body, QByteArray("new"));
        QVERIFY(!resp.headers.contains("X-Old")); // every upstream header is dropped first
        QCOMPARE(resp.headers.values("Set-Cookie"), (QList<QByteArray>{"a=1", "b=2"}));
        QCOMPARE(resp.headers.value("X-Only-Multi"), QByteArray("m"));
    }

    void formQueryEncodesAsGoDoes()
    {
        QMap<QByteArray, QList<QByteArray>> v;
        v["b"] = {"x y", "z&"};
        v["a"] = {"1/2"};
        QCOMPARE(GoCompat::UrlQuery::encode(v), QByteArray("a=1%2F2&b=x+y&b=z%26"));
        const auto parsed = GoCompat::UrlQuery::parse("a=1&bad=%zz&c&d=%41");
        QCOMPARE(parsed.size(), 3);
        QCOMPARE(parsed[1].first, QByteArray("c"));
        QCOMPARE(parsed[2].second, QByteArray("A"));
    }
};

QTEST_GUILESS_MAIN(TestCoprocessObjects)
#include "tst_coprocessobjects.moc"
