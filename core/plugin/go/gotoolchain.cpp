// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/go/gotoolchain.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace Hb::Plugin {

Result<GoToolchain> GoToolchain::find(const QString &explicitPath)
{
    QString go = explicitPath;
    if (go.isEmpty())
        go = QStandardPaths::findExecutable(QStringLiteral("go"));
    if (go.isEmpty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Go plugins need the Go toolchain, and there is no `go` "
                                        "on PATH: install Debian's golang-go (apt-get install "
                                        "golang-go golang-github-sirupsen-logrus-dev) or pass "
                                        "--go PATH"));
    if (!QFileInfo(go).isExecutable())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("%1 is not an executable Go command").arg(go));
    QProcess process;
    process.start(go, {QStringLiteral("version")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(1000);
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("`%1 version` failed: %2")
                             .arg(go, QString::fromLocal8Bit(process.readAllStandardError())));
    }
    GoToolchain toolchain;
    toolchain.go = QFileInfo(go).absoluteFilePath();
    // "go version go1.19.8 linux/amd64"
    toolchain.version = QString::fromLocal8Bit(process.readAllStandardOutput())
                            .trimmed()
                            .remove(QStringLiteral("go version "));
    return toolchain;
}

} // namespace Hb::Plugin
