// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/apidefinitionloader.h"

#include "core/api/classicapiparser.h"
#include "core/api/jsonfieldreader.h"
#include "core/api/jsonlocator.h"
#include "core/api/oasapiparser.h"
#include "core/common/untrustedjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Hb::Api {

namespace {
Result<ApiDefinition> finish(ApiDefinition api, const Diagnostics &found, Diagnostics *diagnostics)
{
    if (diagnostics)
        *diagnostics += found;
    for (const Diagnostic &d : found) {
        if (d.severity == Diagnostic::Severity::Error)
            return makeError(ErrorCode::InvalidInput, d.message, d.where);
    }
    return api;
}

bool isOasDocument(const nlohmann::json &root)
{
    return root.contains("openapi") && root.contains("x-tyk-api-gateway");
}

// gateway/api_definition.go isOASCompanionFile: "<id>-oas.json" is a companion when
// "<id>.json" exists beside it and it is an OpenAPI document. Tyk reads it only through the
// classic file ("is_oas": true), so a directory load skips it.
bool isOasCompanion(const QFileInfo &file)
{
    const QString name = file.fileName();
    const QString suffix = QStringLiteral("-oas.json");
    if (!name.endsWith(suffix))
        return false;
    const QString classic = name.left(name.size() - suffix.size()) + QStringLiteral(".json");
    if (!file.dir().exists(classic))
        return false;
    QFile f(file.filePath());
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const auto doc = parseUntrustedJsonOrDiscarded(f.readAll().toStdString());
    if (!doc.is_object())
        return false;
    auto nonEmptyString = [&doc](const char *key) {
        const auto it = doc.find(key);
        return it != doc.end() && it->is_string() && !it->get<std::string>().empty();
    };
    return nonEmptyString("openapi") || nonEmptyString("swagger");
}
} // namespace

Result<ApiDefinition> ApiDefinitionLoader::parse(const QByteArray &text, const QString &file,
                                                 Diagnostics *diagnostics)
{
    Diagnostic syntaxError;
    const std::optional<nlohmann::json> root =
        JsonFieldReader::parseDocument(text, file, &syntaxError);
    if (!root)
        return finish({}, {syntaxError}, diagnostics);

    const JsonLocator locator(text);
    if (!root->is_object()) {
        const auto pos = locator.valueAt("");
        const Diagnostic notObject{
            Diagnostic::Severity::Error,
            SourceLocation{file, pos.isValid() ? pos.line : 1, pos.isValid() ? pos.column : 1, {}},
            QStringLiteral("an API definition must be a JSON object"), true};
        return finish({}, {notObject}, diagnostics);
    }

    Diagnostics found;
    ApiDefinition api;
    if (isOasDocument(*root)) {
        api = OasApiParser::parse(*root, locator, file, found);
    } else {
        JsonFieldReader reader(*root, locator, file);
        api = ClassicApiParser::parse(reader);
        found = reader.diagnostics();
        api.raw = *root;
    }
    api.sourceFile = file;
    return finish(std::move(api), found, diagnostics);
}

Result<ApiDefinition> ApiDefinitionLoader::loadFile(const QString &path, Diagnostics *diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const Diagnostic unreadable{Diagnostic::Severity::Error, SourceLocation{path, 0, 0, {}},
                                    QStringLiteral("cannot read the file: ") + file.errorString()};
        if (diagnostics)
            diagnostics->append(unreadable);
        return makeError(ErrorCode::Io, unreadable.message, unreadable.where);
    }
    return parse(file.readAll(), path, diagnostics);
}

QList<ApiDefinition> ApiDefinitionLoader::loadDirectory(const QString &dir,
                                                        Diagnostics *diagnostics)
{
    QList<ApiDefinition> apis;
    const QDir directory(dir);
    if (!directory.exists()) {
        if (diagnostics) {
            diagnostics->append(Diagnostic{Diagnostic::Severity::Error,
                                           SourceLocation{dir, 0, 0, {}},
                                           QStringLiteral("the directory does not exist")});
        }
        return apis;
    }
    const QFileInfoList files = directory.entryInfoList({QStringLiteral("*.json")},
                                                        QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : files) {
        if (isOasCompanion(info))
            continue;
        // Like Tyk's FromDir, a file that fails to load is reported and the rest still load.
        Result<ApiDefinition> api = loadFile(info.filePath(), diagnostics);
        if (api)
            apis.append(std::move(*api));
    }
    return apis;
}

} // namespace Hb::Api
