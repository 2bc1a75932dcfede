// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idextractor/goregex.h"

#include <QTest>

using Hb::IdExtractor::GoRegex;

class tst_GoRegex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patternsGoRefusesDoNotCompile_data();
    void patternsGoRefusesDoNotCompile();
    void findAllFollowsGoSemantics_data();
    void findAllFollowsGoSemantics();
    void captureGroupsAreCounted();
};

void tst_GoRegex::patternsGoRefusesDoNotCompile_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("compiles");

    const auto row = [](const char *name, const char *pattern, bool compiles) {
        QTest::newRow(name) << QString::fromUtf8(pattern) << compiles;
    };
    row("plain", "[0-9]+", true);
    row("reference example", "[^-]+$", true);
    row("lookahead", "a(?=b)", false);
    row("negative lookahead", "a(?!b)", false);
    row("lookbehind", "(?<=a)b", false);
    row("atomic group", "(?>a)", false);
    row("backreference", "(a)\\1", false);
    row("named backreference", "(?P<x>a)(?P=x)", false);
    row("possessive", "a*+", false);
    row("nested repetition", "a**", false);
    row("lazy", "a*?", true);
    row("repeat over 1000", "a{1001}", false);
    row("repeat 1000", "a{1000}", true);
    row("brace that is no repeat", "a{,5}", true);
    row("\\Z", "a\\Z", false);
    row("\\z", "a\\z", true);
    row("\\G", "\\Ga", false);
    row("x flag", "(?x)a b", false);
    row("i m s U flags", "(?imsU)a(?-i:b)", true);
    row("empty negation", "(?-)a", false);
    row("P named group", "(?P<id>[a-z]+)", true);
    row("angle named group", "(?<id>[a-z]+)", true);
    row("bad group name", "(?P<a-b>x)", false);
    row("unicode class", "\\pL\\p{Greek}", true);
    row("posix class", "[[:alpha:][:^digit:]]", true);
    row("unknown posix class", "[[:foo:]]", false);
    row("octal", "\\101", true);
    row("hex", "\\x41\\x{263a}", true);
    row("short hex", "\\x4", false);
    row("quoted", "\\Q(?=\\E", true);
    row("escaped punctuation", "\\.\\-\\_", true);
    row("escaped letter", "\\y", false);
    row("class then range", "[\\d-z]", false);
    row("unbalanced", "(a", false);
    row("missing argument", "*a", false);
    row("trailing backslash", "a\\", false);
}

void tst_GoRegex::patternsGoRefusesDoNotCompile()
{
    QFETCH(QString, pattern);
    QFETCH(bool, compiles);
    const auto regex = GoRegex::compile(pattern);
    QVERIFY2(regex.ok() == compiles, qPrintable(regex ? pattern : regex.error().message));
}

void tst_GoRegex::findAllFollowsGoSemantics_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QStringList>("matches");

    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    QTest::newRow("numbers") << s("[0-9]+") << s("a1b22c333")
                             << QStringList{s("1"), s("22"), s("333")};
    QTest::newRow("group ignored")
        << s("prefix-(.*)") << s("prefix-testkey123") << QStringList{s("prefix-testkey123")};
    // Go drops an empty match right where the previous match ended; Perl would not.
    QTest::newRow("empty after match")
        << s("a*") << s("baaac") << QStringList{s(""), s("aaa"), s("")};
    QTest::newRow("empty alternative") << s("|a") << s("a") << QStringList{s(""), s("")};
    QTest::newRow("word boundaries") << s("\\b") << s("ab cd") << QStringList(4, QString());
    QTest::newRow("empty subject") << s("x*") << s("") << QStringList{s("")};
    QTest::newRow("no match on empty") << s("[0-9]+") << s("") << QStringList();
    QTest::newRow("astral character") << s(".")
                                      << s("\xF0\x9F\x98\x80"
                                           "a")
                                      << QStringList{s("\xF0\x9F\x98\x80"), s("a")};
    // $ is the end of the text unless (?m) is on.
    QTest::newRow("dollar before final newline") << s("[a-z]+$") << s("abc\n") << QStringList();
    QTest::newRow("multiline dollar")
        << s("(?m)[a-z]+$") << s("ab\ncd\n") << QStringList{s("ab"), s("cd")};
    QTest::newRow("flag group scope")
        << s("(?m:[a-z]+$)|x$") << s("ab\nx\n") << QStringList{s("ab"), s("x")};
    // Go's \s has no vertical tab; \v is that single character.
    QTest::newRow("\\s without \\v") << s("\\s")
                                     << s("a\x0B"
                                          "b c")
                                     << QStringList{s(" ")};
    QTest::newRow("\\v is one character") << s("\\v")
                                          << s("a\x0B"
                                               "b\n")
                                          << QStringList{s("\x0B")};
    QTest::newRow("\\S in a class") << s("[\\S]+")
                                    << s("a\x0B"
                                         "b c")
                                    << QStringList{s("a\x0B"
                                                     "b"),
                                                   s("c")};
    QTest::newRow("octal escape") << s("\\101+") << s("xAAy") << QStringList{s("AA")};
    QTest::newRow("leading-zero brace is literal")
        << s("a{01}") << s("a{01}a") << QStringList{s("a{01}")};
    QTest::newRow("dot excludes newline only")
        << s("a.b") << s("a\rb a\nb") << QStringList{s("a\rb")};
}

void tst_GoRegex::findAllFollowsGoSemantics()
{
    QFETCH(QString, pattern);
    QFETCH(QString, subject);
    QFETCH(QStringList, matches);
    const auto regex = GoRegex::compile(pattern);
    QVERIFY2(regex, qPrintable(regex ? QString() : regex.error().message));
    QCOMPARE(regex->findAll(subject), matches);
}

void tst_GoRegex::captureGroupsAreCounted()
{
    QCOMPARE(GoRegex::compile(QStringLiteral("prefix-(.*)"))->captureCount(), 1);
    QCOMPARE(GoRegex::compile(QStringLiteral("(?:a)(?i)b"))->captureCount(), 0);
}

QTEST_GUILESS_MAIN(tst_GoRegex)
#include "tst_goregex.moc"
