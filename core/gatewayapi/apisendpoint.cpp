// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gatewayapi/apisendpoint.h"

#include "core/api/apidefinitionloader.h"
#include "core/common/untrustedjson.h"
#include "core/engine/engine.h"
#include "core/gatewayapi/apidefinitionrules.h"
#include "core/gatewayapi/controlreply.h"
#include "core/http/httprequest.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>

namespace Hb::GatewayApi {

namespace {
const QString kNotFound = QStringLiteral("API not found");

// Tyk's sanitize.ValidatePathComponent: an id becomes a file name, so nothing that leaves
// the directory, even after URL-decoding it a few times.
bool validFileId(const QString &id)
{
    QString decoded = id;
    for (int i = 0; i < 3; ++i)
        decoded = QUrl::fromPercentEncoding(decoded.toUtf8());
    for (const QString &s : {id, decoded}) {
        if (s.isEmpty() || s == u"." || s == u".." || s.contains(u'/') || s.contains(u'\\') ||
            s.contains(QChar(0)) || s.contains(u".."))
            return false;
    }
    return true;
}

Http::HttpResponse methodNotSupported()
{
    return ControlReply::error(405, QStringLiteral("Method not supported"));
}

// The id a definition carries: api_id (classic) or x-tyk-api-gateway.info.id (OAS).
QString idOf(const nlohmann::json &definition, bool oas)
{
    const nlohmann::json *id = nullptr;
    if (!oas) {
        const auto it = definition.find("api_id");
        id = it != definition.end() ? &*it : nullptr;
    } else {
        const nlohmann::json::json_pointer p("/x-tyk-api-gateway/info/id");
        id = definition.contains(p) ? &definition.at(p) : nullptr;
    }
    return id && id->is_string() ? QString::fromStdString(id->get<std::string>()) : QString();
}

void setId(nlohmann::json &definition, bool oas, const QString &id)
{
    if (oas)
        definition["x-tyk-api-gateway"]["info"]["id"] = id.toStdString();
    else
        definition["api_id"] = id.toStdString();
}

// The body as a definition of the route's kind, or the error reply Tyk gives.
std::optional<Http::HttpResponse> checkBody(const nlohmann::json &body, bool oas)
{
    if (!body.is_object())
        return ControlReply::error(400, QStringLiteral("Request malformed"));
    if (oas) {
        const auto ext = body.find("x-tyk-api-gateway");
        if (ext == body.end() || !ext->is_object())
            return ControlReply::error(
                400, QStringLiteral("the payload should contain x-tyk-api-gateway"));
    } else if (body.contains("openapi") && body.contains("x-tyk-api-gateway")) {
        return ControlReply::error(
            400, QStringLiteral("the supplied API definition is in OAS format, please use the Tyk "
                                "classic format for this API"));
    }
    return std::nullopt;
}

// Tyk's validator on a classic definition (Tyk: gateway/api.go validateAPIDef), after the
// decode and, for an update, the api_id check, before an api_id is generated: the 400 it
// gives. Tyk OAS bodies are not checked yet (Tyk converts them to classic first).
std::optional<Http::HttpResponse> checkRules(const nlohmann::json &body, bool oas)
{
    if (oas)
        return std::nullopt;
    // A body Go's decoder refuses is checkDefinition's 400 (Request malformed).
    Api::Diagnostics diagnostics;
    (void)Api::ApiDefinitionLoader::parse(QByteArray::fromStdString(body.dump(2)),
                                          QStringLiteral("request body"), &diagnostics);
    for (const Api::Diagnostic &d : std::as_const(diagnostics)) {
        if (d.decodeError)
            return std::nullopt;
    }
    if (const QString rule = firstDefinitionRuleError(body); !rule.isEmpty())
        return ControlReply::error(
            400, QStringLiteral("Validation of API Definition failed. Reason: %1.").arg(rule));
    return std::nullopt;
}

// The definition as `validate` and a reload read it. One that Go's decoder would refuse (a
// value of the wrong type) gets Tyk's 400 before anything is written; other problems do not
// stop Tyk's handler, so the file is written, and the log says that the reload will skip it.
std::optional<Http::HttpResponse> checkDefinition(const nlohmann::json &body)
{
    Api::Diagnostics diagnostics;
    const Result<Api::ApiDefinition> parsed = Api::ApiDefinitionLoader::parse(
        QByteArray::fromStdString(body.dump(2)), QStringLiteral("request body"), &diagnostics);
    bool undecodable = false;
    for (const Api::Diagnostic &d : std::as_const(diagnostics))
        undecodable = undecodable || d.decodeError;
    if (parsed)
        return std::nullopt;
    QStringList errors;
    for (const Api::Diagnostic &d : std::as_const(diagnostics)) {
        if (d.severity == Api::Diagnostic::Severity::Error)
            errors << d.toString();
    }
    if (!undecodable) {
        qWarning("Gateway API: the new API definition will not load: %s",
                 qPrintable(errors.join(QStringLiteral("; "))));
        return std::nullopt;
    }
    qWarning("Gateway API: couldn't decode new API Definition object: %s",
             qPrintable(errors.join(QStringLiteral("; "))));
    return ControlReply::error(400, QStringLiteral("Request malformed"));
}
} // namespace

ApisEndpoint::ApisEndpoint(Engine::Engine &engine, QString appsDir)
    : m_engine(engine)
    , m_appsDir(std::move(appsDir))
{}

Http::HttpResponse ApisEndpoint::handle(const Http::HttpRequest &request, const QString &rest) const
{
    const bool oas = rest == u"/oas" || rest.startsWith(u"/oas/");
    const QString id = (oas ? rest.mid(4) : rest).mid(1);
    const QByteArray &method = request.method;
    if (method == "GET")
        return get(id, oas);
    if (method == "POST" && id.isEmpty())
        return add(request, oas);
    if (method == "PUT")
        return id.isEmpty()
                   ? ControlReply::error(400, QStringLiteral("Must specify an apiID to update"))
                   : update(request, id, oas);
    if (method == "DELETE" && !oas)
        return id.isEmpty()
                   ? ControlReply::error(400, QStringLiteral("Must specify an apiID to delete"))
                   : remove(id);
    if (method == "DELETE" && oas && !id.isEmpty())
        return remove(id);
    return methodNotSupported();
}

Http::HttpResponse ApisEndpoint::get(const QString &id, bool oas) const
{
    const QList<Api::ApiDefinition> loaded = m_engine.apis();
    if (id.isEmpty()) {
        nlohmann::json list = nlohmann::json::array();
        for (const Api::ApiDefinition &api : loaded) {
            if (!oas || api.isOas)
                list.push_back(api.raw);
        }
        return ControlReply::json(200, list);
    }
    for (const Api::ApiDefinition &api : loaded) {
        if (api.apiId != id)
            continue;
        if (oas && !api.isOas)
            return ControlReply::error(
                400, QStringLiteral("the requested API definition is in Tyk classic format, please "
                                    "use old api endpoint"));
        return ControlReply::json(200, api.raw);
    }
    return ControlReply::error(404, kNotFound);
}

Http::HttpResponse ApisEndpoint::add(const Http::HttpRequest &request, bool oas) const
{
    nlohmann::json body = parseFirstUntrustedJsonValue(
        std::string_view(request.body.constData(), request.body.size()));
    if (auto bad = checkBody(body, oas))
        return *bad;
    if (auto bad = checkRules(body, oas))
        return *bad;
    QString id = idOf(body, oas);
    if (id.isEmpty()) {
        // Tyk's GenerateAPIID: a UUID's hex digits.
        id = QUuid::createUuid().toString(QUuid::Id128);
        setId(body, oas, id);
    }
    if (!validFileId(id))
        return ControlReply::error(400, QStringLiteral("Invalid API ID"));
    if (auto bad = checkDefinition(body))
        return *bad;
    // Tyk overwrites <id>.json; an API of that id kept in another file is overwritten in
    // place, so a reload never finds two definitions with one id.
    const Http::HttpResponse written = write(fileFor(id), body);
    if (written.status != 0)
        return written;
    return ControlReply::modified(id, QStringLiteral("added"));
}

Http::HttpResponse ApisEndpoint::update(const Http::HttpRequest &request, const QString &id,
                                        bool oas) const
{
    if (!validFileId(id))
        return ControlReply::error(400, QStringLiteral("Invalid API ID"));
    std::optional<Api::ApiDefinition> existing;
    for (const Api::ApiDefinition &api : m_engine.apis()) {
        if (api.apiId == id)
            existing = api;
    }
    if (!existing)
        return ControlReply::error(404, kNotFound);
    if (oas && !existing->isOas)
        return ControlReply::error(
            400, QStringLiteral("the supplied API definition is in OAS format, please use the Tyk "
                                "classic format for this API"));
    if (!oas && existing->isOas)
        return ControlReply::error(
            400, QStringLiteral("this API endpoint only supports Tyk Classic APIs; please use the "
                                "appropriate Tyk OAS API endpoint"));
    nlohmann::json body = parseFirstUntrustedJsonValue(
        std::string_view(request.body.constData(), request.body.size()));
    if (auto bad = checkBody(body, oas))
        return *bad;
    if (idOf(body, oas) != id)
        return ControlReply::error(400, QStringLiteral("Request APIID does not match that in "
                                                       "Definition! For Update operations these "
                                                       "must match."));
    if (auto bad = checkDefinition(body))
        return *bad;
    if (auto bad = checkRules(body, oas))
        return *bad;
    const Http::HttpResponse written = write(fileFor(id), body);
    if (written.status != 0)
        return written;
    return ControlReply::modified(id, QStringLiteral("modified"));
}

Http::HttpResponse ApisEndpoint::remove(const QString &id) const
{
    if (!validFileId(id))
        return ControlReply::error(400, QStringLiteral("Invalid API ID"));
    bool known = false;
    for (const Api::ApiDefinition &api : m_engine.apis())
        known = known || api.apiId == id;
    if (!known)
        return ControlReply::error(404, kNotFound);
    const QString path = fileFor(id);
    if (m_appsDir.isEmpty() || !QFileInfo::exists(path) || !QFile::remove(path))
        return ControlReply::error(500, QStringLiteral("Delete failed"));
    return ControlReply::modified(id, QStringLiteral("deleted"));
}

QString ApisEndpoint::fileFor(const QString &id) const
{
    const QDir dir(m_appsDir);
    const QString appsPath = QFileInfo(m_appsDir).canonicalFilePath();
    for (const Api::ApiDefinition &api : m_engine.apis()) {
        if (api.apiId == id && !api.sourceFile.isEmpty() &&
            QFileInfo(api.sourceFile).canonicalPath() == appsPath)
            return api.sourceFile;
    }
    return dir.filePath(id + QStringLiteral(".json"));
}

Http::HttpResponse ApisEndpoint::write(const QString &path, const nlohmann::json &definition) const
{
    if (m_appsDir.isEmpty())
        return ControlReply::error(500, QStringLiteral("file object creation failed, write error "
                                                       "(this engine has no apps directory)"));
    QSaveFile file(path);
    const std::string text = definition.dump(2);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) < 0 ||
        !file.commit())
        return ControlReply::error(500, QStringLiteral("file object creation failed, write error"));
    Http::HttpResponse ok;
    ok.status = 0;
    return ok;
}

} // namespace Hb::GatewayApi
