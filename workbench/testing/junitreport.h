// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/testing/requesttestresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Hb::Ui {

// JUnit XML, the report format CI systems (GitHub Actions' test reporters, GitLab's
// `artifacts:reports:junit`, Jenkins) read: one <testsuite> per run, one <testcase> per saved
// request, a <failure> listing every check that failed, an <error> when the request could
// not be checked at all.
class JUnitReport
{
public:
    static QByteArray write(const QString &suiteName, const QList<RequestTestResult> &results);
};

} // namespace Hb::Ui
