// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jsnatives.h"

#include "core/common/iclock.h"
#include "core/common/untrustedjson.h"
#include "core/gocompat/urlquery.h"
#include "core/http/headerlist.h"
#include "core/plugin/gojson.h"
#include "core/plugin/iplugindatastore.h"
#include "core/plugin/js/jshttpfetcher.h"
#include "core/plugin/js/jsruntime.h"
#include "core/plugin/js/jsstrings.h"

#include <QDateTime>
#include <QJSEngine>
#include <QUrl>

#include <cmath>
#include <condition_variable>
#include <limits>
#include <mutex>

namespace Hb::Plugin {

namespace {
using nlohmann::ordered_json;
using Json = nlohmann::json;

std::string utf8(const QByteArray &bytes)
{
    return std::string(bytes.constData(), size_t(bytes.size()));
}

QString dump(const ordered_json &j)
{
    // Go's encoder replaces invalid UTF-8 with U+FFFD rather than failing.
    return QString::fromStdString(j.dump(-1, ' ', false, Json::error_handler_t::replace));
}

// Go's http.Header of a response: canonical names, every value in order.
ordered_json headerObject(const Http::HeaderList &headers)
{
    Json grouped = Json::object(); // sorted by name, as Go's encoder writes maps
    for (const auto &[name, value] : headers.fields())
        grouped[utf8(Http::HeaderList::canonicalName(name))].push_back(utf8(value));
    return ordered_json(grouped);
}

std::optional<Json> parse(const QString &text)
{
    Json j = parseUntrustedJsonOrDiscarded<Json>(text.toStdString());
    if (j.is_discarded())
        return std::nullopt;
    return j;
}
} // namespace

void JsNatives::write(const QString &level, const QString &message, bool fromPlugin)
{
    if (m_silenced)
        return;
    if (m_setup.logs && (fromPlugin || !m_setup.logsTakePluginOutputOnly))
        m_setup.logs->append({level, message, QDateTime::currentMSecsSinceEpoch()});
    if (m_setup.ctx) {
        std::function<void(const QString &, const QString &)> gatewayLog;
        {
            const QMutexLocker lock(&m_setup.ctx->mutex);
            gatewayLog = m_setup.ctx->gatewayLog;
        }
        if (gatewayLog)
            gatewayLog(level, message);
    }
}

void JsNatives::log(const QString &message)
{
    write(QStringLiteral("info"), message, true);
}

void JsNatives::rawlog(const QString &message)
{
    write(QStringLiteral("print"), message, true);
}

double JsNatives::nowMs() const
{
    if (m_setup.ctx && m_setup.ctx->clock)
        return double(m_setup.ctx->clock->nowNs() / 1'000'000);
    return double(QDateTime::currentMSecsSinceEpoch());
}

QJSValue JsNatives::b64enc(const QString &text) const
{
    return QString::fromLatin1(JsStrings::toBytes(text, m_setup.keepInvalidBytes).toBase64());
}

QJSValue JsNatives::rawb64enc(const QString &text) const
{
    return QString::fromLatin1(JsStrings::toBytes(text, m_setup.keepInvalidBytes)
                                   .toBase64(QByteArray::OmitTrailingEquals));
}

QJSValue JsNatives::decode(const QString &text, bool padded)
{
    // Go's StdEncoding (padded) and RawStdEncoding (unpadded) are strict; Qt accepts both
    // forms, so the padding rule is checked here. Go's decoders skip CR and LF anywhere.
    QByteArray in = text.toLatin1();
    in.replace('\r', QByteArray()).replace('\n', QByteArray());
    const bool hasPadding = in.endsWith('=');
    const bool lengthOk = padded ? in.size() % 4 == 0 : (!hasPadding && in.size() % 4 != 1);
    const auto out = QByteArray::fromBase64Encoding(in, QByteArray::AbortOnBase64DecodingErrors);
    if (!lengthOk || !out) {
        write(QStringLiteral("error"), QStringLiteral("Failed to base64 decode: illegal base64 "
                                                      "data in \"%1\"")
                                           .arg(text.left(64)));
        return QJSValue(QJSValue::UndefinedValue);
    }
    return JsStrings::fromBytes(*out, m_setup.keepInvalidBytes);
}

QJSValue JsNatives::b64dec(const QString &text)
{
    // Tyk tries the padded alphabet first, then the unpadded one (JWT segments).
    const bool silenced = m_silenced;
    m_silenced = true;
    QJSValue v = decode(text, true);
    m_silenced = silenced;
    return v.isUndefined() ? decode(text, false) : v;
}

QJSValue JsNatives::rawb64dec(const QString &text)
{
    return decode(text, false);
}

QJSValue JsNatives::makeHttpRequest(const QString &spec)
{
    if (spec == u"undefined")
        return QJSValue(QJSValue::UndefinedValue);
    const auto fail = [this](const QString &why) {
        write(QStringLiteral("error"), QStringLiteral("TykMakeHttpRequest: %1").arg(why));
        return QJSValue(QJSValue::UndefinedValue);
    };
    const std::optional<Json> in = parse(spec);
    if (!in || !(in->is_object() || in->is_null()))
        return fail(QStringLiteral("Failed to deserialise HTTP Request object"));
    const auto method = GoJson::string(GoJson::field(*in, "Method"), "Method");
    const auto body = GoJson::string(GoJson::field(*in, "Body"), "Body");
    const auto headers = GoJson::stringMap(GoJson::field(*in, "Headers"), "Headers");
    const auto domain = GoJson::string(GoJson::field(*in, "Domain"), "Domain");
    const auto resource = GoJson::string(GoJson::field(*in, "Resource"), "Resource");
    const auto form = GoJson::stringMap(GoJson::field(*in, "FormData"), "FormData");
    for (const Error *e : {method ? nullptr : &method.error(), body ? nullptr : &body.error(),
                           headers ? nullptr : &headers.error(), domain ? nullptr : &domain.error(),
                           resource ? nullptr : &resource.error(), form ? nullptr : &form.error()})
        if (e)
            return fail(QStringLiteral("Failed to deserialise HTTP Request object: ") + e->message);

    JsHttpRequest request;
    request.method = method->isEmpty() ? QByteArray("GET") : *method;
    request.url = QString::fromUtf8(*domain + *resource);
    for (const auto &[name, value] : *headers)
        request.headers.append({Http::HeaderList::canonicalName(name), value});
    if (!body->isEmpty()) {
        request.body = *body;
    } else if (!form->isEmpty()) {
        QMap<QByteArray, QList<QByteArray>> values;
        for (const auto &[name, value] : *form)
            values[name] = {value};
        request.body = GoCompat::UrlQuery::encode(values);
    }
    const Result<Http::HttpResponse> response =
        JsHttpFetcher::fetch(request, m_setup.deadline,
                             [this] { return m_setup.runtime && m_setup.runtime->stopping(); });
    if (!response)
        return fail(QStringLiteral("Request failed: ") + response.error().message);
    const ordered_json h = headerObject(response->headers);
    const std::string text = utf8(response->body);
    ordered_json out;
    out["Code"] = response->status;
    out["Body"] = text;
    out["Headers"] = h;
    out["code"] = response->status;
    out["body"] = text;
    out["headers"] = h;
    return dump(out);
}

QJSValue JsNatives::batchRequest(const QString &spec)
{
    const auto fail = [this](const QString &why) {
        write(QStringLiteral("error"), QStringLiteral("Batch request error: %1").arg(why));
        return QJSValue(QJSValue::UndefinedValue);
    };
    const std::optional<Json> in = parse(spec);
    if (!in || !(in->is_object() || in->is_null()))
        return fail(QStringLiteral("could not decode batch request"));
    const Json *list = GoJson::field(*in, "requests");
    if (list && !list->is_array())
        return fail(QStringLiteral("could not decode batch request: requests is not an array"));
    QList<std::pair<JsHttpRequest, QByteArray>> requests; // request, relative_url as given
    for (const Json &item : list ? *list : Json::array()) {
        const auto entry = GoJson::object(&item, "requests");
        const Json &o = entry && *entry ? **entry : Json::object();
        const auto method = GoJson::string(GoJson::field(o, "method"), "method");
        const auto headers = GoJson::stringMap(GoJson::field(o, "headers"), "headers");
        const auto body = GoJson::string(GoJson::field(o, "body"), "body");
        const auto url = GoJson::string(GoJson::field(o, "relative_url"), "relative_url");
        if (!entry || !method || !headers || !body || !url)
            return fail(QStringLiteral("could not decode batch request"));
        JsHttpRequest r;
        r.method = method->isEmpty() ? QByteArray("GET") : *method;
        r.url = QString::fromUtf8(*url);
        for (const auto &[name, value] : *headers)
            r.headers.append({Http::HeaderList::canonicalName(name), value});
        r.body = *body;
        requests.append({r, *url});
    }
    // Tyk runs the requests in parallel unless suppress_parallel_execution, and collects the
    // replies as they finish; here they run one after the other, so replies keep the order
    // of the requests.
    ordered_json replies = ordered_json::array();
    for (const auto &[request, relativeUrl] : std::as_const(requests)) {
        const Result<Http::HttpResponse> response =
            JsHttpFetcher::fetch(request, m_setup.deadline,
                                 [this] { return m_setup.runtime && m_setup.runtime->stopping(); });
        ordered_json unit;
        if (response) {
            unit["relative_url"] = utf8(relativeUrl);
            unit["code"] = response->status;
            unit["headers"] = headerObject(response->headers);
            unit["body"] = utf8(response->body);
        } else {
            write(QStringLiteral("error"),
                  QStringLiteral("Webhook request failed: ") + response.error().message);
            unit["relative_url"] = "";
            unit["code"] = 0;
            unit["headers"] = nullptr;
            unit["body"] = "";
        }
        replies.push_back(std::move(unit));
    }
    return dump(replies);
}

bool JsNatives::onEngineThread(const std::function<void(std::function<void()>)> &start)
{
    struct Waiter
    {
        std::mutex mutex;
        std::condition_variable cv;
        bool done = false;
    };
    auto waiter = std::make_shared<Waiter>();
    std::function<void()> finished = [waiter] {
        const std::lock_guard lock(waiter->mutex);
        waiter->done = true;
        waiter->cv.notify_all();
    };
    if (m_setup.engineThreadBusy || !m_setup.ctx ||
        !m_setup.ctx->post([start, finished] { start(finished); }))
        return false;
    std::unique_lock lock(waiter->mutex);
    while (!waiter->done) {
        if (std::chrono::steady_clock::now() >= m_setup.deadline ||
            (m_setup.runtime && m_setup.runtime->stopping()))
            return false;
        waiter->cv.wait_for(lock, std::chrono::milliseconds(20));
    }
    return true;
}

QString JsNatives::getKeyData(const QString &key, const QString &apiId)
{
    JsKeyServices keys;
    if (m_setup.ctx) {
        const QMutexLocker lock(&m_setup.ctx->mutex);
        keys = m_setup.ctx->keys;
    }
    auto answer = std::make_shared<QByteArray>();
    const bool ok = keys.getKeyData && onEngineThread([keys, key, apiId, answer](auto finished) {
                        keys.getKeyData(key, apiId, [answer, finished](QByteArray json) {
                            *answer = std::move(json);
                            finished();
                        });
                    });
    if (!ok) {
        write(QStringLiteral("error"),
              QStringLiteral("TykGetKeyData: the key store did not answer within the call's "
                             "time budget (or the gateway is loading APIs)"));
        return QStringLiteral("{}"); // Tyk's answer when the key data cannot be encoded
    }
    return QString::fromUtf8(answer->trimmed());
}

void JsNatives::setKeyData(const QString &key, const QString &session, const QString &suppressReset)
{
    JsKeyServices keys;
    if (m_setup.ctx) {
        const QMutexLocker lock(&m_setup.ctx->mutex);
        keys = m_setup.ctx->keys;
    }
    auto outcome = std::make_shared<Result<void>>(Result<void>());
    const QByteArray body = session.toUtf8();
    const bool reset = suppressReset != u"1";
    const bool ok =
        keys.setKeyData && onEngineThread([keys, key, body, reset, outcome](auto finished) {
            keys.setKeyData(key, body, !reset, [outcome, finished](Result<void> r) {
                *outcome = std::move(r);
                finished();
            });
        });
    if (!ok)
        write(QStringLiteral("error"),
              QStringLiteral("Failed to set key data from JS: the key store did not answer "
                             "within the call's time budget (or the gateway is loading APIs)"));
    else if (!*outcome)
        write(QStringLiteral("error"),
              QStringLiteral("Failed to set key data from JS: ") + outcome->error().message);
}

} // namespace Hb::Plugin

namespace Hb::Plugin {

namespace {
// Tyk's bounds for the JSVM store.
constexpr qsizetype maxStorageKeyBytes = 256;
constexpr qsizetype maxStorageValueBytes = 64 * 1024;

// goja's ToInteger: NaN is 0, fractions are cut, the rest is clamped to 64 bits.
qint64 toInteger(double value)
{
    if (std::isnan(value))
        return 0;
    if (value >= 9.2233720368547758e18)
        return std::numeric_limits<qint64>::max();
    if (value <= -9.2233720368547758e18)
        return std::numeric_limits<qint64>::min();
    return qint64(std::trunc(value));
}
} // namespace

void JsNatives::throwGoError(const QString &message)
{
    QJSEngine *engine = qjsEngine(this);
    if (!engine)
        return;
    QJSValue error = engine->newErrorObject(QJSValue::GenericError, message);
    error.setProperty(QStringLiteral("name"), QStringLiteral("GoError"));
    engine->throwError(error);
}

std::shared_ptr<IPluginDataStore> JsNatives::storageFor(const char *function, const QString &key)
{
    if (!m_setup.storageBindings) {
        if (QJSEngine *engine = qjsEngine(this))
            engine->throwError(QJSValue::ReferenceError,
                               QStringLiteral("%1 is not defined").arg(QLatin1String(function)));
        return nullptr;
    }
    std::shared_ptr<IPluginDataStore> store;
    if (m_setup.ctx) {
        const QMutexLocker lock(&m_setup.ctx->mutex);
        store = m_setup.ctx->storage;
    }
    if (!store) {
        throwGoError(QStringLiteral("JSVM storage is not available"));
        return nullptr;
    }
    // The call is over (or the driver is stopping): no store operation is started.
    if (std::chrono::steady_clock::now() >= m_setup.deadline ||
        (m_setup.runtime && m_setup.runtime->stopping())) {
        throwGoError(QStringLiteral("storage: the call's time budget is spent"));
        return nullptr;
    }
    const qsizetype bytes = key.toUtf8().size();
    if (bytes == 0 || bytes > maxStorageKeyBytes) {
        throwGoError(QStringLiteral("storage key must be 1-%1 bytes").arg(maxStorageKeyBytes));
        return nullptr;
    }
    return store;
}

void JsNatives::storageFailed(const char *what, const Error &error)
{
    write(QStringLiteral("error"),
          QStringLiteral("JSVM storage: failed to %1: %2").arg(QLatin1String(what), error.message));
    throwGoError(error.message);
}

bool JsNatives::storableValue(const QByteArray &value)
{
    if (value.size() <= maxStorageValueBytes)
        return true;
    throwGoError(QStringLiteral("storage value exceeds %1 bytes").arg(maxStorageValueBytes));
    return false;
}

QJSValue JsNatives::storageGet(const QString &key)
{
    const auto store = storageFor("TykStorageGet", key);
    if (!store)
        return {};
    Result<std::optional<QByteArray>> r = store->find(key);
    if (!r) {
        storageFailed("get key", r.error());
        return {};
    }
    if (!*r)
        return QJSValue(QJSValue::NullValue);
    return QJSValue(JsStrings::fromBytes(**r, m_setup.keepInvalidBytes));
}

void JsNatives::storageSet(const QString &key, const QString &value, double ttlSecs)
{
    const auto store = storageFor("TykStorageSet", key);
    if (!store)
        return;
    const QByteArray bytes = JsStrings::toBytes(value, m_setup.keepInvalidBytes);
    if (!storableValue(bytes))
        return;
    if (Result<void> r = store->set(key, bytes, toInteger(ttlSecs)); !r) {
        storageFailed("set key", r.error());
    }
}

QJSValue JsNatives::storageSetNX(const QString &key, const QString &value, double ttlSecs)
{
    const auto store = storageFor("TykStorageSetNX", key);
    if (!store)
        return {};
    const QByteArray bytes = JsStrings::toBytes(value, m_setup.keepInvalidBytes);
    if (!storableValue(bytes))
        return {};
    Result<bool> r = store->setIfAbsent(key, bytes, toInteger(ttlSecs));
    if (!r) {
        storageFailed("setnx key", r.error());
        return {};
    }
    return QJSValue(*r);
}

void JsNatives::storageDel(const QString &key)
{
    const auto store = storageFor("TykStorageDel", key);
    if (!store)
        return;
    if (Result<void> r = store->remove(key); !r) {
        storageFailed("delete key", r.error());
    }
}

QJSValue JsNatives::storageTTL(const QString &key)
{
    const auto store = storageFor("TykStorageTTL", key);
    if (!store)
        return {};
    Result<qint64> r = store->timeToLive(key);
    if (!r) {
        storageFailed("get key TTL", r.error());
        return {};
    }
    return QJSValue(double(*r));
}

QJSValue JsNatives::storageIncr(const QString &key, double ttlSecs)
{
    const auto store = storageFor("TykStorageIncr", key);
    if (!store)
        return {};
    Result<qint64> r = store->increment(key, toInteger(ttlSecs));
    if (!r) {
        storageFailed("increment key", r.error());
        return {};
    }
    // A string, as in Tyk: JS numbers lose precision past 2^53.
    return QJSValue(QString::number(*r));
}

} // namespace Hb::Plugin
