// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/api/diagnostic.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>

namespace Hb::Api {

class JsonFieldReader;
class JsonLocator;

// Reads a Tyk OAS document (OpenAPI 3 + x-tyk-api-gateway) the way Tyk's OAS.ExtractTo does:
// it converts the plugin-related subset to Tyk Classic JSON (Tyk:
// apidef/oas/oas.go, OAS.ExtractTo), then reads that through ClassicApiParser. Problems are
// reported at their place in the OAS text, including the ones the classic checks find.
// Stateless.
class OasApiParser
{
public:
    // Appends every problem to `diagnostics`. The result has isOas set and `raw` holding the
    // converted classic JSON; it is meaningless when an error was reported.
    static ApiDefinition parse(const nlohmann::json &root, const JsonLocator &locator,
                               const QString &file, Diagnostics &diagnostics);

private:
    // The classic document being written, and for each classic pointer the OAS pointer it
    // came from (so that classic checks point into the OAS text).
    struct Conversion
    {
        JsonFieldReader &reader;
        nlohmann::json classic = nlohmann::json::object();
        std::map<std::string, std::string> aliases;

        void put(const std::string &classicPointer, nlohmann::json value,
                 const std::string &oasPointer);
    };

    static void convertInfo(Conversion &c);
    static void convertServer(Conversion &c);
    static void convertCustomAuth(Conversion &c, const std::string &auth);
    static void convertIdExtractor(Conversion &c, const std::string &pointer);
    static void convertSecurity(Conversion &c, const std::string &auth, bool authEnabled);
    static void convertTokenScheme(Conversion &c, const std::string &auth, const std::string &name);
    static nlohmann::json convertAuthSources(Conversion &c, const std::string &pointer);
    static void convertGlobalMiddleware(Conversion &c);
    static void convertPluginList(Conversion &c, const std::string &global, std::string_view plural,
                                  std::string_view singular, const std::string &classicPointer);
    static nlohmann::json convertPlugin(Conversion &c, const std::string &pointer);
    static void convertTrafficLogs(Conversion &c, const std::string &global);
    static void convertOperations(Conversion &c);
};

} // namespace Hb::Api
