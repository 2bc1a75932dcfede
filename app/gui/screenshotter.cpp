// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/screenshotter.h"

#include "ui/composer/composerpane.h"
#include "ui/debugger/debuggerpane.h"
#include "workbench/bridge/enginebridge.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypane.h"
#include "ui/mainwindow.h"
#include "ui/editors/apipane.h"
#include "ui/timeline/timelinepane.h"
#include "workbench/bridge/replayrunner.h"
#include "workbench/requests/requestbuilder.h"
#include "ui/composer/savedrequestlist.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDockWidget>
#include <QHash>
#include <QTabWidget>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace Hb::Gui {

Screenshotter::Screenshotter(Ui::EngineBridge &bridge, Ui::MainWindow &window, QString file,
                             QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
    , m_window(window)
    , m_file(std::move(file))
{}

void Screenshotter::start()
{
    m_window.resize(1280, 800);
    connect(&m_bridge, &Ui::EngineBridge::replyReceived, this,
            [this](quint64 tag, const Http::HttpResponse &r, double ms) {
                if (tag == m_shownTag)
                    m_window.composer()->showResponse(r, ms);
                arrived();
            });
    if (m_showDebugger)
        pauseOneRequest();
    Ui::ComposerPane *composer = m_window.composer();
    const QList<Ui::SavedRequest> saved = composer->savedRequests()->requests();
    if (!saved.isEmpty()) {
        // The workspace's saved requests, with its active environment; the composer shows
        // the first one (loaded when the workspace was opened) and its reply.
        const Ui::Variables variables =
            composer->environments().value(composer->activeEnvironment());
        for (const Ui::SavedRequest &request : saved) {
            const auto built = Ui::RequestBuilder::build(request, variables);
            if (!built)
                continue;
            ++m_outstanding;
            const quint64 tag = m_bridge.send(*built);
            if (m_shownTag == 0)
                m_shownTag = tag;
        }
    } else {
        for (const Ui::ApiSummary &api : m_bridge.apis()) {
            Http::HttpRequest request;
            request.target = (api.listenPath + QStringLiteral("get?sample=1")).toUtf8();
            request.headers.add("Host", "hookbench.local");
            request.headers.add("User-Agent", "hookbench-screenshot");
            // The sample Python API's auth hook accepts this token (samples/workspace/bundles).
            request.headers.add("Authorization", "sample-token");
            ++m_outstanding;
            const quint64 tag = m_bridge.send(request);
            if (m_shownTag == 0) {
                // The composer shows the first reply, so it shows the request that asked for it.
                m_shownTag = tag;
                composer->setTarget(QString::fromUtf8(request.target));
            }
        }
    }
    if (m_outstanding == 0)
        QTimer::singleShot(100, this, &Screenshotter::capture);
}

void Screenshotter::pauseOneRequest()
{
    if (m_bridge.apis().isEmpty())
        return;
    // A conditional breakpoint, so only this request stops and the others show in the panes.
    Ui::DebuggerPane *debugger = m_window.debugger();
    debugger->addBreakpoint(
        {QStringLiteral("Proxy"), QString(), QStringLiteral("X-Hookbench-Screenshot: paused")});
    Http::HttpRequest request;
    request.method = "POST";
    request.target =
        (m_bridge.apis().first().listenPath + QStringLiteral("anything?debug=1")).toUtf8();
    request.headers.add("Host", "hookbench.local");
    request.headers.add("Content-Type", "application/json");
    request.headers.add("X-Hookbench-Screenshot", "paused");
    request.body = R"({"hello": "debugger"})";
    ++m_outstanding;
    connect(debugger, &Ui::DebuggerPane::requestPaused, this, &Screenshotter::arrived,
            Qt::SingleShotConnection);
    m_bridge.send(request);
}

void Screenshotter::arrived()
{
    if (--m_outstanding == 0)
        QTimer::singleShot(100, this, &Screenshotter::replayHistory); // let the trace land
}

void Screenshotter::replayHistory()
{
    // Replays what was just sent so the history dock shows a comparison too.
    Ui::HistoryPane *history = m_window.historyPane();
    if (m_window.historyModel()->rowCount() == 0 || m_showDebugger) {
        capture();
        return;
    }
    connect(m_window.replayRunner(), &Ui::ReplayRunner::finished, this,
            [this] { QTimer::singleShot(50, this, &Screenshotter::capture); });
    history->view()->selectRow(0);
    history->replayButton()->click();
}

QStringList Screenshotter::paneNames()
{
    return {QStringLiteral("api"),      QStringLiteral("api-form"), QStringLiteral("composer"),
            QStringLiteral("plugin"),   QStringLiteral("timeline"), QStringLiteral("debugger"),
            QStringLiteral("sessions"), QStringLiteral("history"),  QStringLiteral("logs"),
            QStringLiteral("settings")};
}

QWidget *Screenshotter::paneWidget()
{
    if (m_pane == u"timeline")
        return m_window.timelinePane();
    if (m_pane == u"settings") {
        m_window.openSettings();
        return m_window.settingsDialog();
    }
    const QHash<QString, QString> docks = {
        {QStringLiteral("api"), QStringLiteral("ApiDock")},
        {QStringLiteral("api-form"), QStringLiteral("ApiDock")},
        {QStringLiteral("composer"), QStringLiteral("ComposerDock")},
        {QStringLiteral("plugin"), QStringLiteral("PluginDock")},
        {QStringLiteral("debugger"), QStringLiteral("DebuggerDock")},
        {QStringLiteral("sessions"), QStringLiteral("SessionCacheDock")},
        {QStringLiteral("history"), QStringLiteral("HistoryDock")},
        {QStringLiteral("logs"), QStringLiteral("LogDock")},
    };
    auto *dock = m_window.findChild<QDockWidget *>(docks.value(m_pane));
    if (!dock)
        return nullptr;
    dock->show();
    dock->raise();
    if (m_pane == u"api-form") {
        m_window.apiPane()->tabs()->setCurrentIndex(1); // the Form tab
        return m_window.apiPane()->tabs();
    }
    return dock;
}

void Screenshotter::capture()
{
    QWidget *target = &m_window;
    if (!m_pane.isEmpty()) {
        target = paneWidget();
        if (!target) {
            std::fprintf(stderr, "hookbench: no pane %s\n", qPrintable(m_pane));
            QCoreApplication::exit(1);
            return;
        }
        // Raised docks and a new dialog lay out and paint first.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }
    const QPixmap image = target->grab();
    if (!image.save(m_file, "PNG")) {
        std::fprintf(stderr, "hookbench: cannot write the screenshot to %s\n", qPrintable(m_file));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::exit(0);
}

} // namespace Hb::Gui
