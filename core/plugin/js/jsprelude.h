// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hb::Plugin {

// The JavaScript every Hookbench VM starts with, written for Hookbench after the contract
// of Tyk's JSVM core library (Tyk: gateway/mw_js_plugin.go coreJS, jsvm_api.go):
// - bindings: log, rawlog, b64enc/b64dec, rawb64enc/rawb64dec, TykMakeHttpRequest,
//   TykGetKeyData, TykSetKeyData, TykBatchRequest and goja's TykStorage* as global functions over
//   the native object `__hookbench` (JsNatives);
// - TykJS: TykMiddleware.NewMiddleware with NewProcessRequest/NewProcessResponse, the
//   Return* helpers and the DoProcessRequest/DoProcessResponse entry points the gateway
//   calls; TykEventHandlers.NewEventHandler; TykJsResponse;
// - the ES2019+ library functions goja has and Qt 6.4's engine lacks (Object.fromEntries,
//   Array.prototype.flat, String.prototype.replaceAll, ...), so bundled TypeScript runs.
// `globalThis` itself is set by JsVm from C++.
class JsPrelude
{
public:
    static const QString &bindings();
    static const QString &coreLibrary();
    static const QString &polyfills();
};

} // namespace Hb::Plugin
