// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/appsettings.h"

#include "core/setup/engineoptions.h"
#include "core/setup/enginesetup.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSettings>

namespace Hb::Ui {

namespace {
const QString listenKey = QStringLiteral("engine/listen");
const QString storeKey = QStringLiteral("engine/store");
const QString timeoutKey = QStringLiteral("engine/pluginTimeoutMs");
const QString themeKeyName = QStringLiteral("ui/theme");
const QString fontKey = QStringLiteral("ui/editorFont");
const QString languageKey = QStringLiteral("ui/language");
} // namespace

namespace {
bool g_ignoreStored = false;
}

void AppSettings::ignoreStored()
{
    g_ignoreStored = true;
}

AppSettings AppSettings::load()
{
    if (g_ignoreStored)
        return {};
    const QSettings s;
    AppSettings a;
    a.listen = s.value(listenKey).toString();
    a.store = s.value(storeKey).toString();
    a.pluginTimeoutMs = s.value(timeoutKey, 0).toInt();
    a.theme = themeFromKey(s.value(themeKeyName).toString());
    a.editorFont = s.value(fontKey).toString();
    a.language = s.value(languageKey).toString();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(listenKey, listen);
    s.setValue(storeKey, store);
    s.setValue(timeoutKey, pluginTimeoutMs);
    s.setValue(themeKeyName, themeKey(theme));
    s.setValue(fontKey, editorFont);
    s.setValue(languageKey, language);
}

void AppSettings::applyTo(Setup::EngineOptions &options, const QString &commandLineListen) const
{
    if (commandLineListen.isEmpty() && !listen.isEmpty() && listenProblem(listen).isEmpty())
        options.listen = listen;
    if (options.store.isEmpty() && !store.isEmpty() && storeProblem(store).isEmpty())
        options.store = store;
    if (pluginTimeoutMs > 0)
        options.pluginTimeoutMs = pluginTimeoutMs;
}

QString AppSettings::listenProblem(const QString &listen)
{
    if (listen.isEmpty())
        return {};
    const auto hostPort = Setup::parseHostPort(listen);
    if (!hostPort)
        return QCoreApplication::translate("AppSettings",
                                           "expects HOST:PORT, such as 127.0.0.1:8080");
    const QString host = hostPort->first;
    if (host != u"localhost" && QHostAddress(host).isNull())
        return QCoreApplication::translate("AppSettings", "\"%1\" is not an IP address").arg(host);
    return {};
}

QString AppSettings::storeProblem(const QString &store)
{
    if (store.isEmpty())
        return {};
    if (Result<void> checked = Setup::checkStoreUrl(store); !checked)
        return checked.error().message;
    return {};
}

} // namespace Hb::Ui
