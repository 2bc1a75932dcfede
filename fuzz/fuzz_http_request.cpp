// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP front's request parser (HttpRequestParser, the one HttpServerConnection feeds from
// its socket), on hostile bytes. The first input byte picks how the rest is cut into reads
// (1 to 255 bytes each; 0 = all at once), so requests split at every point are tried, as a
// slow client sends them. Complete requests are taken out as the connection does and written
// back with HttpWire, as the upstream client sends them on.
#include "core/http/httprequestparser.h"
#include "core/http/httpserver.h"
#include "core/http/httpwire.h"

#include <cstddef>
#include <cstdint>

using namespace Hb;
using namespace Hb::Http;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype readSize = data[0] == 0 ? qsizetype(size) : qsizetype(data[0]);
    const char *bytes = reinterpret_cast<const char *>(data) + 1;
    const qsizetype total = qsizetype(size) - 1;

    // Small limits so the 413 and 431 refusals are reachable within -max_len.
    HttpServerLimits limits;
    limits.maxHeaderBytes = 2048;
    limits.maxBodyBytes = 4096;
    HttpRequestParser parser(limits);
    int continues = 0;
    parser.setContinueHandler([&continues] { ++continues; });

    qsizetype pos = 0;       // first byte not consumed
    qsizetype available = 0; // bytes "read from the socket" so far
    while (true) {
        if (pos >= available) {
            if (available >= total)
                break;
            available = std::min(total, available + readSize);
        }
        const HttpRequestParser::Step step = parser.execute(bytes + pos, available - pos);
        pos += step.consumed;
        if (step.outcome == HttpRequestParser::Outcome::Fail) {
            const int status = parser.failStatus();
            if (status != 400 && status != 413 && status != 431 && status != 505)
                __builtin_trap(); // only these refusals are documented
            break;
        }
        if (step.outcome == HttpRequestParser::Outcome::Request) {
            HttpRequest request = parser.takeRequest();
            (void)request.path();
            (void)request.query();
            (void)request.headers.value("Host");
            (void)HttpWire::request(request);
        }
    }
    (void)parser.inMessage();
    return 0;
}
