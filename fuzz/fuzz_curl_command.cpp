// SPDX-License-Identifier: GPL-3.0-or-later
// "Import from curl" (CurlCommand::parse): the input is a pasted command line. A command that
// imports is written back (CurlCommand::format) and must import again, as the composer's
// "copy as curl" then "import" round trip does.
#include "workbench/requests/curlcommand.h"

#include <cstddef>
#include <cstdint>

using namespace Hb;
using namespace Hb::Ui;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString commandLine =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<CurlCommand::Imported> imported = CurlCommand::parse(commandLine);
    if (!imported)
        return 0;
    const SavedRequest &request = imported->request;
    const QString again =
        CurlCommand::format(request.method, request.url, request.headers, request.body.toUtf8());
    if (!CurlCommand::parse(again))
        __builtin_trap(); // what we write, we read
    return 0;
}
