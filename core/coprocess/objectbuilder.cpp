// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coprocess/objectbuilder.h"

#include "core/coprocess/sessionconverter.h"
#include "core/gocompat/goutf8.h"
#include "core/gocompat/urlquery.h"
#include "core/http/headerlist.h"

#include <QCryptographicHash>
#include <QHash>

namespace Hb::Coprocess {

namespace {
std::string toStd(const QByteArray &bytes)
{
    return std::string(bytes.constData(), size_t(bytes.size()));
}
} // namespace

coprocess::MiniRequestObject ObjectBuilder::request(const Http::HttpRequest &req, bool rawBodyOnly)
{
    coprocess::MiniRequestObject mini;
    fillRequest(req, rawBodyOnly, mini);
    return mini;
}

void ObjectBuilder::fillRequest(const Http::HttpRequest &req, bool rawBodyOnly,
                                coprocess::MiniRequestObject &mini)
{
    auto &headers = *mini.mutable_headers();
    // First value of each header under Go's canonical name (Go's server canonicalises what
    // it receives, so plugins look headers up as "X-Api-Key").
    for (const auto &[name, value] : req.headers.fields()) {
        const std::string key = toStd(Http::HeaderList::canonicalName(name));
        headers.try_emplace(key, toStd(value));
    }
    if (const QByteArray host = req.headers.value("Host"); !host.isEmpty())
        headers["Host"] = toStd(host);
    mini.set_url(toStd(req.target));
    auto &params = *mini.mutable_params();
    for (const auto &[key, value] : GoCompat::UrlQuery::parse(req.query()))
        params.try_emplace(toStd(key), toStd(value));
    mini.mutable_return_overrides()->set_response_code(-1);
    mini.set_method(toStd(req.method));
    mini.set_request_uri(toStd(req.target));
    mini.set_scheme("http");
    mini.set_raw_body(toStd(req.body));
    if (!rawBodyOnly && GoCompat::GoUtf8::valid(req.body))
        mini.set_body(toStd(req.body));
}

google::protobuf::Map<std::string, std::string> ObjectBuilder::spec(const Api::ApiDefinition &api)
{
    google::protobuf::Map<std::string, std::string> spec;
    fillSpec(api, spec);
    return spec;
}

void ObjectBuilder::fillSpec(const Api::ApiDefinition &api,
                             google::protobuf::Map<std::string, std::string> &spec)
{
    spec["OrgID"] = api.orgId.toStdString();
    spec["APIID"] = api.apiId.toStdString();
    spec["bundle_hash"] =
        QCryptographicHash::hash(api.customMiddlewareBundle.toUtf8(), QCryptographicHash::Md5)
            .toHex()
            .toStdString();
    if (!api.configDataDisabled && api.configData.is_object() && !api.configData.empty())
        spec["config_data"] = api.configData.dump();
}

coprocess::Object ObjectBuilder::build(const ObjectInputs &in)
{
    coprocess::Object object;
    object.set_hook_type(in.hookType);
    object.set_hook_name(in.hookName.toStdString());
    fillRequest(*in.request, in.rawBodyOnly, *object.mutable_request());
    if (!in.requestUri.isEmpty())
        object.mutable_request()->set_request_uri(in.requestUri.toStdString());
    fillSpec(*in.api, *object.mutable_spec());

    // Pre and CustomKeyCheck never see a session (Tyk: gateway/coprocess.go, BuildObject), even a
    // cached one.
    const bool sendsSession =
        in.hookType != coprocess::Pre && in.hookType != coprocess::CustomKeyCheck;
    if (sendsSession && in.session) {
        *object.mutable_session() = SessionConverter::toProto(*in.session, in.sessionKey);
        *object.mutable_metadata() = object.session().metadata();
    } else if (in.hookType == coprocess::Response) {
        // Keyless APIs: response hooks still get an (empty) session.
        object.mutable_session();
    }

    if (in.hookType == coprocess::Response && in.response) {
        const Http::HttpResponse &r = *in.response;
        coprocess::ResponseObject *resp = object.mutable_response();
        resp->set_status_code(r.status);
        resp->set_raw_body(toStd(r.body));
        if (!in.rawBodyOnly && GoCompat::GoUtf8::valid(r.body))
            resp->set_body(toStd(r.body));
        // One Header per name with all its values, in first-seen order (Tyk's order is Go
        // map order, i.e. unspecified).
        QHash<QByteArray, coprocess::Header *> byName;
        for (const auto &[name, value] : r.headers.fields()) {
            const QByteArray key = Http::HeaderList::canonicalName(name);
            coprocess::Header *h = byName.value(key);
            if (!h) {
                h = resp->add_multivalue_headers();
                h->set_key(toStd(key));
                byName.insert(key, h);
                resp->mutable_headers()->try_emplace(toStd(key), toStd(value));
            }
            h->add_values(toStd(value));
        }
    }
    return object;
}

} // namespace Hb::Coprocess
