// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/endpointmatcher.h"

#include <QTest>

using namespace Hb;
using Pipeline::EndpointMatcher;
using Pipeline::EndpointMatchOptions;

class tst_EndpointMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pathsFollowTyksRegexRules_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("prefix");
        QTest::addColumn<bool>("suffix");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        QTest::newRow("unanchored matches inside")
            << "/anything" << false << false << "/foo/anything/bar" << true;
        QTest::newRow("prefix anchors the start")
            << "/anything" << true << false << "/foo/anything" << false;
        QTest::newRow("suffix anchors the end")
            << "/anything" << false << true << "/anything/bar" << false;
        QTest::newRow("named segment is one segment")
            << "/users/{id}" << true << true << "/users/42" << true;
        QTest::newRow("named segment does not span")
            << "/users/{id}" << true << true << "/users/4/2" << false;
        QTest::newRow("star segment") << "/a/*/c" << true << true << "/a/b/c" << true;
        QTest::newRow("trailing star") << "/a/*" << true << true << "/a/b/c/d" << true;
        QTest::newRow("regex kept") << "/v[0-9]+/x" << false << false << "/v12/x" << true;
    }
    void pathsFollowTyksRegexRules()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, prefix);
        QFETCH(bool, suffix);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        Api::EndpointMeta meta;
        meta.path = pattern;
        meta.method = QStringLiteral("GET");
        const EndpointMatcher matcher({meta}, EndpointMatchOptions{prefix, suffix, false});
        QCOMPARE(matcher.match({path}, QStringLiteral("GET")) >= 0, matches);
    }

    void methodMustMatchExactly()
    {
        Api::EndpointMeta meta;
        meta.path = QStringLiteral("/x");
        meta.method = QStringLiteral("POST");
        const EndpointMatcher matcher({meta}, {});
        QCOMPARE(matcher.match({QStringLiteral("/x")}, QStringLiteral("GET")), -1);
        QCOMPARE(matcher.match({QStringLiteral("/x")}, QStringLiteral("POST")), 0);
    }

    void firstMatchingEntryWins()
    {
        Api::EndpointMeta a{QStringLiteral("/a"), QStringLiteral("GET")};
        Api::EndpointMeta b{QStringLiteral("/a/b"), QStringLiteral("GET")};
        const EndpointMatcher matcher({a, b}, {});
        QCOMPARE(matcher.match({QStringLiteral("/a/b")}, QStringLiteral("GET")), 0);
    }

    void disabledAndInvalidEntriesAreSkipped()
    {
        Api::EndpointMeta disabled{QStringLiteral("/a"), QStringLiteral("GET")};
        disabled.disabled = true;
        Api::EndpointMeta broken{QStringLiteral("/(unclosed"), QStringLiteral("GET")};
        const EndpointMatcher matcher({disabled, broken}, {});
        QVERIFY(matcher.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_EndpointMatcher)
#include "tst_endpointmatcher.moc"
