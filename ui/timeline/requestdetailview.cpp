// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/requestdetailview.h"

#include "workbench/history/linediff.h"
#include "workbench/history/requestdiff.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Hb::Ui {

namespace {
// The record arrives compact (AnalyticsJson::toJsonBytes). Reparsing sorts the keys, which
// here helps: both versions of the record line up for the diff. Text that is no JSON is shown
// as it came.
QString prettyJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return QString::fromUtf8(json);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

// A block of JSON; wrapped, as raw_request and raw_response are single base64 lines.
QString jsonBlock(const QString &title, const QString &json)
{
    return u"<h4>" + title.toHtmlEscaped() + u"</h4><pre style=\"white-space: pre-wrap\">" +
           json.toHtmlEscaped() + u"</pre>";
}

// The changed lines with one line of context each side; other unchanged runs become "…".
QString diffBlock(const QList<LineDiff::Line> &diff)
{
    using Kind = LineDiff::Line::Kind;
    QList<bool> shown(diff.size(), false);
    for (qsizetype i = 0; i < diff.size(); ++i) {
        if (diff.at(i).kind == Kind::Same)
            continue;
        for (qsizetype j = std::max<qsizetype>(0, i - 1); j <= std::min(diff.size() - 1, i + 1);
             ++j)
            shown[j] = true;
    }
    QString html = QStringLiteral("<pre style=\"white-space: pre-wrap\">");
    for (qsizetype i = 0; i < diff.size(); ++i) {
        const LineDiff::Line &l = diff.at(i);
        if (!shown.at(i)) {
            if (i == 0 || shown.at(i - 1))
                html += QStringLiteral("  …\n");
            continue;
        }
        const char *colour = l.kind == Kind::Added     ? "#2e9d5b"
                             : l.kind == Kind::Removed ? "#d13c2f"
                                                       : "inherit";
        const QString sign = l.kind == Kind::Added     ? QStringLiteral("+ ")
                             : l.kind == Kind::Removed ? QStringLiteral("- ")
                                                       : QStringLiteral("  ");
        html += QStringLiteral("<span style=\"color:%1\">%2</span>\n")
                    .arg(QLatin1String(colour), QString(sign + l.text).toHtmlEscaped());
    }
    return html + u"</pre>";
}
} // namespace

RequestDetailView::RequestDetailView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_phases(new QTreeWidget(this))
    , m_text(new QTextBrowser(this))
    , m_analytics(new QTextBrowser(this))
{
    m_phases->setObjectName(QStringLiteral("timelinePhases"));
    m_phases->setRootIsDecorated(false);
    m_phases->setHeaderLabels({tr("Phase"), tr("Outcome"), tr("Time"), tr("Note")});
    m_phases->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_phases->header()->setStretchLastSection(true);
    m_text->setObjectName(QStringLiteral("timelinePhaseText"));
    m_text->setOpenLinks(false);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_phases);
    split->addWidget(m_text);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    m_analytics->setObjectName(QStringLiteral("timelineAnalyticsText"));
    m_analytics->setOpenLinks(false);
    m_tabs->setObjectName(QStringLiteral("timelineDetailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(split, tr("Phases"));
    m_tabs->addTab(m_analytics, tr("Analytics"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_phases, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        showPhase(item ? m_phases->indexOfTopLevelItem(item) : -1);
    });
}

void RequestDetailView::clear()
{
    m_id = 0;
    m_details.clear();
    m_phases->clear();
    m_text->clear();
    m_analytics->clear();
}

void RequestDetailView::showRequest(quint64 id, const QList<PhaseDetail> &phases,
                                    const std::optional<AnalyticsDetail> &analytics)
{
    clear();
    m_id = id;
    showAnalytics(analytics);
    m_details = phases;
    if (phases.isEmpty()) {
        m_text->setPlainText(
            tr("Request #%1: no phase details (it is still running, or older than the "
               "requests whose details are kept).")
                .arg(id));
        return;
    }
    // Open on the phase that decided the request (failed or answered), else the first that
    // changed it, else the first.
    int failed = -1, answered = -1, changed = -1;
    for (int i = 0; i < phases.size(); ++i) {
        const PhaseDetail &p = phases.at(i);
        auto *item = new QTreeWidgetItem(m_phases);
        item->setText(0, p.phase);
        item->setText(1, Trace::toString(p.outcome));
        item->setText(
            2, tr("%1 ms").arg(QLocale().toString(double(p.endNs - p.startNs) / 1e6, 'f', 3)));
        item->setText(3, p.message);
        if (p.outcome == Trace::Outcome::Fail) {
            item->setForeground(1, QColor(0xc0, 0x39, 0x2b));
            if (failed < 0)
                failed = i;
        } else if (p.outcome == Trace::Outcome::Respond && answered < 0) {
            answered = i;
        } else if (changed < 0 && p.before && p.after && !(*p.before == *p.after)) {
            changed = i;
        }
    }
    const int open = failed >= 0 ? failed : answered >= 0 ? answered : std::max(changed, 0);
    m_phases->setCurrentItem(m_phases->topLevelItem(open));
}

QString RequestDetailView::phaseText() const
{
    return m_text->toPlainText();
}

QString RequestDetailView::analyticsText() const
{
    return m_analytics->toPlainText();
}

void RequestDetailView::showAnalytics(const std::optional<AnalyticsDetail> &analytics)
{
    if (analytics) {
        m_analytics->setHtml(analyticsHtml(*analytics));
        return;
    }
    // Tyk records only what passes its checks in gateway/handler_success.go (RecordHit).
    m_analytics->setHtml(
        u"<p>" +
        tr("No analytics record for request #%1: analytics are off (enable_analytics in "
           "tyk.conf), the API or endpoint is not tracked (do_not_track, or the client IP is in "
           "analytics_config.ignored_ips), or the request has not finished yet.")
            .arg(m_id)
            .toHtmlEscaped() +
        u"</p>");
}

QString RequestDetailView::analyticsHtml(const AnalyticsDetail &a) const
{
    QString html = u"<h3>" + tr("Analytics record").toHtmlEscaped() + u"</h3>";
    if (!a.note.isEmpty())
        html += u"<p><b>" + a.note.toHtmlEscaped() + u"</b></p>";
    const QString before = prettyJson(a.record);
    if (a.afterPlugin.isEmpty()) {
        html += jsonBlock(tr("Record"), before);
        return html;
    }
    // The short diff first: the records repeat the whole request and response (raw_request,
    // raw_response) and would push it out of sight.
    const QString after = prettyJson(a.afterPlugin);
    html += u"<h4>" + tr("Changes by the analytics plugin").toHtmlEscaped() + u"</h4>" +
            diffBlock(LineDiff::compare(before.split(u'\n'), after.split(u'\n')));
    html += jsonBlock(tr("Record"), before);
    html += jsonBlock(tr("After the analytics plugin"), after);
    return html;
}

void RequestDetailView::showPhase(int index)
{
    if (index < 0 || index >= m_details.size()) {
        m_text->clear();
        return;
    }
    const PhaseDetail &p = m_details.at(index);
    QString html = u"<h3>" + p.phase.toHtmlEscaped() + u"</h3>";
    if (!p.message.isEmpty())
        html += u"<p>" + p.message.toHtmlEscaped() + u"</p>";
    if (!p.where.file.isEmpty())
        html += u"<p><b>" + tr("at %1").arg(p.where.toString()).toHtmlEscaped() + u"</b></p>";
    if (p.before && p.after) {
        const auto changes = RequestDiff::compare(*p.before, *p.after);
        html += u"<h4>" + tr("Request changes").toHtmlEscaped() + u"</h4>";
        if (changes.isEmpty())
            html += u"<p>" + tr("none").toHtmlEscaped() + u"</p>";
        html += QStringLiteral("<pre>");
        for (const RequestDiff::Change &c : changes) {
            QString colour = QStringLiteral("inherit");
            QString sign = QStringLiteral("  ");
            switch (c.kind) {
            case RequestDiff::Change::Kind::Added:
                colour = QStringLiteral("#2e9d5b");
                sign = QStringLiteral("+ ");
                break;
            case RequestDiff::Change::Kind::Removed:
                colour = QStringLiteral("#d13c2f");
                sign = QStringLiteral("- ");
                break;
            case RequestDiff::Change::Kind::Changed:
                colour = QStringLiteral("#b7791f");
                sign = QStringLiteral("~ ");
                break;
            case RequestDiff::Change::Kind::Note: break;
            }
            html += QStringLiteral("<span style=\"color:%1\">%2</span>\n")
                        .arg(colour, QString(sign + c.text).toHtmlEscaped());
        }
        html += QStringLiteral("</pre>");
    }
    if (!p.sessions.isEmpty()) {
        html += u"<h4>" + tr("Session cache").toHtmlEscaped() + u"</h4><pre>";
        for (const QString &line : p.sessions)
            html += line.toHtmlEscaped() + u'\n';
        html += QStringLiteral("</pre>");
    }
    if (!p.logs.isEmpty()) {
        html += u"<h4>" + tr("Plugin output").toHtmlEscaped() + u"</h4><pre>";
        for (const QString &line : p.logs)
            html += line.toHtmlEscaped() + u'\n';
        html += QStringLiteral("</pre>");
    }
    html += objectsHtml(p);
    m_text->setHtml(html);
}

QString RequestDetailView::objectsHtml(const PhaseDetail &p) const
{
    // Last, after the shorter sections: an Object carries the whole request (body included)
    // and would push them out of sight. The JSON arrives indented, with Tyk's proto field
    // names, and is shown as it is: reparsing it would reorder the fields.
    const std::pair<QString, QByteArray> objects[] = {
        {tr("Object sent to the plugin"), p.objectSent},
        {tr("Object the plugin returned"), p.objectReceived},
    };
    QString html;
    for (const auto &[title, json] : objects) {
        if (json.isEmpty())
            continue;
        html += u"<h4>" + title.toHtmlEscaped() + u"</h4><pre>" +
                QString::fromUtf8(json).toHtmlEscaped() + u"</pre>";
    }
    return html;
}

} // namespace Hb::Ui
