// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/bundlemanifest.h"

#include "core/api/classicapiparser.h"
#include "core/api/jsonfieldreader.h"
#include "core/api/jsonlocator.h"
#include "core/gocompat/gojsonescape.h"

#include <QFile>
#include <QFileInfo>

#include <string>

namespace Hb::Bundle {

namespace {
using Ordered = nlohmann::ordered_json;

std::string std8(const QString &s)
{
    return s.toStdString();
}

// The raw value at a pointer of plain object keys, or nullptr.
const nlohmann::json *rawAt(const nlohmann::json &raw, std::initializer_list<const char *> keys)
{
    const nlohmann::json *node = &raw;
    for (const char *key : keys) {
        if (!node->is_object())
            return nullptr;
        const auto it = node->find(key);
        if (it == node->end())
            return nullptr;
        node = &*it;
    }
    return node;
}

// Go writes a nil slice or map as null and an empty one as [] / {}. Decoding gives nil when
// the key was absent or null, so the raw document tells which one Tyk would write.
bool rawIs(const nlohmann::json &raw, std::initializer_list<const char *> keys,
           nlohmann::json::value_t type)
{
    const auto *value = rawAt(raw, keys);
    return value && value->type() == type;
}

// Tyk's apidef.MiddlewareDefinition, fields in declaration order; `code` is omitempty.
Ordered middlewareJson(const Api::MiddlewareDefinition &mw)
{
    Ordered o = Ordered::object();
    o["disabled"] = mw.disabled;
    o["name"] = std8(mw.name);
    o["path"] = std8(mw.path);
    if (!mw.code.isEmpty())
        o["code"] = std8(mw.code);
    o["require_session"] = mw.requireSession;
    o["raw_body_only"] = mw.rawBodyOnly;
    return o;
}

Ordered middlewareListJson(const QList<Api::MiddlewareDefinition> &list, const nlohmann::json &raw,
                           const char *key)
{
    if (list.isEmpty() && !rawIs(raw, {"custom_middleware", key}, nlohmann::json::value_t::array))
        return nullptr;
    Ordered array = Ordered::array();
    for (const auto &mw : list)
        array.push_back(middlewareJson(mw));
    return array;
}

Ordered idExtractorJson(const Api::IdExtractorConfig &e, const nlohmann::json &raw)
{
    Ordered o = Ordered::object();
    o["disabled"] = e.disabled;
    o["extract_from"] = std8(e.extractFrom);
    o["extract_with"] = std8(e.extractWith);
    // map[string]interface{}: Go sorts map keys, which is also nlohmann::json's order.
    const bool present = rawIs(raw, {"custom_middleware", "id_extractor", "extractor_config"},
                               nlohmann::json::value_t::object);
    if (present || (e.extractorConfig.is_object() && !e.extractorConfig.empty()))
        o["extractor_config"] = Ordered(e.extractorConfig);
    else
        o["extractor_config"] = nullptr;
    return o;
}

} // namespace

Result<BundleManifest> BundleManifest::fromJson(const QByteArray &text, const QString &file)
{
    Api::Diagnostic syntaxError;
    auto root = Api::JsonFieldReader::parseDocument(text, file, &syntaxError);
    if (!root)
        return makeError(ErrorCode::InvalidInput, syntaxError.message, syntaxError.where);
    if (!root->is_object()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a bundle manifest must be a JSON object"),
                         SourceLocation{file, 1, 1, {}});
    }

    const Api::JsonLocator locator(text);
    Api::JsonFieldReader reader(*root, locator, file);
    BundleManifest m;
    QList<QString> files;
    reader.readStringList("/file_list", files);
    m.fileList = files;
    m.customMiddleware = Api::ClassicApiParser::readCustomMiddleware(reader, "/custom_middleware");
    reader.readString("/checksum", m.checksum);
    reader.readString("/signature", m.signature);
    for (const Api::Diagnostic &d : reader.diagnostics()) {
        if (d.severity == Api::Diagnostic::Severity::Error)
            return makeError(ErrorCode::InvalidInput, d.message, d.where);
    }
    m.raw = std::move(*root);
    return m;
}

Result<BundleManifest> BundleManifest::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return makeError(ErrorCode::NotFound, path + QStringLiteral(": file does not exist"),
                         SourceLocation{path, 0, 0, {}});
    }
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         path + QStringLiteral(": cannot read: ") + file.errorString(),
                         SourceLocation{path, 0, 0, {}});
    }
    return fromJson(file.readAll(), path);
}

nlohmann::ordered_json BundleManifest::toOrderedJson() const
{
    // apidef.BundleManifest and apidef.MiddlewareSection, fields in declaration order.
    const Api::CustomMiddleware &cm = customMiddleware;
    Ordered section = Ordered::object();
    section["pre"] = middlewareListJson(cm.pre, raw, "pre");
    section["post"] = middlewareListJson(cm.post, raw, "post");
    section["post_key_auth"] = middlewareListJson(cm.postKeyAuth, raw, "post_key_auth");
    section["auth_check"] = middlewareJson(cm.authCheck);
    section["traffic_logs"] = middlewareJson(cm.trafficLogs);
    section["response"] = middlewareListJson(cm.response, raw, "response");
    section["driver"] = std8(cm.driver);
    section["id_extractor"] = idExtractorJson(cm.idExtractor, raw);

    Ordered o = Ordered::object();
    if (fileList.isEmpty() && !rawIs(raw, {"file_list"}, nlohmann::json::value_t::array)) {
        o["file_list"] = nullptr;
    } else {
        o["file_list"] = Ordered::array();
        for (const QString &f : fileList)
            o["file_list"].push_back(std8(f));
    }
    o["custom_middleware"] = std::move(section);
    o["checksum"] = std8(checksum);
    o["signature"] = std8(signature);
    return o;
}

nlohmann::json BundleManifest::toJson() const
{
    return nlohmann::json(toOrderedJson());
}

QByteArray BundleManifest::serialize() const
{
    return GoCompat::goJsonHtmlEscape(
        toOrderedJson().dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

} // namespace Hb::Bundle
