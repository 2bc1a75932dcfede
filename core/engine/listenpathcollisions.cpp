// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/listenpathcollisions.h"

namespace Hb::Engine {

Api::Diagnostics ListenPathCollisions::resolve(QList<Api::ApiDefinition> &apis,
                                               const QHash<QString, QString> &previous)
{
    // Counted once, on the paths as written: a moved API does not free its old path.
    QHash<QString, int> count;
    QHash<QString, QStringList> filesByPath; // to name the other files in the warning
    for (const Api::ApiDefinition &api : std::as_const(apis)) {
        ++count[api.listenPath];
        filesByPath[api.listenPath] << api.sourceFile;
    }
    Api::Diagnostics diagnostics;
    for (Api::ApiDefinition &api : apis) {
        const QString original = api.listenPath;
        if (count.value(original) < 2 || previous.value(api.apiId) == original)
            continue;
        api.listenPath += u'-' + api.apiId;
        while (count.value(api.listenPath) >= 2)
            api.listenPath += u'_';
        QStringList others = filesByPath.value(original);
        others.removeOne(api.sourceFile);
        Api::Diagnostic d;
        d.severity = Api::Diagnostic::Severity::Warning;
        d.where.file = api.sourceFile;
        d.message = QStringLiteral("Listen path collision, changed to %1: API %2 shares the "
                                   "listen path %3 with %4; as in Tyk, each API on a shared "
                                   "listen path is moved to <listen path>-<api_id>")
                        .arg(api.listenPath, api.apiId, original, others.join(u", "));
        diagnostics.append(d);
    }
    return diagnostics;
}

} // namespace Hb::Engine
