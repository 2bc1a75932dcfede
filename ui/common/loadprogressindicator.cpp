// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/loadprogressindicator.h"

namespace Hb::Ui {

LoadProgressIndicator::LoadProgressIndicator(QWidget *parent)
    : QProgressBar(parent)
{
    setObjectName(QStringLiteral("loadProgress"));
    setMaximumWidth(320);
    setTextVisible(true);
    hide();
}

void LoadProgressIndicator::showLoadStarted()
{
    // Busy until a bundle reports its bytes (definitions and plugin code have no sizes).
    setRange(0, 0);
    setFormat(tr("Loading…"));
    show();
    Q_EMIT statusMessage(tr("Loading API definitions and plugins…"));
}

void LoadProgressIndicator::showBundleProgress(const Bundle::BundleProgress &progress)
{
    using Stage = Bundle::BundleProgress::Stage;
    QString what;
    switch (progress.stage) {
    case Stage::Downloading: what = tr("Downloading bundle %1"); break;
    case Stage::Hashing: what = tr("Checking bundle %1"); break;
    case Stage::Unpacking: what = tr("Unpacking bundle %1"); break;
    case Stage::Verifying: what = tr("Verifying bundle %1"); break;
    case Stage::Done: what = tr("Loading plugins of bundle %1"); break;
    }
    what = what.arg(progress.bundle);
    Q_EMIT statusMessage(what);
    setToolTip(what);
    if (progress.total > 0 && progress.stage != Stage::Done) {
        // Per mille: QProgressBar counts in int, a big file's bytes may not fit.
        setRange(0, 1000);
        setValue(int(progress.done * 1000 / progress.total));
        setFormat(QStringLiteral("%p%"));
    } else {
        setRange(0, 0);
    }
}

void LoadProgressIndicator::showLoadEnded(bool anotherLoadRunning)
{
    if (!anotherLoadRunning)
        hide();
}

} // namespace Hb::Ui
