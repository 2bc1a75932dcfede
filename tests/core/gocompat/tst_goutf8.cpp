// SPDX-License-Identifier: GPL-3.0-or-later
// Go's unicode/utf8 rules (utf8.go: DecodeRune, Valid).
#include "core/gocompat/goutf8.h"

#include <QTest>

using Hb::GoCompat::GoUtf8;

class tst_GoUtf8 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeRuneTakesOnlyWellFormedSequences_data();
    void decodeRuneTakesOnlyWellFormedSequences();
    void decodeRuneReadsFromTheGivenOffset();
    void validRejectsAnyIllFormedByte_data();
    void validRejectsAnyIllFormedByte();
};

void tst_GoUtf8::decodeRuneTakesOnlyWellFormedSequences_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<uint>("rune");
    QTest::addColumn<int>("size");
    const uint err = GoUtf8::RuneError;
    QTest::newRow("empty") << QByteArray() << err << 0;
    QTest::newRow("ascii") << QByteArray("A") << uint('A') << 1;
    QTest::newRow("two bytes") << QByteArray("\xC3\xA9") << 0xE9u << 2;
    QTest::newRow("three bytes") << QByteArray("\xE2\x82\xAC") << 0x20ACu << 3;
    QTest::newRow("four bytes") << QByteArray("\xF0\x9F\x98\x80") << 0x1F600u << 4;
    QTest::newRow("literal U+FFFD") << QByteArray("\xEF\xBF\xBD") << err << 3;
    QTest::newRow("largest") << QByteArray("\xF4\x8F\xBF\xBF") << 0x10FFFFu << 4;
    QTest::newRow("continuation byte") << QByteArray("\x80") << err << 1;
    QTest::newRow("overlong two bytes") << QByteArray("\xC0\x80") << err << 1;
    QTest::newRow("overlong three bytes") << QByteArray("\xE0\x80\x80") << err << 1;
    QTest::newRow("overlong four bytes") << QByteArray("\xF0\x80\x80\x80") << err << 1;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << err << 1;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << err << 1;
    QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << err << 1;
    QTest::newRow("truncated") << QByteArray("\xE2\x82") << err << 1;
    QTest::newRow("bad continuation") << QByteArray("\xE2\x28\xA1") << err << 1;
}

void tst_GoUtf8::decodeRuneTakesOnlyWellFormedSequences()
{
    QFETCH(QByteArray, bytes);
    QFETCH(uint, rune);
    QFETCH(int, size);
    const GoUtf8::Rune r = GoUtf8::decodeRune(bytes);
    QCOMPARE(uint(r.rune), rune);
    QCOMPARE(r.size, size);
}

void tst_GoUtf8::decodeRuneReadsFromTheGivenOffset()
{
    const QByteArray bytes("a\xC3\xA9");
    QCOMPARE(uint(GoUtf8::decodeRune(bytes, 1).rune), 0xE9u);
    QCOMPARE(GoUtf8::decodeRune(bytes, 3).size, 0);
}

void tst_GoUtf8::validRejectsAnyIllFormedByte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("mixed") << QByteArray("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80") << true;
    QTest::newRow("literal U+FFFD") << QByteArray("\xEF\xBF\xBD") << true;
    QTest::newRow("latin-1") << QByteArray("caf\xE9") << false;
    QTest::newRow("surrogate inside") << QByteArray("a\xED\xB0\x80z") << false;
    QTest::newRow("truncated at the end") << QByteArray("ok\xF0\x9F\x98") << false;
}

void tst_GoUtf8::validRejectsAnyIllFormedByte()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(GoUtf8::valid(bytes), valid);
}

QTEST_GUILESS_MAIN(tst_GoUtf8)
#include "tst_goutf8.moc"
