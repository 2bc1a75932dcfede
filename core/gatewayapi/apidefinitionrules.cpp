// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gatewayapi/apidefinitionrules.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <map>

namespace Hb::GatewayApi {

using nlohmann::json;

namespace {

const json &member(const json &object, const char *key)
{
    static const json none;
    if (!object.is_object())
        return none;
    const auto it = object.find(key);
    return it == object.end() ? none : *it;
}

bool flag(const json &object, const char *key)
{
    const json &v = member(object, key);
    return v.is_boolean() && v.get<bool>();
}

QString text(const json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

// Go's %q of a plain string.
QString quoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

// net.ParseIP: dotted-decimal IPv4 (no leading zeros, as Go 1.17+) or IPv6 without a zone.
bool goParsesIp(const QString &ip)
{
    if (ip != ip.trimmed()) // QHostAddress trims; Go does not
        return false;
    static const QRegularExpression v4(QStringLiteral(
        "^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
        "){3}$"));
    if (v4.match(ip).hasMatch())
        return true;
    if (!ip.contains(u':') || ip.contains(u'%'))
        return false;
    QHostAddress address;
    return address.setAddress(ip) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

// net.ParseCIDR: an address and a prefix length that fits it.
bool goParsesCidr(const QString &cidr)
{
    const qsizetype slash = cidr.indexOf(u'/');
    const QString ip = cidr.left(slash);
    const QString bits = cidr.mid(slash + 1);
    static const QRegularExpression digits(QStringLiteral("^\\d{1,3}$"));
    if (!goParsesIp(ip) || !digits.match(bits).hasMatch())
        return false;
    const int max = ip.contains(u':') ? 128 : 32;
    return bits.toInt() <= max;
}

// A Go duration string that time.ParseDuration reads as negative (others count as zero).
bool negativeDuration(const json &v)
{
    static const QRegularExpression negative(
        QStringLiteral("^-((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+$"));
    const QString s = text(v);
    if (!negative.match(s).hasMatch())
        return false;
    return s.contains(QRegularExpression(QStringLiteral("[1-9]")));
}

QString uniqueDataSourceNames(const json &def)
{
    const json &sources = member(member(member(def, "graphql"), "engine"), "data_sources");
    if (!sources.is_array() || sources.size() <= 1)
        return {};
    QSet<QString> used;
    for (const json &source : sources) {
        const QString name = text(member(source, "name")).toLower().trimmed();
        if (used.contains(name))
            return QStringLiteral("duplicate data source names are not allowed");
        used.insert(name);
    }
    return {};
}

QString atLeastOneAuthSource(const json &def)
{
    const json &configs = member(def, "auth_configs");
    if (!configs.is_object())
        return {};
    const std::map<std::string, const char *> enabledBy = {{"authToken", "use_standard_auth"},
                                                           {"jwt", "enable_jwt"},
                                                           {"hmac", "enable_signature_checking"},
                                                           {"oauth", "use_oauth2"},
                                                           {"oidc", "use_openid"},
                                                           {"coprocess", "enable_coprocess_auth"}};
    // nlohmann's object keeps keys sorted, as Tyk sorts the names.
    for (const auto &[name, config] : configs.items()) {
        const auto rule = enabledBy.find(name);
        if (rule == enabledBy.end() || !flag(def, rule->second))
            continue;
        if (!(flag(config, "use_param") || flag(config, "use_cookie") ||
              !flag(config, "disable_header")))
            return QStringLiteral("all auth sources are disabled for %1, at least one of "
                                  "header/cookie/query must be enabled")
                .arg(QString::fromStdString(name));
    }
    return {};
}

QString validIpLists(const json &def)
{
    const std::pair<const char *, const char *> lists[] = {
        {"enable_ip_whitelisting", "allowed_ips"}, {"enable_ip_blacklisting", "blacklisted_ips"}};
    for (const auto &[enabled, key] : lists) {
        const json &ips = member(def, key);
        if (!flag(def, enabled) || !ips.is_array())
            continue;
        for (const json &entry : ips) {
            const QString ip = text(entry);
            const bool ok = ip.count(u'/') == 1 ? goParsesCidr(ip) : goParsesIp(ip);
            if (!ok)
                return QStringLiteral("invalid IP/CIDR %1").arg(quoted(ip));
        }
    }
    return {};
}

QString nonNegativeTimeouts(const json &def)
{
    const json &versions = member(member(def, "version_data"), "versions");
    if (!versions.is_object())
        return {};
    for (const auto &[name, version] : versions.items()) {
        if (negativeDuration(member(version, "global_enforce_timeout")))
            return QStringLiteral("invalid global timeout value");
    }
    for (const auto &[name, version] : versions.items()) {
        const json &timeouts = member(member(version, "extended_paths"), "hard_timeouts");
        if (!timeouts.is_array())
            continue;
        for (const json &t : timeouts) {
            const json &seconds = member(t, "timeout");
            if ((seconds.is_number() && seconds.get<double>() < 0) ||
                negativeDuration(member(t, "duration")))
                return QStringLiteral("invalid timeout value");
        }
    }
    return {};
}

QString oneUpstreamAuth(const json &def)
{
    const json &upstream = member(def, "upstream_auth");
    const json &basic = member(upstream, "basic_auth");
    const json &oauth = member(upstream, "oauth");
    if (!flag(upstream, "enabled") || !(flag(basic, "enabled") || flag(oauth, "enabled")))
        return {};
    if (flag(basic, "enabled") && flag(oauth, "enabled"))
        return QStringLiteral("multiple upstream authentication modes not allowed");
    if (!flag(oauth, "enabled"))
        return {};
    const json &types = member(oauth, "allowed_authorize_types");
    if (!types.is_array() || types.empty())
        return QStringLiteral("upstream OAuth authorization type is required");
    if (types.size() > 1)
        return QStringLiteral("multiple upstream OAuth authorization type not allowed");
    const QString type = text(types.at(0));
    if (type != u"clientCredentials" && type != u"password")
        return QStringLiteral("invalid OAuth authorization type");
    for (const char *flow : {"client_credentials", "password"}) {
        const QString method = text(member(member(oauth, flow), "method"));
        if (!method.isEmpty() && method != u"client_secret_basic" &&
            method != u"client_secret_post")
            return QStringLiteral("invalid upstream OAuth client authentication method, valid "
                                  "values are: client_secret_basic, client_secret_post");
    }
    return {};
}

QString loadBalancingTargets(const json &def)
{
    const json &proxy = member(def, "proxy");
    if (!flag(proxy, "enable_load_balancing"))
        return {};
    const json &targets = member(proxy, "target_list"); // Tyk's Proxy.Targets
    if (!targets.is_array() || targets.empty())
        return QStringLiteral("all load balancing targets have weight 0, at least one target "
                              "must have weight > 0");
    return {};
}

} // namespace

QString firstDefinitionRuleError(const json &definition)
{
    for (const auto rule : {uniqueDataSourceNames, atLeastOneAuthSource, validIpLists,
                            nonNegativeTimeouts, oneUpstreamAuth, loadBalancingTargets}) {
        const QString error = rule(definition);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

} // namespace Hb::GatewayApi
