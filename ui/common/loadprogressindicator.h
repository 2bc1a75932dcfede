// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bundle/bundleprogress.h"

#include <QProgressBar>

namespace Hb::Ui {

// The status bar's progress bar while API definitions and bundles load: busy until a bundle
// reports its bytes, then per mille of the current stage, with the stage named in its tooltip.
// It says what is happening with statusMessage(); MainWindow shows that in the status bar and
// connects the slots to EngineBridge. GUI thread only. Hidden until a load starts.
class LoadProgressIndicator final : public QProgressBar
{
    Q_OBJECT
public:
    explicit LoadProgressIndicator(QWidget *parent = nullptr);

    // A load began (EngineBridge::loadStarted).
    void showLoadStarted();
    // A bundle is being hashed, unpacked or verified, or its plugins load
    // (EngineBridge::bundleProgress).
    void showBundleProgress(const Bundle::BundleProgress &progress);
    // A load ended (EngineBridge::reloaded); `anotherLoadRunning` keeps the bar up for a load
    // that started while this one ran.
    void showLoadEnded(bool anotherLoadRunning);

Q_SIGNALS:
    // A line for the status bar naming what the load does now.
    void statusMessage(const QString &text);
};

} // namespace Hb::Ui
