// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idextractor/xmlpath.h"
#include "core/idextractor/xmltree.h"

#include <QElapsedTimer>
#include <QTest>

using Hb::IdExtractor::XmlPath;
using Hb::IdExtractor::XmlTree;

namespace {

// One document exercising every node kind the library knows.
const QByteArray kShop = "<shop>\n"
                         "  <!-- Spring catalogue. -->\n"
                         "  <order id=\"o-1001\" paid=\"true\">\n"
                         "    <ref>REF-1001</ref>\n"
                         "    <customer id=\"C7\">\n"
                         "      <?audit \"checked\"?>\n"
                         "      <name>Ada Lovelace</name>\n"
                         "      <since>1843-01-01</since>\n"
                         "    </customer>\n"
                         "    <item sku=\"S1\"><name>Analytical Engine</name><qty>1</qty></item>\n"
                         "    <item sku=\"S2\"><name>Punch Cards</name><qty>500</qty></item>\n"
                         "  </order>\n"
                         "  <order id=\"o-1002\">\n"
                         "    <ref>REF-1002</ref>\n"
                         "    <customer id=\"C9\"><name>Charles Babbage</name>"
                         "<since>1822-06-14</since></customer>\n"
                         "  </order>\n"
                         "</shop>\n";

// "<no match>" when nothing matches, "<error>" when parsing or evaluating fails.
QString first(const QByteArray &xml, const char *expression)
{
    const auto path = XmlPath::compile(QString::fromUtf8(expression));
    if (!path)
        return QStringLiteral("<compile error>");
    const auto tree = XmlTree::parse(xml);
    if (!tree)
        return QStringLiteral("<parse error>");
    const auto value = path->firstString(*tree);
    if (!value)
        return QStringLiteral("<panic>");
    return value->has_value() ? QString::fromUtf8(**value) : QStringLiteral("<no match>");
}

} // namespace

class tst_XmlPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheLibrarysSubsetCompiles_data();
    void onlyTheLibrarysSubsetCompiles();
    void compileErrorsReadLikeTheLibrarys();
    void firstMatchFollowsTheLibrarysSemantics_data();
    void firstMatchFollowsTheLibrarysSemantics();
    void namesMatchByLocalName();
    void firstMatchFollowsStepOrderNotDocumentOrder();
    void precedingSiblingStartsWithTheContextNode();
    void textKeepsWhitespaceCdataAndTopLevelText();
    void attributeValuesAreNotNormalised();
    void declarationIsAProcessingInstruction();
    void equalsAgainstALongerElementTextPanicsAsTykDoes();
    void precedingSiblingFromAnAttributePanicsAsTykDoes();
    void deeplyNestedInputDoesNotExhaustTheStack();
    void manyDescendantStepsOnANestedBodyFinishQuickly();
    void inputGoRefusesDoesNotParse_data();
    void inputGoRefusesDoesNotParse();
};

void tst_XmlPath::onlyTheLibrarysSubsetCompiles_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("compiles");
    const auto row = [](const char *e, bool ok) { QTest::newRow(e) << QString::fromUtf8(e) << ok; };
    row("//object/key", true);
    row("/a/b/@id", true);
    row("//a[1]", true);
    row("//a[(@b) and (@c='1' or d='x')]", true);
    row("//a[@b='1' and not(c) or 2]", true);
    // "and"/"or" must follow a literal, a number or ")": after a bare path the library has
    // already eaten the space it then looks for, so Tyk refuses these.
    row("//a[b and c]", false);
    row("//a[@b and @c]", false);
    row("//a[not(b)]", true);
    row("//a/following-sibling::b", true);
    row("//a/text()", true);
    row("//processing-instruction('x')", true);
    row("", false);
    row("count(//a)", false);
    row("//a | //b", false);
    row("//a[last()]", false);
    row("//a[position()=1]", false);
    row("//ns:key", false);
    row("//a[0]", false);
    row("//a[-1]", false);
    row("attribute::node()", false);
    row("//a[", false);
    row("text('x')", false);
    row("//a/namespace::x", false);
}

void tst_XmlPath::onlyTheLibrarysSubsetCompiles()
{
    QFETCH(QString, expression);
    QFETCH(bool, compiles);
    const auto path = XmlPath::compile(expression);
    QVERIFY2(path.ok() == compiles, qPrintable(path ? expression : path.error().message));
}

void tst_XmlPath::compileErrorsReadLikeTheLibrarys()
{
    const auto message = [](const char *e) {
        return XmlPath::compile(QString::fromUtf8(e)).error().message;
    };
    QCOMPARE(message("/foo)"), QStringLiteral("compiling xml path \"/foo)\":4: unexpected ')'"));
    QCOMPARE(message("/foo["), QStringLiteral("compiling xml path \"/foo[\":5: missing name"));
    QCOMPARE(message("/foo::node()"),
             QStringLiteral("compiling xml path \"/foo::node()\":6: unsupported axis: \"foo\""));
    QCOMPARE(message("/foo[(@id]"),
             QStringLiteral("compiling xml path \"/foo[(@id]\":9: expected ')'"));
}

void tst_XmlPath::firstMatchFollowsTheLibrarysSemantics_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("value");
    const auto row = [](const char *e, const char *v) {
        QTest::newRow(e) << QString::fromUtf8(e) << QString::fromUtf8(v);
    };
    row("/shop/order/ref", "REF-1001");
    row("shop/*/ref", "REF-1001");
    row("/shop/order/../order/./ref", "REF-1001");
    row("/shop/order/item[2]/name", "Punch Cards");
    row("/shop/order/item[qty='500']/name", "Punch Cards");
    row("/shop/order//node()[@sku='S2']/name", "Punch Cards");
    row("//order[customer/@id='C9']/ref", "REF-1002");
    row("//order[2]/ref", "REF-1002");
    row("/shop/order/preceding::comment()", " Spring catalogue. ");
    row("//self::comment()", " Spring catalogue. ");
    row("//*[contains(since,'1822')]/name", "Charles Babbage");
    row("//*[@sku='S2' or @sku='S1']/qty", "1");
    row("/shop/order/@paid/parent::node()/@id", "o-1001");
    row("/shop/order/attribute::*", "o-1001");
    row("/shop/order/customer/following::name", "Analytical Engine");
    row("/shop/order/customer/since/preceding::name", "Ada Lovelace");
    row("/shop/order/customer/since/preceding-sibling::name", "Ada Lovelace");
    row("/shop/order/ref/ancestor::order/ref", "REF-1001");
    row("/shop/order/ancestor::order/ref", "<no match>");
    row("/shop/order/customer/processing-instruction('audit')", "\"checked\"");
    row("shop/order[not(@paid)]/ref", "REF-1002");
    row("shop/order/item[@sku='S2' and ./qty='500']/name", "Punch Cards");
    row("shop/order/item[(@sku='S1' or @sku='S2') and (./qty='500')]/name", "Punch Cards");
    row("//@id[contains(.,'100')]", "o-1001");
    // Spaces around every token, and a leading space that makes "/" a "//".
    row(" / descendant-or-self :: node() // child :: order / child :: * "
        "[ contains( . , '1002' ) ] ",
        "REF-1002");
    row("//missing", "<no match>");
}

void tst_XmlPath::firstMatchFollowsTheLibrarysSemantics()
{
    QFETCH(QString, expression);
    QFETCH(QString, value);
    QCOMPARE(first(kShop, expression.toUtf8().constData()), value);
}

void tst_XmlPath::namesMatchByLocalName()
{
    QCOMPARE(first("<ns:object xmlns:ns=\"urn:x\"><ns:key>v</ns:key></ns:object>", "//object/key"),
             QStringLiteral("v"));
}

void tst_XmlPath::firstMatchFollowsStepOrderNotDocumentOrder()
{
    // XPath's document order would give "1"; the library's nested iteration reaches the
    // outer <a>'s own <b> first.
    QCOMPARE(first("<a><a><b>1</b></a><b>2</b></a>", "//a/b"), QStringLiteral("2"));
}

void tst_XmlPath::precedingSiblingStartsWithTheContextNode()
{
    QCOMPARE(first("<r><a>1</a><b>2</b></r>", "//b/preceding-sibling::*"), QStringLiteral("2"));
    QCOMPARE(first("<r><a>1</a><b>2</b></r>", "//b/preceding-sibling::a"), QStringLiteral("1"));
}

void tst_XmlPath::textKeepsWhitespaceCdataAndTopLevelText()
{
    QCOMPARE(first("<a> <b>x</b> <![CDATA[<y>]]></a>", "/a"), QStringLiteral(" x <y>"));
    QCOMPARE(first("top<a/>", "/node()"), QStringLiteral("top"));
    QCOMPARE(first("<a>&lt;&#65;&#x42;</a>", "/a"), QStringLiteral("<AB"));
}

void tst_XmlPath::attributeValuesAreNotNormalised()
{
    QCOMPARE(first("<a b=\"x\ty\"/>", "//@b"), QStringLiteral("x\ty"));
}

void tst_XmlPath::declarationIsAProcessingInstruction()
{
    QCOMPARE(first("<?xml version=\"1.0\"?><a>v</a>", "/node()[2]"), QStringLiteral("v"));
    QCOMPARE(first("<?xml version=\"1.0\"?><a>v</a>", "/processing-instruction('xml')"),
             QStringLiteral("version=\"1.0\""));
}

void tst_XmlPath::equalsAgainstALongerElementTextPanicsAsTykDoes()
{
    QCOMPARE(first("<r><a>12</a></r>", "//r[a='1']"), QStringLiteral("<panic>"));
    QCOMPARE(first("<r><a>1</a></r>", "//r[a='1']"), QStringLiteral("1"));
    QCOMPARE(first("<r><a>2</a></r>", "//r[a='1']"), QStringLiteral("<no match>"));
}

void tst_XmlPath::precedingSiblingFromAnAttributePanicsAsTykDoes()
{
    QCOMPARE(first("<r id=\"x\"><a/></r>", "//@id/preceding-sibling::*"),
             QStringLiteral("<panic>"));
    QCOMPARE(first("<r id=\"x\"><a/></r>", "//@id/following-sibling::*"),
             QStringLiteral("<no match>"));
}

void tst_XmlPath::deeplyNestedInputDoesNotExhaustTheStack()
{
    constexpr int Depth = 200000;
    QByteArray xml;
    for (int i = 0; i < Depth; ++i)
        xml += "<a>";
    xml += "<key>deep</key>";
    for (int i = 0; i < Depth; ++i)
        xml += "</a>";
    QCOMPARE(first(xml, "//key"), QStringLiteral("deep"));
}

void tst_XmlPath::inputGoRefusesDoesNotParse_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("parses");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("two roots") << QByteArray("<a/><b/>") << true;
    QTest::newRow("unclosed") << QByteArray("<a>") << false;
    QTest::newRow("mismatched") << QByteArray("<a></b>") << false;
    QTest::newRow("bare ampersand") << QByteArray("<a>AT&T</a>") << false;
    QTest::newRow("html entity") << QByteArray("<a>&nbsp;</a>") << false;
    QTest::newRow("ampersand in CDATA") << QByteArray("<a><![CDATA[&]]></a>") << true;
    QTest::newRow("ampersand in comment") << QByteArray("<a><!-- & --></a>") << true;
    QTest::newRow("invalid UTF-8") << QByteArray("<a>\xff</a>") << false;
    QTest::newRow("control character") << QByteArray("<a>\x01</a>") << false;
    QTest::newRow("latin-1 declared")
        << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>") << false;
    QTest::newRow("version 1.1") << QByteArray("<?xml version=\"1.1\"?><a/>") << false;
    QTest::newRow("utf-8 declared")
        << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?><a/>") << true;
}

void tst_XmlPath::inputGoRefusesDoesNotParse()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, parses);
    const auto tree = XmlTree::parse(xml);
    QVERIFY2(tree.ok() == parses, qPrintable(tree ? QString() : tree.error().message));
}

void tst_XmlPath::manyDescendantStepsOnANestedBodyFinishQuickly()
{
    // Each "//a" step may start from any <a> below the last: walked naively that is
    // C(40, 20) (about 10^11) ways to find no <x>.
    const QByteArray body = QByteArray("<a>").repeated(40) + QByteArray("</a>").repeated(40);
    const QByteArray expression = QByteArray("//a").repeated(20) + "//x";
    const QByteArray leaf = QByteArray("//a").repeated(20) + "[not(a)]";
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(first(body, expression.constData()), QStringLiteral("<no match>"));
    QCOMPARE(first(body, leaf.constData()), QStringLiteral(""));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(tst_XmlPath)
#include "tst_xmlpath.moc"
