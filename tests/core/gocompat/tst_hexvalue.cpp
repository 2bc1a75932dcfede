// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gocompat/hexvalue.h"

#include <QTest>

using Hb::GoCompat::hexValue;

class tst_HexValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void digitsOfEitherCaseHaveTheirValueAndOtherBytesNone()
    {
        const QByteArray digits("0123456789abcdef");
        for (int i = 0; i < digits.size(); ++i) {
            QCOMPARE(hexValue(digits.at(i)), i);
            QCOMPARE(hexValue(char(QChar::toUpper(char32_t(digits.at(i))))), i);
        }
        for (const char c : QByteArray("gG/:@`\x80 %"))
            QCOMPARE(hexValue(c), -1);
        QCOMPARE(hexValue('\0'), -1);
    }
};

QTEST_GUILESS_MAIN(tst_HexValue)
#include "tst_hexvalue.moc"
