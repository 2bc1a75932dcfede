// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/js/jsmodule.h"

#include "core/plugin/js/jssyntaxhint.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace Hb::Plugin {

namespace {
LoadProblem problem(const QString &message, const QString &file, bool warning = false)
{
    return {makeError(ErrorCode::InvalidInput, message, {file}), warning};
}

// Reads a JS file as UTF-8; a problem when it cannot be opened.
std::optional<QString> readSource(const QString &file, QList<LoadProblem> *problems)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append(problem(QStringLiteral("Failed to open JS middleware file %1: %2")
                                         .arg(file, f.errorString()),
                                     file));
        return std::nullopt;
    }
    return QString::fromUtf8(f.readAll());
}

// Go's filepath.Ext: the suffix from the last dot of the last path element, dot included.
QString goExt(const QString &path)
{
    const QString base = QFileInfo(path).fileName();
    const qsizetype dot = base.lastIndexOf(u'.');
    return dot < 0 ? QString() : base.mid(dot);
}
} // namespace

QString JsModule::gojaAlias(const QString &path, const QString &name)
{
    const QByteArray sum =
        QCryptographicHash::hash((path + u"::" + name).toUtf8(), QCryptographicHash::Sha256);
    QString ident = name.isEmpty() ? QStringLiteral("h") : name;
    for (QChar &c : ident) {
        const char16_t u = c.unicode();
        const bool ok =
            (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
        if (!ok)
            c = u'_';
    }
    return u"__tyk_h_" + QString::fromLatin1(sum.left(6).toHex()) + u'_' + ident;
}

QString JsModule::key(const QString &name, const QString &path, const QString &inlineCode)
{
    return name + u'\n' + path + u'\n' + inlineCode;
}

QString JsModule::handlerFor(const QString &name, const QString &path,
                             const QString &inlineCode) const
{
    const auto it = m_handlers.constFind(key(name, path, inlineCode));
    return it == m_handlers.cend() ? name : it->first;
}

QString JsModule::fileFor(const QString &name, const QString &path, const QString &inlineCode) const
{
    return m_handlers.value(key(name, path, inlineCode)).second;
}

std::shared_ptr<JsModule> JsModule::build(const PluginCode &code, QList<LoadProblem> *problems)
{
    auto module = std::make_shared<JsModule>(code);
    if (module->goja())
        module->addGoja(problems);
    else
        module->addOtto(problems);
    module->addVirtual(problems);
    return module;
}

void JsModule::addOtto(QList<LoadProblem> *problems)
{
    // otto evaluates every file into the API's one global scope, in Tyk's load order; names
    // that collide overwrite each other.
    QStringList loaded;
    for (const PluginEntry &e : code().entries) {
        if (e.hookType == u"virtual")
            continue; // addVirtual()
        if (!e.code.isEmpty() && problems)
            problems->append(problem(QStringLiteral("%1 hook %2 has inline `code`, which only "
                                                    "the javascript (goja) driver runs")
                                         .arg(e.hookType, e.name),
                                     code().origin, true));
        if (e.file.isEmpty()) {
            if (e.code.isEmpty() && problems)
                problems->append(
                    problem(QStringLiteral("%1 hook %2 has no `path`: Tyk finds no code for it")
                                .arg(e.hookType, e.name),
                            code().origin, true));
            continue;
        }
        m_handlers.insert(key(e.name, e.path, e.code), {e.name, e.file});
        if (loaded.contains(e.file))
            continue;
        loaded.append(e.file);
        if (!goExt(e.file).contains(u".js")) {
            if (problems)
                problems->append(problem(QStringLiteral("Unsupported extension '%1' (%2): otto "
                                                        "loads only .js files")
                                             .arg(goExt(e.file), e.file),
                                         e.file));
            continue;
        }
        const auto text = readSource(e.file, problems);
        if (!text)
            continue;
        if (const auto es6 = JsSyntaxHint::firstNonEs5(*text); es6 && problems)
            problems->append({makeError(ErrorCode::InvalidInput,
                                        QStringLiteral("uses %1, which Tyk's otto driver (ES5) "
                                                       "cannot parse: Tyk would not load this "
                                                       "file (use driver javascript, or ES5)")
                                            .arg(es6->what),
                                        {e.file, es6->line}),
                              true});
        m_sources.append({e.file, *text, 1});
    }
}

void JsModule::addVirtual(QList<LoadProblem> *problems)
{
    // Tyk runs each virtual endpoint's source in the API's VM as it is, global scope, both
    // drivers (preLoadVirtualMetaCode): a file, or a base64 blob.
    for (const PluginEntry &e : code().entries) {
        if (e.hookType != u"virtual")
            continue;
        QString origin = e.file;
        std::optional<QString> text;
        if (!e.code.isEmpty()) {
            origin = QStringLiteral("%1 (blob of virtual endpoint %2)").arg(code().origin, e.name);
            const auto decoded = QByteArray::fromBase64Encoding(
                e.code.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                text = QString::fromUtf8(decoded.decoded);
            else if (problems)
                problems->append(problem(QStringLiteral("virtual endpoint %1: the blob is not "
                                                        "base64 (Failed to load blob JS)")
                                             .arg(e.name),
                                         code().origin));
        } else if (!e.file.isEmpty()) {
            text = readSource(e.file, problems);
        }
        m_handlers.insert(key(e.name, e.path, e.code), {e.name, origin});
        if (text)
            m_sources.append({origin, *text, 1, false});
    }
}

void JsModule::addGoja(QList<LoadProblem> *problems)
{
    // Files first, each once, with the names its entries give it; then inline code, each
    // under a synthetic path of its own (gateway/api_loader.go).
    QStringList files;
    QHash<QString, QStringList> names;
    for (const PluginEntry &e : code().entries) {
        if (e.hookType == u"virtual")
            continue; // addVirtual()
        if (e.name.isEmpty() || e.file.isEmpty() || !e.code.isEmpty())
            continue;
        if (!files.contains(e.file))
            files.append(e.file);
        if (!names[e.file].contains(e.name))
            names[e.file].append(e.name);
        m_handlers.insert(key(e.name, e.path, e.code), {gojaAlias(e.file, e.name), e.file});
    }
    // The user's code runs in a function scope, so its `var`s stay its own; each named
    // handler is then published under its alias (`typeof` keeps a missing one silent).
    auto wrap = [](const QString &path, const QString &text,
                   const QStringList &exposed) -> QString {
        QString out = QStringLiteral("(function () {\n") + text + QStringLiteral("\n;\n");
        for (const QString &n : exposed) {
            if (!n.isEmpty())
                out +=
                    QStringLiteral("if (typeof %1 !== 'undefined') { globalThis[\"%2\"] = %1; }\n")
                        .arg(n, gojaAlias(path, n));
        }
        return out + QStringLiteral("})();\n");
    };
    for (const QString &file : std::as_const(files)) {
        const auto text = readSource(file, problems);
        if (!text)
            continue;
        m_sources.append({file, wrap(file, *text, names.value(file)), 0});
    }
    int counter = 0;
    for (const PluginEntry &e : code().entries) {
        if (e.hookType == u"virtual")
            continue; // addVirtual()
        if (e.code.isEmpty())
            continue;
        const auto decoded = QByteArray::fromBase64Encoding(
            e.code.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            if (problems)
                problems->append(problem(
                    QStringLiteral("Failed to decode inline code for middleware \"%1\": the `code` "
                                   "of %2 hook %1 is not valid base64")
                        .arg(e.name, e.hookType),
                    code().origin));
            continue;
        }
        const QString path = QStringLiteral("__tyk_inline__/%1/%2").arg(counter++).arg(e.name);
        m_handlers.insert(key(e.name, e.path, e.code), {gojaAlias(path, e.name), path});
        const QString text = QString::fromUtf8(*decoded);
        m_sources.append({path, wrap(path, text, {e.name}), 0});
    }
}

} // namespace Hb::Plugin
