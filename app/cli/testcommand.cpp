// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/testcommand.h"

#include "app/cli/commonoptions.h"
#include "app/cli/workspaceargument.h"
#include "workbench/requests/requestbuilder.h"
#include "workbench/testing/expectationchecker.h"
#include "workbench/testing/tracedexchangerunner.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cstdio>

namespace Hb::Cli {

namespace {

// --env NAME (else the workspace's active one), then each --var NAME=VALUE over it.
Result<Ui::Variables> variablesFor(const Ui::WorkspaceData &data, const QCommandLineParser &parser)
{
    QString environment = parser.value(QStringLiteral("env"));
    if (environment.isEmpty())
        environment = data.activeEnvironment;
    else if (!data.environments.contains(environment))
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("the workspace has no environment \"%1\" (it has: %2)")
                .arg(environment, data.environments.keys().join(QStringLiteral(", "))));
    Ui::Variables variables = data.environments.value(environment);
    for (const QString &assignment : parser.values(QStringLiteral("var"))) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("--var expects NAME=VALUE, got \"%1\"").arg(assignment));
        variables.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    return variables;
}

Ui::RequestTestResult runOne(Ui::TracedExchangeRunner &runner, const Ui::SavedRequest &saved,
                             const Ui::Variables &variables, int timeoutMs)
{
    Ui::RequestTestResult result;
    result.name = saved.name;
    result.method = saved.method;
    result.url = saved.url;
    const auto expectation = Ui::RequestExpectation::fromJson(saved.expect);
    auto request = Ui::RequestBuilder::build(saved, variables);
    if (!request) {
        result.error = request.error().toString();
        return result;
    }
    // Sent even when it has no expectations: later requests may count on what it did
    // (a key it created, a quota it used).
    auto outcome = runner.run(*request, timeoutMs);
    if (!outcome) {
        result.error = outcome.error().toString();
        return result;
    }
    result.durationMs = outcome->durationMs;
    result.status = outcome->response.status;
    if (!expectation) {
        result.error = expectation.error().toString();
        return result;
    }
    if (expectation->isEmpty()) {
        result.skipped = true;
        return result;
    }
    result.checks = Ui::ExpectationChecker::check(*expectation, *outcome);
    return result;
}

void print(const Ui::RequestTestResult &r)
{
    const char *verdict = r.skipped            ? "SKIP "
                          : !r.error.isEmpty() ? "ERROR"
                          : r.passed()         ? "PASS "
                                               : "FAIL ";
    std::printf("%s  %s (%s %s", verdict, qPrintable(r.name), qPrintable(r.method),
                qPrintable(r.url));
    if (r.status != 0)
        std::printf(" -> %d, %.2f ms", r.status, r.durationMs);
    std::printf(")%s\n", r.skipped ? " no expectations" : "");
    if (!r.error.isEmpty())
        std::printf("       %s\n", qPrintable(r.error));
    for (const Ui::CheckResult &c : r.checks)
        if (!c.passed)
            std::printf("       %s: %s\n", qPrintable(c.check), qPrintable(c.message));
}
} // namespace

int TestCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Send the workspace's saved requests and check their replies against "
                       "the expectations stored with them."));
    parser.addHelpOption();
    WorkspaceArgument::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("env"),
         QStringLiteral("Environment whose variables fill {{placeholders}} (default: the "
                        "workspace's active one)."),
         QStringLiteral("NAME")},
        {QStringLiteral("var"), QStringLiteral("Set a variable (repeatable; over --env's)."),
         QStringLiteral("NAME=VALUE")},
        {QStringLiteral("filter"),
         QStringLiteral("Only requests whose name contains TEXT (repeatable)."),
         QStringLiteral("TEXT")},
    });
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"),
                                 QStringLiteral("Workspace folder or its .hookbench file "
                                                "(default: the current folder)."),
                                 QStringLiteral("[WORKSPACE]"));
    auto fail = [](const QString &message) {
        std::fprintf(stderr, "hookbench-cli test: %s\n", qPrintable(message));
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1)
        return fail(QStringLiteral("expected one workspace, got %1")
                        .arg(parser.positionalArguments().join(u' ')));
    const auto timeoutMs = WorkspaceArgument::timeoutMs(parser);
    if (!timeoutMs)
        return fail(timeoutMs.error().toString());
    const auto workspace = WorkspaceArgument::open(parser.positionalArguments().value(0));
    if (!workspace)
        return fail(workspace.error().toString());
    const auto variables = variablesFor(workspace->data, parser);
    if (!variables)
        return fail(variables.error().toString());
    auto setup = workspace->createEngine(parser);
    if (!setup)
        return fail(setup.error().toString());

    const QStringList filters = parser.values(QStringLiteral("filter"));
    Ui::TracedExchangeRunner runner((*setup)->engine());
    QList<Ui::RequestTestResult> results;
    for (const Ui::SavedRequest &saved : workspace->data.savedRequests) {
        if (!filters.isEmpty() &&
            std::none_of(filters.cbegin(), filters.cend(),
                         [&saved](const QString &f) { return saved.name.contains(f); }))
            continue;
        results.append(runOne(runner, saved, *variables, *timeoutMs));
        print(results.constLast());
        std::fflush(stdout);
    }

    int passed = 0, failed = 0, errors = 0, skipped = 0;
    for (const Ui::RequestTestResult &r : results) {
        if (r.skipped)
            ++skipped;
        else if (!r.error.isEmpty())
            ++errors;
        else if (r.passed())
            ++passed;
        else
            ++failed;
    }
    std::printf("\n%d passed, %d failed, %d errors, %d skipped (%lld requests in %s)\n", passed,
                failed, errors, skipped, qlonglong(results.size()), qPrintable(workspace->file));
    // A run that checked nothing must not look green in CI.
    const bool nothingChecked = passed + failed + errors == 0;
    if (results.isEmpty())
        std::fprintf(stderr, "hookbench-cli test: no saved request%s\n",
                     filters.isEmpty() ? " in the workspace" : " matches --filter");
    else if (nothingChecked)
        std::fprintf(stderr,
                     "hookbench-cli test: nothing was checked: no request has expectations "
                     "(add an \"expect\" object, or use Expect This Reply in the GUI's history)\n");

    if (const auto written = workspace->writeJUnit(parser, QString(), results); !written)
        return fail(written.error().toString());
    return failed + errors > 0 || nothingChecked ? ExitProblems : ExitOk;
}

} // namespace Hb::Cli
