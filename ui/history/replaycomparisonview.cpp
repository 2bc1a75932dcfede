// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/replaycomparisonview.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextEdit>

namespace Hb::Ui {

namespace {
// One line of either side; `colour` empty for an unmarked line. Text colour is forced to
// black on marked lines so they stay readable with a dark palette.
QString row(const QString &text, const char *colour = nullptr)
{
    const QString escaped = text.isEmpty() ? QStringLiteral("&nbsp;") : text.toHtmlEscaped();
    if (!colour)
        return QStringLiteral("<div>") + escaped + QStringLiteral("</div>");
    return QStringLiteral("<div style=\"background-color:%1; color:#000000\">")
               .arg(QLatin1String(colour)) +
           escaped + QStringLiteral("</div>");
}

QString blank()
{
    return QStringLiteral("<div style=\"background-color:#eeeeee\">&nbsp;</div>");
}

QString statusLine(const HistoryEntry &e)
{
    return QStringLiteral("%1 %2")
        .arg(e.response.status)
        .arg(QString::fromLatin1(Http::HttpResponse::reasonPhrase(e.response.status)));
}
} // namespace

ReplayComparisonView::ReplayComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_recorded(new QTextEdit(this))
    , m_replayed(new QTextEdit(this))
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QTextEdit *side : {m_recorded, m_replayed}) {
        side->setReadOnly(true);
        side->setFont(mono);
        side->setLineWrapMode(QTextEdit::NoWrap);
    }
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Recorded"), this), 0, 0);
    layout->addWidget(new QLabel(tr("Replayed now"), this), 0, 1);
    layout->addWidget(m_recorded, 1, 0);
    layout->addWidget(m_replayed, 1, 1);
    layout->setRowStretch(1, 1);
    connect(m_recorded->verticalScrollBar(), &QScrollBar::valueChanged,
            m_replayed->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_replayed->verticalScrollBar(), &QScrollBar::valueChanged,
            m_recorded->verticalScrollBar(), &QScrollBar::setValue);
    clear();
}

void ReplayComparisonView::clear()
{
    m_comparison = {};
    m_recorded->clear();
    m_replayed->clear();
}

void ReplayComparisonView::showComparison(const HistoryEntry &recorded,
                                          const HistoryEntry &replayed)
{
    using Kind = LineDiff::Line::Kind;
    using HeaderKind = ReplayComparison::HeaderChange::Kind;
    m_comparison = ReplayComparison(recorded, replayed);
    const ReplayComparison &c = m_comparison;
    QString left;
    QString right;
    const char *statusColour = c.statusChanged() ? ChangedColour : nullptr;
    left += row(statusLine(recorded), statusColour);
    right += row(statusLine(replayed), statusColour);

    // Headers: unchanged ones plain, then the changes, each marked on its side.
    QStringList changedNames;
    for (const auto &h : c.headerChanges())
        changedNames.append(h.name.toLower());
    for (const auto &[name, value] : recorded.response.headers.fields()) {
        const QString n = QString::fromUtf8(name);
        if (!changedNames.contains(n.toLower())) {
            const QString line = n + QStringLiteral(": ") + QString::fromUtf8(value);
            left += row(line);
            right += row(ReplayComparison::isVolatileHeader(n)
                             ? n + QStringLiteral(": ") +
                                   QString::fromUtf8(replayed.response.headers.value(name))
                             : line);
        }
    }
    for (const auto &h : c.headerChanges()) {
        switch (h.kind) {
        case HeaderKind::Removed:
            left += row(h.name + QStringLiteral(": ") + h.recorded, RemovedColour);
            right += blank();
            break;
        case HeaderKind::Added:
            left += blank();
            right += row(h.name + QStringLiteral(": ") + h.replayed, AddedColour);
            break;
        case HeaderKind::Changed:
            left += row(h.name + QStringLiteral(": ") + h.recorded, ChangedColour);
            right += row(h.name + QStringLiteral(": ") + h.replayed, ChangedColour);
            break;
        }
    }
    left += row({});
    right += row({});
    for (const LineDiff::Line &l : c.bodyDiff()) {
        switch (l.kind) {
        case Kind::Same:
            left += row(l.text);
            right += row(l.text);
            break;
        case Kind::Removed:
            left += row(l.text, RemovedColour);
            right += blank();
            break;
        case Kind::Added:
            left += blank();
            right += row(l.text, AddedColour);
            break;
        }
    }
    if (recorded.responseTruncated)
        left += row(tr("(body truncated at 1 MiB when recorded)"), ChangedColour);
    if (c.phasesChanged()) {
        left += row({});
        right += row({});
        left += row(tr("Phases:"));
        right += row(tr("Phases:"));
        for (const LineDiff::Line &l : c.phaseDiff()) {
            left += l.kind == Kind::Added
                        ? blank()
                        : row(l.text, l.kind == Kind::Removed ? RemovedColour : nullptr);
            right += l.kind == Kind::Removed
                         ? blank()
                         : row(l.text, l.kind == Kind::Added ? AddedColour : nullptr);
        }
    }
    m_recorded->setHtml(left);
    m_replayed->setHtml(right);
}

} // namespace Hb::Ui
