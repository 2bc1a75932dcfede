// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/theme.h"

#include <QString>

namespace Hb::Setup {
struct EngineOptions;
}

namespace Hb::Ui {

// What the Settings dialog keeps (QSettings, per user). The engine's part (listen address,
// store, plugin timeout) fills what the command line leaves open; the workspace's tyk.conf
// comes after both.
struct AppSettings
{
    QString listen;          // HOST:PORT; empty: --listen, else tyk.conf, else 127.0.0.1:8080
    QString store;           // memory or redis://…; empty: tyk.conf's storage, else memory
    int pluginTimeoutMs = 0; // a plugin hook's budget; 0: the default (5000 ms)
    Theme theme = Theme::System;
    QString editorFont; // QFont::toString(); empty: the system's fixed font
    QString language;   // "en", "de"; empty: the system's

    static AppSettings load();
    // From now on load() gives the defaults, whatever is stored: a screenshot shows the
    // sample as anyone would see it, not in this user's theme, font and language.
    static void ignoreStored();
    void save() const;

    // Puts the engine's part into `options` where the command line set nothing (`listen` is
    // what --listen gave, empty without it).
    void applyTo(Setup::EngineOptions &options, const QString &commandLineListen) const;

    // Why `listen` or `store` cannot be used (empty when it can, or when empty).
    static QString listenProblem(const QString &listen);
    static QString storeProblem(const QString &store);
};

} // namespace Hb::Ui
