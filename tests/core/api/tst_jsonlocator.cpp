// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/jsonfieldreader.h"
#include "core/api/jsonlocator.h"

#include <QTest>

using namespace Hb::Api;

class TestJsonLocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsValueAndKeyOfAPointer_data();
    void findsValueAndKeyOfAPointer();
    void unknownPointerHasNoPosition();
    void byteOffsetMapsToLineAndColumn_data();
    void byteOffsetMapsToLineAndColumn();
    void parseErrorIsReportedAtTheOffendingCharacter_data();
    void parseErrorIsReportedAtTheOffendingCharacter();
    void childPointerEscapesSlashAndTilde();
};

void TestJsonLocator::findsValueAndKeyOfAPointer_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<int>("valueLine");
    QTest::addColumn<int>("valueColumn");
    QTest::addColumn<int>("keyLine");
    QTest::addColumn<int>("keyColumn");

    const QByteArray doc = "{\n"
                           "  \"proxy\": {\n"
                           "    \"listen_path\": \"/a/\",\n"
                           "    \"list\": [1, {\"x\": true}]\n"
                           "  },\n"
                           "  \"a/b\": 1, \"t~\": 2,\n"
                           "  \"q\\\"k\": \"v}\", \"after\": null\n"
                           "}\n";
    QTest::newRow("root") << doc << QByteArray("") << 1 << 1 << 1 << 1;
    QTest::newRow("object member") << doc << QByteArray("/proxy") << 2 << 12 << 2 << 3;
    QTest::newRow("nested member") << doc << QByteArray("/proxy/listen_path") << 3 << 20 << 3 << 5;
    QTest::newRow("array element") << doc << QByteArray("/proxy/list/0") << 4 << 14 << 4 << 14;
    QTest::newRow("member inside array")
        << doc << QByteArray("/proxy/list/1/x") << 4 << 23 << 4 << 18;
    QTest::newRow("escaped slash") << doc << QByteArray("/a~1b") << 6 << 10 << 6 << 3;
    QTest::newRow("escaped tilde") << doc << QByteArray("/t~0") << 6 << 19 << 6 << 13;
    QTest::newRow("escaped quote in key") << doc << QByteArray("/q\"k") << 7 << 11 << 7 << 3;
    QTest::newRow("after brace inside string") << doc << QByteArray("/after") << 7 << 26 << 7 << 17;

    // Columns count characters, not bytes: "é" is two bytes but one column.
    QTest::newRow("utf-8 before value")
        << QByteArray("{\"n\u00e9\": 1, \"k\": 2}") << QByteArray("/k") << 1 << 16 << 1 << 11;
    QTest::newRow("unicode escape key")
        << QByteArray("{\"\\u00e9\": [true]}") << QByteArray("/\u00e9/0") << 1 << 13 << 1 << 13;
}

void TestJsonLocator::findsValueAndKeyOfAPointer()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, pointer);
    QFETCH(int, valueLine);
    QFETCH(int, valueColumn);
    QFETCH(int, keyLine);
    QFETCH(int, keyColumn);

    const JsonLocator locator(text);
    const auto value = locator.valueAt(pointer.toStdString());
    const auto key = locator.keyAt(pointer.toStdString());
    QCOMPARE(value.line, valueLine);
    QCOMPARE(value.column, valueColumn);
    QCOMPARE(key.line, keyLine);
    QCOMPARE(key.column, keyColumn);
}

void TestJsonLocator::unknownPointerHasNoPosition()
{
    const JsonLocator locator("{\"a\": {\"b\": 1}}");
    QVERIFY(!locator.valueAt("/a/c").isValid());
    QVERIFY(!locator.keyAt("/x").isValid());
    QVERIFY(locator.valueAt("/a/b").isValid());
}

void TestJsonLocator::byteOffsetMapsToLineAndColumn_data()
{
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("start") << qsizetype(0) << 1 << 1;
    QTest::newRow("end of first line") << qsizetype(3) << 1 << 4;
    QTest::newRow("start of second line") << qsizetype(4) << 2 << 1;
    QTest::newRow("third line") << qsizetype(10) << 3 << 3;
    QTest::newRow("past the end is clamped") << qsizetype(100) << 3 << 4;
    QTest::newRow("negative is clamped") << qsizetype(-5) << 1 << 1;
}

void TestJsonLocator::byteOffsetMapsToLineAndColumn()
{
    QFETCH(qsizetype, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonLocator locator("abc\nde\r\nfgh");
    const auto pos = locator.positionOfOffset(offset);
    QCOMPARE(pos.line, line);
    QCOMPARE(pos.column, column);
}

void TestJsonLocator::parseErrorIsReportedAtTheOffendingCharacter_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("bad literal") << QByteArray("{\n  \"a\": x}") << 2 << 8;
    QTest::newRow("trailing comma") << QByteArray("{\n  \"a\": 1,\n}") << 3 << 1;
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 1 << 6;
    QTest::newRow("truncated") << QByteArray("{\"a\": 1") << 1 << 8;
    QTest::newRow("empty") << QByteArray("") << 1 << 1;
    QTest::newRow("garbage after document") << QByteArray("{}\n\n  x") << 3 << 3;
    QTest::newRow("after multibyte text") << QByteArray("{\"\u00e9\u00e9\": tru}") << 1 << 11;
    QTest::newRow("brace closing an array") << QByteArray("{\"a\": [}") << 1 << 8;
}

void TestJsonLocator::parseErrorIsReportedAtTheOffendingCharacter()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    Diagnostic error;
    const auto doc = JsonFieldReader::parseDocument(text, QStringLiteral("f.json"), &error);
    QVERIFY(!doc);
    QCOMPARE(error.where.file, QStringLiteral("f.json"));
    QCOMPARE(error.where.line, line);
    QCOMPARE(error.where.column, column);
    QVERIFY2(error.message.startsWith(QStringLiteral("malformed JSON: ")),
             qPrintable(error.message));
    QVERIFY2(!error.message.contains(QStringLiteral("[json.exception")), qPrintable(error.message));
}

void TestJsonLocator::childPointerEscapesSlashAndTilde()
{
    QCOMPARE(JsonLocator::child("/a", "b/c~d"), std::string("/a/b~1c~0d"));
    QCOMPARE(JsonLocator::child("", std::size_t(3)), std::string("/3"));
}

QTEST_GUILESS_MAIN(TestJsonLocator)
#include "tst_jsonlocator.moc"
