// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtGlobal>

namespace Hb::Ui {

class LogPane;

// Shows the program's own log lines (qInfo/qWarning from any thread: the engine, the Go and
// Python plugin hosts, warnings about the configuration) in a Logs pane as well as on stderr,
// for as long as it lives; a burst of lines is shown in one go. A plugin's output and failures
// are left out: the pane has them from the engine's trace, with their request and phase. One
// at a time.
class QtMessageForwarder : public QObject
{
    Q_OBJECT
public:
    explicit QtMessageForwarder(LogPane *pane);
    ~QtMessageForwarder() override;

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void flush(); // GUI thread: shows the lines waiting
    void show(QtMsgType type, const QString &message);

    LogPane *m_pane;
    QtMessageHandler m_previous = nullptr;
};

} // namespace Hb::Ui
