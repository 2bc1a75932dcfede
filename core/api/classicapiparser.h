// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"

#include <string_view>

namespace Hb::Api {

class JsonFieldReader;

// Reads a Tyk Classic API definition (Tyk: apidef/api_definitions.go, APIDefinition) into the
// model and checks what would make Tyk refuse or mis-serve it. Every problem goes to the
// reader, with its place; parsing carries on so that one run reports all of them. Stateless.
class ClassicApiParser
{
public:
    // Reads the document behind `reader`. `raw` and `sourceFile` are left to the caller.
    static ApiDefinition parse(JsonFieldReader &reader);

    // Reads a custom_middleware object at `pointer` (the API definition's section, or a bundle
    // manifest's, which has the same shape). An absent or null section gives the defaults;
    // a value of the wrong type is reported to the reader.
    static CustomMiddleware readCustomMiddleware(JsonFieldReader &reader, std::string_view pointer);

private:
    static void readIdentity(JsonFieldReader &reader, ApiDefinition &api);
    static void readAuth(JsonFieldReader &reader, ApiDefinition &api);
    static AuthTokenConfig readAuthConfig(JsonFieldReader &reader, std::string_view pointer);
    static void readProxy(JsonFieldReader &reader, ApiDefinition &api);
    static void readPlugins(JsonFieldReader &reader, ApiDefinition &api);
    static void readAnalytics(JsonFieldReader &reader, ApiDefinition &api);
    static void readEventHandlers(JsonFieldReader &reader, ApiDefinition &api);
    static MiddlewareDefinition readMiddleware(JsonFieldReader &reader, std::string_view pointer);
    static QList<MiddlewareDefinition> readMiddlewareList(JsonFieldReader &reader,
                                                          std::string_view pointer);
    static IdExtractorConfig readIdExtractor(JsonFieldReader &reader, std::string_view pointer);
    static void readVersionData(JsonFieldReader &reader, ApiDefinition &api);
    static VersionInfo readVersion(JsonFieldReader &reader, std::string_view pointer);
    static QList<EndpointMeta> readEndpoints(JsonFieldReader &reader, std::string_view pointer);
    static QList<GoPluginMeta> readGoPlugins(JsonFieldReader &reader, std::string_view pointer);
    static QList<VirtualMeta> readVirtualEndpoints(JsonFieldReader &reader, std::string_view p);
    static QList<TrackEndpointMeta> readTrackEndpoints(JsonFieldReader &reader, std::string_view p);

    static void checkListenPath(JsonFieldReader &reader, const ApiDefinition &api);
    static void checkPlugins(JsonFieldReader &reader, const ApiDefinition &api);
    static void checkVersionData(JsonFieldReader &reader, const ApiDefinition &api);
};

} // namespace Hb::Api
