// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/testing/expectationchecker.h"

#include <QList>
#include <QString>

#include <algorithm>

namespace Hb::Ui {

// How one saved request fared in a test run: its checks, or the error that kept it from
// being checked (an expectation that does not read, a request that cannot be built, no reply).
struct RequestTestResult
{
    QString name;
    QString method;
    QString url;
    double durationMs = 0;
    int status = 0; // the reply's; 0 without one
    QList<CheckResult> checks;
    QString error;
    bool skipped = false; // sent, but it has no expectations to check

    bool passed() const
    {
        return error.isEmpty() && std::all_of(checks.cbegin(), checks.cend(),
                                              [](const CheckResult &c) { return c.passed; });
    }
};

} // namespace Hb::Ui
