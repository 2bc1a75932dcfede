// SPDX-License-Identifier: GPL-3.0-or-later
// The precompiled header of every Hookbench library with several translation units
// (HOOKBENCH_PCH, cmake/HookbenchFlags.cmake). Only headers that most files include and that
// cost the most to parse: nlohmann/json alone is half of a small file's compile time.
// Every file still includes what it uses; this list only makes the build faster.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>
