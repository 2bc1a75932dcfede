// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/testing/junitreport.h"

#include <QDateTime>
#include <QXmlStreamWriter>

namespace Hb::Ui {

namespace {
QString seconds(double ms)
{
    return QString::number(ms / 1000.0, 'f', 3);
}
} // namespace

QByteArray JUnitReport::write(const QString &suiteName, const QList<RequestTestResult> &results)
{
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    double totalMs = 0;
    for (const RequestTestResult &r : results) {
        if (r.skipped)
            ++skipped;
        else if (!r.error.isEmpty())
            ++errors;
        else if (!r.passed())
            ++failures;
        totalMs += r.durationMs;
    }
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), suiteName);
    xml.writeAttribute(QStringLiteral("tests"), QString::number(results.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QString::number(errors));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    xml.writeAttribute(QStringLiteral("time"), seconds(totalMs));
    xml.writeAttribute(QStringLiteral("timestamp"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    for (const RequestTestResult &r : results) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"), suiteName);
        xml.writeAttribute(QStringLiteral("name"), r.name);
        xml.writeAttribute(QStringLiteral("time"), seconds(r.durationMs));
        if (r.skipped) {
            xml.writeEmptyElement(QStringLiteral("skipped"));
            xml.writeAttribute(QStringLiteral("message"), QStringLiteral("no expectations"));
        } else if (!r.error.isEmpty()) {
            xml.writeStartElement(QStringLiteral("error"));
            xml.writeAttribute(QStringLiteral("message"), r.error);
            xml.writeCharacters(QStringLiteral("%1 %2: %3").arg(r.method, r.url, r.error));
            xml.writeEndElement();
        } else if (!r.passed()) {
            QStringList lines;
            for (const CheckResult &c : r.checks)
                if (!c.passed)
                    lines.append(c.check + QStringLiteral(": ") + c.message);
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("message"), lines.first());
            xml.writeCharacters(
                QStringLiteral("%1 %2 -> %3\n").arg(r.method, r.url, QString::number(r.status)) +
                lines.join(u'\n'));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace Hb::Ui
