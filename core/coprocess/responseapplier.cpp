// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coprocess/responseapplier.h"

#include "core/http/headerlist.h"

#include <set>

namespace Hb::Coprocess {

namespace {
bool sameMap(const google::protobuf::Map<std::string, std::string> &a,
             const google::protobuf::Map<std::string, std::string> &b)
{
    if (a.size() != b.size())
        return false;
    for (const auto &[k, v] : a) {
        const auto it = b.find(k);
        if (it == b.end() || it->second != v)
            return false;
    }
    return true;
}
} // namespace

google::protobuf::RepeatedPtrField<coprocess::Header> ResponseApplier::syncHeaders(
    const google::protobuf::Map<std::string, std::string> &headers,
    const google::protobuf::RepeatedPtrField<coprocess::Header> &multivalue)
{
    google::protobuf::RepeatedPtrField<coprocess::Header> original = multivalue;
    google::protobuf::RepeatedPtrField<coprocess::Header> created;
    // Keys of `headers` in a stable order (Tyk iterates a Go map: unspecified).
    std::set<std::string> keys;
    for (const auto &[k, v] : headers)
        keys.insert(k);
    for (const std::string &key : keys) {
        const std::string &value = headers.at(key);
        bool found = false;
        for (coprocess::Header &h : original) {
            if (h.key() == key) {
                found = true;
                if (h.values_size() == 0)
                    h.add_values(value);
                else
                    h.set_values(0, value);
            }
        }
        if (!found) {
            coprocess::Header *h = created.Add();
            h->set_key(key);
            h->add_values(value);
        }
    }
    google::protobuf::RepeatedPtrField<coprocess::Header> result = created;
    for (const coprocess::Header &h : original) {
        if (headers.contains(h.key()))
            *result.Add() = h;
    }
    return result;
}

void ResponseApplier::apply(const coprocess::ResponseObject &returned,
                            const google::protobuf::Map<std::string, std::string> &sentHeaders,
                            Http::HttpResponse &response, bool canonicalHeaderNames)
{
    response.headers.clear();
    const google::protobuf::RepeatedPtrField<coprocess::Header> final =
        sameMap(returned.headers(), sentHeaders)
            ? returned.multivalue_headers()
            : syncHeaders(returned.headers(), returned.multivalue_headers());
    for (const coprocess::Header &h : final) {
        const QByteArray raw = QByteArray::fromStdString(h.key());
        const QByteArray name = canonicalHeaderNames ? Http::HeaderList::canonicalName(raw) : raw;
        response.headers.remove(name);
        for (const std::string &v : h.values())
            response.headers.add(name, QByteArray::fromStdString(v));
    }
    response.body = QByteArray::fromStdString(returned.raw_body());
    response.status = returned.status_code();
}

} // namespace Hb::Coprocess
