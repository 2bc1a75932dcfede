// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jsvm.h"

#include "core/plugin/js/jsprelude.h"
#include "core/plugin/js/jsruntime.h"

#include <QUrl>

namespace Hb::Plugin {

namespace {
// Engine file names come back as URLs ("file:pre.js", "file:///a/b.js").
QString localName(const QString &fileName)
{
    if (!fileName.startsWith(u"file:"))
        return fileName;
    const QString local = QUrl(fileName).toLocalFile();
    return local.isEmpty() ? fileName.mid(5) : local;
}
} // namespace

JsVm::JsVm(JsNativeSetup setup, JsJob &job)
    : m_natives(std::move(setup))
    , m_engine(std::make_unique<QJSEngine>())
    , m_job(&job)
{
    m_job->attach(m_engine.get());
}

JsVm::~JsVm()
{
    m_job->detach();
    m_engine.reset();
}

void JsVm::rebind(JsNativeSetup setup, JsJob &job)
{
    m_job->detach();
    m_job = &job;
    m_natives.rebind(std::move(setup));
    m_job->attach(m_engine.get());
}

std::optional<JsError> JsVm::setUp(const QString &userLibrary, const QString &userLibraryFile)
{
    QJSValue global = m_engine->globalObject();
    // Qt 6.4's engine has no globalThis; bundlers (webpack, TypeScript helpers) look for it.
    global.setProperty(QStringLiteral("globalThis"), global);
    QJSEngine::setObjectOwnership(&m_natives, QJSEngine::CppOwnership);
    global.setProperty(QStringLiteral("__hookbench"), m_engine->newQObject(&m_natives));
    for (const auto &[text, name] :
         {std::pair{&JsPrelude::bindings(), "hookbench:bindings.js"},
          std::pair{&JsPrelude::coreLibrary(), "hookbench:tykjs.js"},
          std::pair{&JsPrelude::polyfills(), "hookbench:polyfills.js"}}) {
        if (auto e = evaluate(*text, QString::fromLatin1(name), 1))
            return e;
    }
    if (!userLibrary.isEmpty())
        return evaluate(userLibrary, userLibraryFile, 1);
    return std::nullopt;
}

std::optional<JsError> JsVm::evaluate(const QString &text, const QString &file, int firstLine)
{
    QStringList stack;
    const QJSValue result = m_engine->evaluate(text, file, firstLine, &stack);
    if (!result.isError())
        return std::nullopt;
    JsError e = errorOf(result);
    if (e.file.isEmpty())
        e.file = file;
    // "function:line:column:file" for the innermost frame; a parse error has no function
    // (a SyntaxError thrown while running, by JSON.parse say, has "%entry" or a name).
    if (!stack.isEmpty()) {
        const QStringList parts = stack.first().split(u':');
        if (parts.size() >= 3 && e.column == 0)
            e.column = std::max(0, parts.at(2).toInt());
        e.compileError = e.message.startsWith(u"SyntaxError") && parts.value(0).isEmpty();
    }
    return e;
}

JsError JsVm::errorOf(const QJSValue &value) const
{
    JsError e;
    e.message = value.toString();
    e.interrupted = m_engine->isInterrupted() || m_job->interrupted();
    e.line = value.property(QStringLiteral("lineNumber")).toInt();
    e.file = localName(value.property(QStringLiteral("fileName")).toString());
    // The stack names the innermost frame: "fn@file:///a/b.js:12".
    const QString stack = value.property(QStringLiteral("stack")).toString();
    const QString first = stack.section(u'\n', 0, 0);
    const qsizetype at = first.indexOf(u'@');
    const qsizetype colon = first.lastIndexOf(u':');
    if (at >= 0 && colon > at) {
        bool ok = false;
        const int line = first.mid(colon + 1).toInt(&ok);
        if (ok) {
            e.line = line;
            e.file = localName(first.mid(at + 1, colon - at - 1));
        }
    }
    if (e.file == u"undefined")
        e.file.clear();
    return e;
}

QJSValue JsVm::parseJson(const QString &text)
{
    QJSValue parse =
        m_engine->globalObject().property(QStringLiteral("JSON")).property(QStringLiteral("parse"));
    return parse.call({QJSValue(text)});
}

} // namespace Hb::Plugin
