// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/js/jsnatives.h"

#include <QJSEngine>
#include <QString>

#include <memory>
#include <optional>

namespace Hb::Plugin {

class JsJob;
struct JsSource;

// An error the engine reported, with its place in the user's code.
struct JsError
{
    QString message; // "SyntaxError: Unexpected token `...'"
    QString file;
    int line = 0;
    int column = 0;
    bool interrupted = false;  // the watchdog stopped the code
    bool compileError = false; // the program did not parse (nothing of it ran)
};

// One fresh QJSEngine set up as a Tyk JSVM: `globalThis`, the natives, the bindings, the
// TykJS core library and the polyfills, then tyk_js_path. Created, used and destroyed on one
// JS worker thread; always registered with the job it works for, so the watchdog can
// interrupt it.
class JsVm
{
public:
    JsVm(JsNativeSetup setup, JsJob &job);
    ~JsVm();
    // Hands a prepared VM to the call that uses it: its job and where its natives report.
    void rebind(JsNativeSetup setup, JsJob &job);
    JsVm(const JsVm &) = delete;
    JsVm &operator=(const JsVm &) = delete;

    QJSEngine &engine() { return *m_engine; }
    JsNatives &natives() { return m_natives; }

    // The prelude, then `userLibrary` (the text of tyk_js_path, may be empty).
    std::optional<JsError> setUp(const QString &userLibrary, const QString &userLibraryFile);
    std::optional<JsError> evaluate(const QString &text, const QString &file, int firstLine);
    // What `value` (an error value) says, with file and line from its stack.
    JsError errorOf(const QJSValue &value) const;
    // Parses JSON text into a JS value with the engine's own JSON.parse.
    QJSValue parseJson(const QString &text);

private:
    JsNatives m_natives; // declared first: the engine that refers to it goes first
    std::unique_ptr<QJSEngine> m_engine;
    JsJob *m_job;
};

} // namespace Hb::Plugin
