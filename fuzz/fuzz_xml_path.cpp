// SPDX-License-Identifier: GPL-3.0-or-later
// The xpath ID extractor: the first line of the input is the expression (XmlPath::compile, as
// an API's id_extractor xpath_expression), the rest the request body it reads (XmlTree::parse,
// then firstString), as IdExtractor does.
#include "core/idextractor/xmlpath.h"
#include "core/idextractor/xmltree.h"

#include <cstddef>
#include <cstdint>

using namespace Hb;
using namespace Hb::IdExtractor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray expression = newline < 0 ? input : input.left(newline);
    const QByteArray xml = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const Result<XmlTree> tree = XmlTree::parse(xml);
    if (tree) {
        for (int i = 0; i < tree->size(); ++i)
            (void)tree->stringValue(i);
    }
    const Result<XmlPath> path = XmlPath::compile(QString::fromUtf8(expression));
    if (path && tree)
        (void)path->firstString(*tree);
    return 0;
}
