// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/plugin/iplugindriver.h"
#include "core/plugin/plugincode.h"
#include "core/plugin/python/pythonruntime.h"

#include <nlohmann/json.hpp>

namespace Hb::Plugin {

class IPluginDataStore;

// The messages between Hookbench and its Python plugin host (docs/python-plugin-host.md):
// JSON objects, one per line, with binary parts (Objects, stored values) in base64. Each
// function turns one part of a message into JSON or back; a `from` function given JSON of
// the wrong shape throws nlohmann::json::exception, which the reader reports.
namespace PythonPluginHostProtocol {

nlohmann::json toJson(const PluginCode &code);
PluginCode codeFromJson(const nlohmann::json &j);

nlohmann::json toJson(const PythonCallLimits &limits);
PythonCallLimits limitsFromJson(const nlohmann::json &j);

nlohmann::json toJson(const Error &error);
Error errorFromJson(const nlohmann::json &j);

nlohmann::json toJson(const QList<LoadProblem> &problems);
QList<LoadProblem> problemsFromJson(const nlohmann::json &j);

// A hook's reply: "ok", "object" or "error", "logs", "where", "pluginNs".
nlohmann::json toJson(const HookReply &reply);
HookReply replyFromJson(const nlohmann::json &j);

std::string toBase64(const std::string &bytes);
std::string fromBase64(const std::string &text);

// The parent's side of a plugin's store_data/get_data: runs the host's "data" request on
// `store` (null: the plugin has no store) and returns the "data-answer" message.
nlohmann::json answerDataRequest(IPluginDataStore *store, const nlohmann::json &request);

} // namespace PythonPluginHostProtocol

} // namespace Hb::Plugin
