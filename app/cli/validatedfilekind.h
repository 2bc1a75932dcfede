// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Hb::Cli {

// What a JSON file given to `validate` is, told by its content: Tyk's files carry no type
// field, but each kind has keys the others lack.
enum class ValidatedFileKind {
    ApiDefinition,  // api_id, proxy, or a Tyk OAS document; also anything not recognised
    BundleManifest, // file_list / custom_middleware without a proxy
    GatewayConfig,  // tyk.conf: listen_port, secret, storage, app_path, policies, ...
    PolicyRecord,   // policies.policy_record_name: an object of policies by id
    Policy,         // one policy (a file of policies.policy_path)
};

// Unparsable text is an API definition: its loader reports where the syntax fails.
ValidatedFileKind validatedFileKindOf(const QByteArray &text);
QString toString(ValidatedFileKind kind);

} // namespace Hb::Cli
