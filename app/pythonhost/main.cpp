// SPDX-License-Identifier: GPL-3.0-or-later
// hookbench-python-host: runs Python plugins for the Hookbench process that started it, over
// its stdin and stdout (docs/python-plugin-host.md). Not meant to be run by hand.
#include "core/plugin/python/pythonpluginhostserver.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--runtime-dir"));
    if (at < 0 || at + 1 >= args.size()) {
        std::fprintf(stderr, "usage: hookbench-python-host --runtime-dir DIR\n"
                             "Runs Python plugins for Hookbench over stdin and stdout.\n");
        return 2;
    }
    // The messages keep a descriptor of their own; whatever else writes to stdout (a C
    // extension, a stray printf) goes to stderr, which the parent logs, instead of into them.
    const int messagesOut = ::dup(STDOUT_FILENO);
    if (messagesOut < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        std::perror("hookbench-python-host");
        return 1;
    }
    Hb::Plugin::PythonPluginHostServer server(args.at(at + 1), STDIN_FILENO, messagesOut);
    server.start();
    return app.exec();
}
