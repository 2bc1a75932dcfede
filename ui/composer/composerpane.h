// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/http/httprequest.h"
#include "core/http/httpresponse.h"
#include "workbench/history/historyentry.h"
#include "workbench/workspace/savedrequest.h"
#include "workbench/workspace/workspacedata.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Hb::Ui {

class BodyEditor;
class ReplyView;
class SavedRequestList;

// The request composer: environment, saved requests, method, URL, headers ("Name: value"
// per line) and body (raw, JSON, form); import from and copy as curl. Send (or Ctrl+Return)
// emits sendRequested with {{variables}} expanded; the window routes it to the engine and
// hands the reply back through showResponse. Saved requests and environments changed here
// are announced, the window stores them in the workspace file.
class ComposerPane : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerPane(QWidget *parent = nullptr);

    void setTarget(const QString &target);
    QString target() const;
    // The request as composed, with the active environment's variables expanded, or an error
    // naming what does not parse or which variable is unknown.
    Result<Http::HttpRequest> request() const;
    // The request as typed (variables not expanded), for saving.
    SavedRequest currentRequest() const;
    void loadRequest(const SavedRequest &request);
    void showResponse(const Http::HttpResponse &response, double elapsedMs);

    void setSavedRequests(const QList<SavedRequest> &requests);
    void setEnvironments(const Environments &environments, const QString &active);
    const Environments &environments() const { return m_environments; }
    QString activeEnvironment() const;
    void setActiveEnvironment(const QString &name);

    // Reads a curl command into the composer; the notes list flags that were not imported.
    Result<QStringList> importCurl(const QString &commandLine);
    // The composed request as a curl command (variables expanded).
    Result<QString> curlCommand() const;

    QPushButton *sendButton() const { return m_send; }
    // The reply as text: headers, a blank line, the body (JSON pretty-printed).
    QPlainTextEdit *responseView() const;
    ReplyView *replyView() const { return m_reply; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QLabel *statusLabel() const { return m_status; }
    BodyEditor *bodyEditor() const { return m_body; }
    SavedRequestList *savedRequests() const { return m_saved; }
    QComboBox *environmentBox() const { return m_environment; }
    QPlainTextEdit *expectEdit() const { return m_expect; }
    QLabel *expectProblemLabel() const { return m_expectProblem; }

    // "Expect this reply": the saved request that sends what `entry` recorded (same method
    // and target with the active environment) gets the reply's status, hook calls and cache
    // outcome as expectations, over what it already expects; without one, a new saved
    // request is made from the entry. It is loaded into the composer; returns its name.
    QString expectReply(const HistoryEntry &entry);

Q_SIGNALS:
    void sendRequested(const Hb::Http::HttpRequest &request);
    void savedRequestsChanged(const QList<Hb::Ui::SavedRequest> &requests);
    void environmentsChanged(const Hb::Ui::Environments &environments, const QString &active);

private:
    QWidget *buildToolbar();
    QWidget *buildEditor();
    void send();
    void showError(const QString &message);
    void askSaveAs();
    void askImportCurl();
    void copyAsCurl();
    void editEnvironments();
    void fillEnvironmentBox();
    // The Expect field as an object; an error (with its line) when it does not read as an
    // expectation. Empty text is no expectation.
    Result<QJsonObject> expectation() const;
    static QString expectationText(const QJsonObject &expect);
    void checkExpectation();

    Environments m_environments;
    QComboBox *m_environment;
    SavedRequestList *m_saved;
    QComboBox *m_method;
    QLineEdit *m_target;
    QPlainTextEdit *m_headers;
    BodyEditor *m_body;
    QPlainTextEdit *m_expect;
    QLabel *m_expectProblem;
    QPushButton *m_send;
    QLabel *m_status;
    ReplyView *m_reply;
};

} // namespace Hb::Ui
