// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jsprelude.h"

namespace Hb::Plugin {

namespace {

// Every binding turns its arguments into strings first, as Tyk's Go side reads them with
// Argument(i).String() ("undefined" for a missing one).
const char bindingsSource[] = R"js(
var log = function (message) { __hookbench.log(String(message)); };
var rawlog = function (message) { __hookbench.rawlog(String(message)); };
var b64enc = function (text) { return __hookbench.b64enc(String(text)); };
var b64dec = function (text) { return __hookbench.b64dec(String(text)); };
var rawb64enc = function (text) { return __hookbench.rawb64enc(String(text)); };
var rawb64dec = function (text) { return __hookbench.rawb64dec(String(text)); };
var TykMakeHttpRequest = function (spec) { return __hookbench.makeHttpRequest(String(spec)); };
var TykBatchRequest = function (spec) { return __hookbench.batchRequest(String(spec)); };
var TykGetKeyData = function (key, apiId) {
    return __hookbench.getKeyData(String(key), String(apiId));
};
var TykSetKeyData = function (key, session, suppressReset) {
    __hookbench.setKeyData(String(key), String(session), String(suppressReset));
};
// goja's storage helpers; TTLs are numbers (Go's ToInteger), the rest strings.
var TykStorageGet = function (key) { return __hookbench.storageGet(String(key)); };
var TykStorageSet = function (key, value, ttl) {
    __hookbench.storageSet(String(key), String(value), Number(ttl));
};
var TykStorageSetNX = function (key, value, ttl) {
    return __hookbench.storageSetNX(String(key), String(value), Number(ttl));
};
var TykStorageDel = function (key) { __hookbench.storageDel(String(key)); };
var TykStorageTTL = function (key) { return __hookbench.storageTTL(String(key)); };
var TykStorageIncr = function (key, ttl) {
    return __hookbench.storageIncr(String(key), Number(ttl));
};
)js";

// Hookbench's rendering of the TykJS object model. Plugins create a middleware with
// `new TykJS.TykMiddleware.NewMiddleware(cfg)`, register their function with
// NewProcessRequest / NewProcessResponse and answer through ReturnData & co.; the gateway
// calls DoProcessRequest / DoProcessResponse and reads back the JSON text they produce.
const char coreLibrarySource[] = R"js(
var TykJS = (function () {
    function notImplemented(what, value) {
        log(what + " Not Implemented");
        return value;
    }

    // The shared base of every middleware object.
    function Base(configuration) {
        this.configuration = configuration;
    }
    Base.prototype.ProcessRequest = function (request) {
        return notImplemented("Process Request", request);
    };
    Base.prototype.ProcessResponse = function (response) {
        return notImplemented("Process Response", response);
    };
    // The request body travels base64-encoded both ways; the headers the plugin saw are
    // dropped from the answer (changes go through SetHeaders / DeleteHeaders).
    Base.prototype.DoProcessRequest = function (request, session, config) {
        request.Body = b64dec(request.Body);
        var answer = this.ProcessRequest(request, session, config);
        if (!answer) {
            log("Middleware didn't return request object!");
            return undefined;
        }
        answer.Request.Headers = {};
        answer.Request.Body = b64enc(answer.Request.Body);
        return JSON.stringify(answer);
    };
    Base.prototype.DoProcessResponse = function (response, request, session, config) {
        var answer = this.ProcessResponse(response, request, session, config);
        if (!answer) {
            log("Middleware didn't return response object!");
            return undefined;
        }
        return JSON.stringify(answer);
    };

    function NewMiddleware(configuration) {
        Base.call(this, configuration);
    }
    NewMiddleware.prototype = Object.create(Base.prototype);
    NewMiddleware.prototype.constructor = NewMiddleware;
    NewMiddleware.prototype.NewProcessRequest = function (fn) { this.ProcessRequest = fn; };
    NewMiddleware.prototype.NewProcessResponse = function (fn) { this.ProcessResponse = fn; };
    NewMiddleware.prototype.ReturnData = function (request, sessionMeta) {
        return { Request: request, SessionMeta: sessionMeta };
    };
    NewMiddleware.prototype.ReturnAuthData = function (request, session) {
        return { Request: request, Session: session };
    };
    NewMiddleware.prototype.ReturnResponseData = function (response, sessionMeta) {
        return { Response: response, SessionMeta: sessionMeta };
    };

    function HandlerBase() {}
    HandlerBase.prototype.Handle = function (event) {
        return notImplemented("Handler", event);
    };
    HandlerBase.prototype.DoProcessEvent = function (event, context) {
        this.Handle(event, context);
    };
    function NewEventHandler() {
        HandlerBase.call(this);
    }
    NewEventHandler.prototype = Object.create(HandlerBase.prototype);
    NewEventHandler.prototype.constructor = NewEventHandler;
    NewEventHandler.prototype.NewHandler = function (fn) { this.Handle = fn; };

    return {
        TykMiddleware: { MiddlewareComponentMeta: Base, NewMiddleware: NewMiddleware },
        TykEventHandlers: { EventHandlerComponentMeta: HandlerBase, NewEventHandler: NewEventHandler }
    };
})();

var TykJsResponse = function (response, sessionMeta) {
    return JSON.stringify({ Response: response, SessionMeta: sessionMeta });
};
)js";

// Only what is missing is added, as non-enumerable properties like the built-ins.
const char polyfillsSource[] = R"js(
(function () {
    function define(target, name, value) {
        if (typeof target[name] === "undefined")
            Object.defineProperty(target, name,
                                  { value: value, writable: true, configurable: true });
    }
    define(Object, "fromEntries", function (entries) {
        var out = {};
        for (var e of entries)
            out[e[0]] = e[1];
        return out;
    });
    define(Object, "hasOwn", function (object, key) {
        return Object.prototype.hasOwnProperty.call(object, key);
    });
    define(Array.prototype, "flat", function flat(depth) {
        depth = depth === undefined ? 1 : Number(depth);
        var out = [];
        (function walk(list, level) {
            for (var i = 0; i < list.length; ++i) {
                if (!(i in list))
                    continue;
                if (Array.isArray(list[i]) && level > 0)
                    walk(list[i], level - 1);
                else
                    out.push(list[i]);
            }
        })(this, depth);
        return out;
    });
    define(Array.prototype, "flatMap", function (fn, thisArg) {
        return Array.prototype.map.call(this, fn, thisArg).flat(1);
    });
    function at(index) {
        var n = Math.trunc(Number(index)) || 0;
        if (n < 0)
            n += this.length;
        return n < 0 || n >= this.length ? undefined : this[n];
    }
    define(Array.prototype, "at", at);
    define(String.prototype, "at", at);
    define(String.prototype, "trimStart", String.prototype.trimLeft || function () {
        return String(this).replace(/^\s+/, "");
    });
    define(String.prototype, "trimEnd", String.prototype.trimRight || function () {
        return String(this).replace(/\s+$/, "");
    });
    define(String.prototype, "replaceAll", function (pattern, replacement) {
        if (pattern instanceof RegExp) {
            if (!pattern.global)
                throw new TypeError("replaceAll must be called with a global RegExp");
            return String(this).replace(pattern, replacement);
        }
        return String(this).split(String(pattern)).join(
            typeof replacement === "function" ? replacement(String(pattern)) : replacement);
    });
    define(String.prototype, "matchAll", function* (pattern) {
        var re = pattern instanceof RegExp ? new RegExp(pattern.source, pattern.flags)
                                           : new RegExp(pattern, "g");
        if (!re.global)
            throw new TypeError("matchAll must be called with a global RegExp");
        var text = String(this), m;
        while ((m = re.exec(text)) !== null) {
            if (m[0] === "")
                re.lastIndex++;
            yield m;
        }
    });
    // Date reads the engine's clock (moved by --clock-offset or the GUI's Jump forward), so
    // deadlines a plugin computes agree with the engine's. Dates built from values are made by
    // the real constructor with the same arguments; one prototype, so `instanceof Date` and
    // subclasses keep working.
    (function (RealDate) {
        function engineNow() { return __hookbench.nowMs(); }
        function EngineDate() {
            if (new.target === undefined)
                return new RealDate(engineNow()).toString();
            return Reflect.construct(RealDate, arguments.length ? arguments : [engineNow()],
                                     new.target);
        }
        EngineDate.prototype = RealDate.prototype;
        Object.defineProperty(EngineDate, "length", { value: 7 });
        Object.defineProperty(RealDate.prototype, "constructor",
                              { value: EngineDate, writable: true, configurable: true });
        EngineDate.now = engineNow;
        EngineDate.UTC = RealDate.UTC;
        EngineDate.parse = RealDate.parse;
        Date = EngineDate;
    })(Date);
    if (typeof Promise !== "undefined")
        define(Promise, "allSettled", function (items) {
            return Promise.all(Array.from(items, function (p) {
                return Promise.resolve(p).then(
                    function (value) { return { status: "fulfilled", value: value }; },
                    function (reason) { return { status: "rejected", reason: reason }; });
            }));
        });
})();
)js";

} // namespace

const QString &JsPrelude::bindings()
{
    static const QString text = QString::fromUtf8(bindingsSource);
    return text;
}

const QString &JsPrelude::coreLibrary()
{
    static const QString text = QString::fromUtf8(coreLibrarySource);
    return text;
}

const QString &JsPrelude::polyfills()
{
    static const QString text = QString::fromUtf8(polyfillsSource);
    return text;
}

} // namespace Hb::Plugin
