// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pipeline/iphase.h"

#include <QByteArray>
#include <QList>

namespace Hb::Api {
struct ApiDefinition;
}

namespace Hb::Pipeline {

// Tyk's StripAuth (`strip_auth_data`, gateway/mw_strip_auth.go): after the
// authentication steps, removes the credentials so the upstream never sees them. For every
// auth config of the API (`auth_configs`, else `auth`): the header (auth_header_name,
// default Authorization), the first cookie whose text starts with the cookie name, and,
// with use_param, the query parameter; Tyk re-encodes the query then (sorted, as Go's
// url.Values.Encode).
class StripAuthPhase final : public IPhase
{
public:
    explicit StripAuthPhase(const Api::ApiDefinition &api);
    QString name() const override { return QStringLiteral("StripAuth"); }
    PhaseStatus run(Exchange &exchange, const PhaseCompletion &done) override;

private:
    struct Credential
    {
        QByteArray header;
        QByteArray cookie;
        QByteArray param; // empty unless use_param
    };
    QList<Credential> m_credentials;
};

} // namespace Hb::Pipeline
