// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Hb::Plugin {

// Where the embedded interpreter finds its standard library and packages.
//
// Left to itself, an embedded CPython takes its prefix from the first `python3` on PATH
// (getpath.py searches PATH for the program name), so a pyenv or venv Python first on PATH
// gives the Debian libpython another Python's library, or a venv without Debian's
// python3-protobuf ("No module named 'google'"). The home is therefore the prefix the
// linked libpython belongs to, found from the library's own file. VIRTUAL_ENV is honoured
// only for a venv of the same major.minor, whose site-packages then hold the plugins' own
// dependencies.
struct PythonEnvironment
{
    QString home;             // PyConfig.home; empty when it could not be found
    QString programName;      // PyConfig.program_name: HOME/bin/pythonX.Y
    QString venvSitePackages; // appended to sys.path after the interpreter's own; may be empty
    QStringList notes;        // what was found or ignored, for the log

    // `version`: the linked library's "X.Y".
    static PythonEnvironment detect(const QString &version);
};

} // namespace Hb::Plugin
