// SPDX-License-Identifier: GPL-3.0-or-later
// Tyk's validator for classic definitions sent to /tyk/apis (apidef/validator.go,
// DefaultValidationRuleSet), one rule per row, in Tyk's words.
#include "core/gatewayapi/apidefinitionrules.h"

#include <QTest>

using namespace Hb;

class TestApiDefinitionRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDefinitionIsCheckedAsTyksValidatorChecksIt_data()
    {
        QTest::addColumn<QByteArray>("definition");
        QTest::addColumn<QString>("error");
        const QString none;
        QTest::newRow("plain") << QByteArray("{\"api_id\": \"a\", \"use_keyless\": true}") << none;
        QTest::newRow("duplicate data sources")
            << QByteArray("{\"graphql\": {\"engine\": {\"data_sources\": [{\"name\": \"Users\"}, "
                          "{\"name\": \" users \"}]}}}")
            << QStringLiteral("duplicate data source names are not allowed");
        QTest::newRow("auth token without a source")
            << QByteArray("{\"use_standard_auth\": true, \"auth_configs\": {\"authToken\": "
                          "{\"disable_header\": true}}}")
            << QStringLiteral("all auth sources are disabled for authToken, at least one of "
                              "header/cookie/query must be enabled");
        QTest::newRow("a source in the query is enough")
            << QByteArray("{\"use_standard_auth\": true, \"auth_configs\": {\"authToken\": "
                          "{\"disable_header\": true, \"use_param\": true}}}")
            << none;
        QTest::newRow("a method that is off is not checked")
            << QByteArray("{\"enable_jwt\": false, \"auth_configs\": {\"jwt\": "
                          "{\"disable_header\": true}}}")
            << none;
        QTest::newRow("first in name order")
            << QByteArray("{\"enable_jwt\": true, \"enable_coprocess_auth\": true, "
                          "\"auth_configs\": {\"jwt\": {\"disable_header\": true}, \"coprocess\": "
                          "{\"disable_header\": true}}}")
            << QStringLiteral("all auth sources are disabled for coprocess, at least one of "
                              "header/cookie/query must be enabled");
        QTest::newRow("bad allowed IP")
            << QByteArray("{\"enable_ip_whitelisting\": true, \"allowed_ips\": [\"10.0.0.1\", "
                          "\"10.0.0\"]}")
            << QStringLiteral("invalid IP/CIDR \"10.0.0\"");
        QTest::newRow("bad CIDR") << QByteArray(
                                         "{\"enable_ip_blacklisting\": true, \"blacklisted_ips\": "
                                         "[\"10.0.0.0/33\"]}")
                                  << QStringLiteral("invalid IP/CIDR \"10.0.0.0/33\"");
        QTest::newRow("leading zero, as Go refuses it")
            << QByteArray("{\"enable_ip_whitelisting\": true, \"allowed_ips\": [\"010.0.0.1\"]}")
            << QStringLiteral("invalid IP/CIDR \"010.0.0.1\"");
        QTest::newRow("IPv6 and CIDRs")
            << QByteArray("{\"enable_ip_whitelisting\": true, \"allowed_ips\": [\"::1\", "
                          "\"fe80::/10\", \"192.168.0.0/16\"]}")
            << none;
        QTest::newRow("a list that is off is not checked")
            << QByteArray("{\"enable_ip_whitelisting\": false, \"allowed_ips\": [\"nope\"]}")
            << none;
        QTest::newRow("negative global timeout")
            << QByteArray("{\"version_data\": {\"versions\": {\"Default\": "
                          "{\"global_enforce_timeout\": \"-5s\"}}}}")
            << QStringLiteral("invalid global timeout value");
        QTest::newRow("negative hard timeout")
            << QByteArray("{\"version_data\": {\"versions\": {\"Default\": {\"extended_paths\": "
                          "{\"hard_timeouts\": [{\"path\": \"/a\", \"timeout\": -1}]}}}}}")
            << QStringLiteral("invalid timeout value");
        QTest::newRow("two upstream auth modes")
            << QByteArray("{\"upstream_auth\": {\"enabled\": true, \"basic_auth\": {\"enabled\": "
                          "true}, \"oauth\": {\"enabled\": true, \"allowed_authorize_types\": "
                          "[\"password\"]}}}")
            << QStringLiteral("multiple upstream authentication modes not allowed");
        QTest::newRow("upstream OAuth without a type")
            << QByteArray("{\"upstream_auth\": {\"enabled\": true, \"oauth\": {\"enabled\": "
                          "true}}}")
            << QStringLiteral("upstream OAuth authorization type is required");
        QTest::newRow("upstream auth off")
            << QByteArray("{\"upstream_auth\": {\"enabled\": false, \"oauth\": {\"enabled\": "
                          "true}}}")
            << none;
        QTest::newRow("load balancing without targets")
            << QByteArray("{\"proxy\": {\"enable_load_balancing\": true, \"target_list\": []}}")
            << QStringLiteral("all load balancing targets have weight 0, at least one target "
                              "must have weight > 0");
        QTest::newRow("load balancing with targets")
            << QByteArray("{\"proxy\": {\"enable_load_balancing\": true, \"target_list\": "
                          "[\"http://a\", \"http://b\"]}}")
            << none;
        QTest::newRow("a spaced IP, as Go refuses it")
            << QByteArray("{\"enable_ip_whitelisting\": true, \"allowed_ips\": [\" ::1\"]}")
            << QStringLiteral("invalid IP/CIDR \" ::1\"");
        QTest::newRow("rules run in Tyk's order")
            << QByteArray("{\"proxy\": {\"enable_load_balancing\": true}, "
                          "\"enable_ip_whitelisting\": true, \"allowed_ips\": [\"x\"]}")
            << QStringLiteral("invalid IP/CIDR \"x\"");
    }
    void aDefinitionIsCheckedAsTyksValidatorChecksIt()
    {
        QFETCH(QByteArray, definition);
        QTEST(GatewayApi::firstDefinitionRuleError(nlohmann::json::parse(definition.constData())),
              "error");
    }
};

QTEST_GUILESS_MAIN(TestApiDefinitionRules)
#include "tst_apidefinitionrules.moc"
