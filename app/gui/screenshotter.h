// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace Hb::Ui {
class EngineBridge;
class MainWindow;
} // namespace Hb::Ui

namespace Hb::Gui {

// `hookbench --screenshot FILE`: sends the workspace's saved requests (or, without any, one
// GET to every API's listen path) so the panes have something to show, waits
// (asynchronously) for every reply and the trace that follows, replays the newest history
// entry so the history shows a comparison, renders the window at 1280×800 to a PNG and quits
// with 0 (1 when the file cannot be written).
// With showDebugger, one more request stops at a breakpoint and the debugger dock shows it.
// With a pane, only that pane (as it sits in the 1280×800 window, brought forward) or dialog
// is rendered.
class Screenshotter : public QObject
{
    Q_OBJECT
public:
    Screenshotter(Ui::EngineBridge &bridge, Ui::MainWindow &window, QString file,
                  QObject *parent = nullptr);
    void setShowDebugger(bool show) { m_showDebugger = show; }
    // One of paneNames(); empty: the whole window.
    void setPane(const QString &pane) { m_pane = pane; }
    static QStringList paneNames();
    void start();

private:
    void pauseOneRequest();
    // One awaited thing (a reply, the paused request) arrived.
    void arrived();
    void replayHistory();
    void capture();
    // The pane's widget, brought forward (or the dialog, opened).
    QWidget *paneWidget();

    Ui::EngineBridge &m_bridge;
    Ui::MainWindow &m_window;
    QString m_file;
    int m_outstanding = 0;
    quint64 m_shownTag = 0; // the reply shown in the composer
    bool m_showDebugger = false;
    QString m_pane;
};

} // namespace Hb::Gui
