// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/replaycommand.h"

#include "app/cli/commonoptions.h"
#include "app/cli/workspaceargument.h"
#include "workbench/history/replaycomparison.h"
#include "workbench/testing/tracedexchangerunner.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cstdio>

namespace Hb::Cli {

namespace {
// Enough diff lines to see what changed without scrolling past a whole page.
constexpr int MaxDiffLines = 40;

QString requestLine(const Ui::HistoryEntry &e)
{
    return QString::fromLatin1(e.request.method) + u' ' + QString::fromUtf8(e.request.target);
}

void printDiff(const char *title, const QList<Ui::LineDiff::Line> &diff)
{
    if (!Ui::LineDiff::hasChanges(diff))
        return;
    std::printf("         %s:\n", title);
    int shown = 0;
    for (const Ui::LineDiff::Line &line : diff) {
        if (line.kind == Ui::LineDiff::Line::Kind::Same)
            continue;
        if (++shown > MaxDiffLines) {
            std::printf("           ...\n");
            break;
        }
        std::printf("           %c %s\n", line.kind == Ui::LineDiff::Line::Kind::Added ? '+' : '-',
                    qPrintable(line.text));
    }
}

// The differences as checks, for the report and JUnit.
QList<Ui::CheckResult> checksOf(const Ui::ReplayComparison &c)
{
    QList<Ui::CheckResult> checks;
    checks.append({QStringLiteral("status"), !c.statusChanged(),
                   c.statusChanged() ? QStringLiteral("recorded %1, replayed %2")
                                           .arg(c.recordedStatus())
                                           .arg(c.replayedStatus())
                                     : QString()});
    for (const auto &h : c.headerChanges()) {
        using Kind = Ui::ReplayComparison::HeaderChange::Kind;
        const QString message =
            h.kind == Kind::Added ? QStringLiteral("added: \"%1\"").arg(h.replayed)
            : h.kind == Kind::Removed
                ? QStringLiteral("removed (was \"%1\")").arg(h.recorded)
                : QStringLiteral("\"%1\" -> \"%2\"").arg(h.recorded, h.replayed);
        checks.append({QStringLiteral("header ") + h.name, false, message});
    }
    checks.append({QStringLiteral("body"), !c.bodyChanged(),
                   c.bodyChanged() ? QStringLiteral("changed") : QString()});
    checks.append({QStringLiteral("phases"), !c.phasesChanged(),
                   c.phasesChanged() ? QStringLiteral("changed") : QString()});
    return checks;
}
} // namespace

int ReplayCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Replay a workspace's recorded history and report what differs."));
    parser.addHelpOption();
    WorkspaceArgument::addOptions(parser);
    parser.addOption({QStringLiteral("last"),
                      QStringLiteral("Only the N newest recorded requests."), QStringLiteral("N")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A workspace's .hookbench file, or its folder."));
    auto fail = [](const QString &message) {
        std::fprintf(stderr, "hookbench-cli replay: %s\n", qPrintable(message));
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("expected one FILE (a .hookbench file or a workspace folder)"));
    qsizetype last = -1;
    if (parser.isSet(QStringLiteral("last"))) {
        bool ok = false;
        last = parser.value(QStringLiteral("last")).toLongLong(&ok);
        if (!ok || last <= 0)
            return fail(QStringLiteral("--last expects a number above 0"));
    }
    const auto timeoutMs = WorkspaceArgument::timeoutMs(parser);
    if (!timeoutMs)
        return fail(timeoutMs.error().toString());
    const auto workspace = WorkspaceArgument::open(parser.positionalArguments().constFirst());
    if (!workspace)
        return fail(workspace.error().toString());
    auto setup = workspace->createEngine(parser);
    if (!setup)
        return fail(setup.error().toString());

    // History is kept newest first; requests are replayed in the order they were made.
    QList<Ui::HistoryEntry> entries = workspace->data.history;
    if (last > 0 && entries.size() > last)
        entries.resize(last);
    std::reverse(entries.begin(), entries.end());
    if (entries.isEmpty()) {
        std::fprintf(stderr, "hookbench-cli replay: %s has no recorded requests\n",
                     qPrintable(workspace->file));
        return ExitProblems;
    }

    Ui::TracedExchangeRunner runner((*setup)->engine());
    QList<Ui::RequestTestResult> results;
    int same = 0, differ = 0, errors = 0, skipped = 0;
    for (const Ui::HistoryEntry &recorded : entries) {
        Ui::RequestTestResult result;
        result.name = requestLine(recorded) + QStringLiteral(" at ") +
                      recorded.time.toString(Qt::ISODateWithMs);
        result.method = QString::fromLatin1(recorded.request.method);
        result.url = QString::fromUtf8(recorded.request.target);
        if (recorded.requestTruncated) {
            // What was sent is not known whole: nothing to compare against.
            result.skipped = true;
            ++skipped;
            std::printf("SKIPPED  %s: its body was cut at %lld bytes when it was recorded\n",
                        qPrintable(requestLine(recorded)), qlonglong(Ui::HistoryEntry::BodyCap));
        } else if (auto replayed = runner.run(recorded.request, *timeoutMs); !replayed) {
            result.error = replayed.error().toString();
            ++errors;
        } else {
            result.durationMs = replayed->durationMs;
            result.status = replayed->response.status;
            // The history keeps bodies cut at 1 MiB; the replay is compared the same way.
            Ui::HistoryEntry replayedEntry = *replayed;
            replayedEntry.capBodies();
            const Ui::ReplayComparison comparison(recorded, replayedEntry);
            result.checks = checksOf(comparison);
            if (comparison.same()) {
                ++same;
                std::printf("SAME     %s (%d)\n", qPrintable(requestLine(recorded)),
                            comparison.replayedStatus());
            } else {
                std::printf("DIFFERS  %s: %s\n", qPrintable(requestLine(recorded)),
                            qPrintable(comparison.summary()));
                for (const Ui::CheckResult &c : result.checks)
                    if (!c.passed && c.check != u"body" && c.check != u"phases")
                        std::printf("         %s: %s\n", qPrintable(c.check),
                                    qPrintable(c.message));
                printDiff("body", comparison.bodyDiff());
                printDiff("phases", comparison.phaseDiff());
                ++differ;
            }
        }
        if (!result.error.isEmpty())
            std::printf("ERROR    %s: %s\n", qPrintable(requestLine(recorded)),
                        qPrintable(result.error));
        std::fflush(stdout);
        results.append(result);
    }
    std::printf("\n%lld replayed: %d same, %d differ, %d errors, %d skipped (%s)\n",
                qlonglong(results.size()), same, differ, errors, skipped,
                qPrintable(workspace->file));

    if (const auto written = workspace->writeJUnit(parser, QStringLiteral(" replay"), results);
        !written)
        return fail(written.error().toString());
    // Skipped requests (bodies cut when recorded) cannot be compared; they do not fail the run.
    return differ + errors > 0 ? ExitProblems : ExitOk;
}

} // namespace Hb::Cli
