// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idextractor/goform.h"

#include <QTest>

using Hb::IdExtractor::GoForm;

namespace {

Hb::Http::HttpRequest request(const QByteArray &method, const QByteArray &target,
                              const QByteArray &contentType, const QByteArray &body)
{
    Hb::Http::HttpRequest r;
    r.method = method;
    r.target = target;
    if (!contentType.isEmpty())
        r.headers.add("Content-Type", contentType);
    r.body = body;
    return r;
}

} // namespace

class tst_GoForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formValuesSkipPairsGoRefuses();
    void bodyValuesComeBeforeQueryValues_data();
    void bodyValuesComeBeforeQueryValues();
    void oversizedBodyIsNotRead();
};

void tst_GoForm::formValuesSkipPairsGoRefuses()
{
    // The query syntax is url.ParseQuery's (tests/core/gocompat/tst_urlquery.cpp); here only
    // that both the body and the query go through it.
    const QByteArray form = "application/x-www-form-urlencoded";
    QCOMPARE(
        GoForm::values(request("POST", "/?auth=b;x&auth=%zz&auth=c+d", form, "auth=a;x&auth=%41"),
                       "auth"),
        (QByteArrayList{"A", "c d"}));
    QCOMPARE(
        GoForm::values(request("GET", "/?" + QByteArray(10000, '&') + "auth=a", {}, {}), "auth"),
        QByteArrayList());
}

void tst_GoForm::bodyValuesComeBeforeQueryValues_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArrayList>("values");

    const QByteArray form = "application/x-www-form-urlencoded";
    QTest::newRow("POST") << QByteArray("POST") << form << QByteArrayList{"a", "b"};
    QTest::newRow("PUT") << QByteArray("PUT") << form << QByteArrayList{"a", "b"};
    QTest::newRow("PATCH") << QByteArray("PATCH") << form << QByteArrayList{"a", "b"};
    QTest::newRow("GET") << QByteArray("GET") << form << QByteArrayList{"b"};
    QTest::newRow("DELETE") << QByteArray("DELETE") << form << QByteArrayList{"b"};
    QTest::newRow("lower-case method") << QByteArray("post") << form << QByteArrayList{"b"};
    QTest::newRow("parameters and case")
        << QByteArray("POST") << QByteArray(" Application/X-WWW-Form-Urlencoded ; charset=utf-8")
        << QByteArrayList{"a", "b"};
    QTest::newRow("no content type") << QByteArray("POST") << QByteArray() << QByteArrayList{"b"};
    QTest::newRow("json") << QByteArray("POST") << QByteArray("application/json")
                          << QByteArrayList{"b"};
    QTest::newRow("multipart") << QByteArray("POST")
                               << QByteArray("multipart/form-data; boundary=x")
                               << QByteArrayList{"b"};
}

void tst_GoForm::bodyValuesComeBeforeQueryValues()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArrayList, values);
    QCOMPARE(GoForm::values(request(method, "/p?auth=b", contentType, "auth=a"), "auth"), values);
}

void tst_GoForm::oversizedBodyIsNotRead()
{
    const QByteArray body = "auth=a&x=" + QByteArray((10 << 20) - 8, 'x');
    QCOMPARE(body.size(), (10 << 20) + 1);
    const QByteArray form = "application/x-www-form-urlencoded";
    QCOMPARE(GoForm::values(request("POST", "/?auth=b", form, body), "auth"), QByteArrayList{"b"});
    QCOMPARE(GoForm::values(request("POST", "/?auth=b", form, body.chopped(1)), "auth"),
             (QByteArrayList{"a", "b"}));
}

QTEST_GUILESS_MAIN(tst_GoForm)
#include "tst_goform.moc"
