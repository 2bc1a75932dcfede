// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/history/historyentry.h"
#include "workbench/testing/requestexpectation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Hb::Ui {

// One check of an expectation against one reply: what was checked ("status",
// "header X-Hook", "json $.args.a", ...), whether it held, and if not, what was expected and
// what came instead.
struct CheckResult
{
    QString check;
    bool passed = false;
    QString message; // empty when passed
};

// Compares a request's recorded outcome (reply, time, phases, session events) with what its
// expectation asks for. Every part of the expectation is a check of its own, so a report
// shows all that failed, not only the first.
class ExpectationChecker
{
    Q_DECLARE_TR_FUNCTIONS(Hb::Ui::ExpectationChecker)
public:
    static QList<CheckResult> check(const RequestExpectation &expectation,
                                    const HistoryEntry &outcome);
    static bool allPassed(const QList<CheckResult> &results);
};

} // namespace Hb::Ui
