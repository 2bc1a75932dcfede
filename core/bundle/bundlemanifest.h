// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apidefinition.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace Hb::Bundle {

// A bundle's manifest.json (Tyk's apidef.BundleManifest,
// apidef/api_definitions.go). A value type; safe to copy between threads.
struct BundleManifest
{
    QStringList fileList;                   // file_list: paths relative to the bundle
    Api::CustomMiddleware customMiddleware; // same shape as an API's custom_middleware
    QString checksum;                       // lowercase hex MD5 (Tyk: defaultBundleVerifyFunction)
    QString signature;                      // base64 RSA signature, or empty (Tyk: Bundler.sign)
    nlohmann::json raw;                     // the document as read; null when built in memory

    // Parses a manifest as Tyk's json.Unmarshal would accept it: unknown keys are ignored, a
    // value of the wrong type is an error. Errors carry FILE:LINE:COLUMN.
    static Result<BundleManifest> fromJson(const QByteArray &text, const QString &file);
    // Reads and parses `path`; an unreadable file is an Io/NotFound error naming it.
    static Result<BundleManifest> fromFile(const QString &path);

    // The whole manifest with every field, defaults included, as Tyk's encoder writes it.
    // nlohmann::json sorts keys; use toOrderedJson() or serialize() for Go's field order.
    nlohmann::json toJson() const;
    // The same, keys in Go's struct declaration order.
    nlohmann::ordered_json toOrderedJson() const;
    // The bytes `tyk bundle build` writes as manifest.json: compact, Go's field order, with
    // Go's HTML-safe escaping of <, > and & and no trailing newline.
    QByteArray serialize() const;
};

} // namespace Hb::Bundle
