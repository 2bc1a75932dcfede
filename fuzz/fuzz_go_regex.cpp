// SPDX-License-Identifier: GPL-3.0-or-later
// The regex ID extractor's Go-syntax translation: the first line of the input is the pattern
// (GoRegex::compile, as an API's id_extractor regex_expression), the rest is the subject
// FindAllString runs on (a header, form value or body).
#include "core/idextractor/goregex.h"

#include <cstddef>
#include <cstdint>

using namespace Hb;
using namespace Hb::IdExtractor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray pattern = newline < 0 ? input : input.left(newline);
    const QByteArray subject = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const Result<GoRegex> regex = GoRegex::compile(QString::fromUtf8(pattern));
    if (!regex) {
        if (regex.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    (void)regex->captureCount();
    (void)regex->findAll(QString::fromUtf8(subject));
    return 0;
}
