// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plugin/iplugindriver.h"
#include "core/plugin/pluginmodule.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Hb::Plugin {

// One program a VM evaluates, after Tyk's treatment of it (goja's function-scope wrap).
struct JsSource
{
    QString file;      // the file path, or goja's synthetic path of inline code
    QString text;      // what is evaluated
    int firstLine = 1; // line number of the text's first line, so errors point at the
                       // user's lines (0 when one wrapper line comes first)
    bool skip = false; // it did not compile at load: it is left out of every VM
};

// The JavaScript code of one API as Tyk's loader would set it up
// (Tyk: gateway/mw_js_plugin.go, JSVM.LoadJSPaths; mw_js_plugin_goja.go): for `otto`, every entry's
// file in load order, evaluated in one global scope; for `javascript` (goja), each file and each
// inline `code` wrapped in a function scope, its named handlers exposed under Tyk's per-(file,
// name) aliases.
class JsModule final : public PluginModule
{
public:
    // Reads the files and decodes inline code. Files that cannot be read, a non-.js
    // extension (otto) or bad base64 become problems and are left out, as Tyk logs them and
    // loads the rest.
    static std::shared_ptr<JsModule> build(const PluginCode &code, QList<LoadProblem> *problems);

    bool goja() const { return code().language == u"javascript"; }
    QList<JsSource> &sources() { return m_sources; }
    const QList<JsSource> &sources() const { return m_sources; }
    // The global name Tyk dispatches an entry to: goja's alias, or the name itself.
    QString handlerFor(const QString &name, const QString &path, const QString &inlineCode) const;
    // Where the entry's object should be defined, for messages.
    QString fileFor(const QString &name, const QString &path, const QString &inlineCode) const;

    // Tyk's gojaHandlerAlias: "__tyk_h_" + 12 hex of sha256("<path>::<name>") + "_" + the
    // name with non-identifier characters replaced by "_".
    static QString gojaAlias(const QString &path, const QString &name);

    explicit JsModule(PluginCode code)
        : PluginModule(std::move(code))
    {}

private:
    static QString key(const QString &name, const QString &path, const QString &inlineCode);
    void addOtto(QList<LoadProblem> *problems);
    void addGoja(QList<LoadProblem> *problems);
    void addVirtual(QList<LoadProblem> *problems);

    QList<JsSource> m_sources;
    QHash<QString, std::pair<QString, QString>> m_handlers; // entry key -> (global, file)
};

} // namespace Hb::Plugin
