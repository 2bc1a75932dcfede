// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/composerpane.h"

#include "ui/composer/replyview.h"

#include "ui/composer/bodyeditor.h"
#include "workbench/requests/curlcommand.h"
#include "ui/composer/environmentdialog.h"
#include "workbench/requests/requestbuilder.h"
#include "workbench/testing/requestexpectation.h"
#include "ui/composer/savedrequestlist.h"

#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Hb::Ui {

ComposerPane::ComposerPane(QWidget *parent)
    : QWidget(parent)
    , m_environment(new QComboBox(this))
    , m_saved(new SavedRequestList(this))
    , m_method(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_headers(new QPlainTextEdit(this))
    , m_body(new BodyEditor(this))
    , m_expect(new QPlainTextEdit(this))
    , m_expectProblem(new QLabel(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_status(new QLabel(this))
    , m_reply(new ReplyView(this))
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_status);
    bottomLayout->addWidget(m_reply, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_saved);
    splitter->addWidget(buildEditor());
    splitter->addWidget(bottom);
    splitter->setStretchFactor(2, 2);
    const int line = fontMetrics().lineSpacing();
    splitter->setSizes({line * 7, line * 17, line * 20});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildToolbar());
    layout->addWidget(splitter, 1);

    connect(m_send, &QPushButton::clicked, this, &ComposerPane::send);
    connect(m_target, &QLineEdit::returnPressed, this, &ComposerPane::send);
    // Return and the keypad's Enter both send with Ctrl held.
    for (const QKeyCombination key : {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ComposerPane::send);
    }
    connect(m_saved, &SavedRequestList::saveAsRequested, this, &ComposerPane::askSaveAs);
    connect(m_saved, &SavedRequestList::loadRequested, this, &ComposerPane::loadRequest);
    connect(m_saved, &SavedRequestList::requestsChanged, this, &ComposerPane::savedRequestsChanged);
    connect(m_environment, &QComboBox::activated, this,
            [this] { Q_EMIT environmentsChanged(m_environments, activeEnvironment()); });
    fillEnvironmentBox();
}

QWidget *ComposerPane::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *editEnvironments = new QToolButton(bar);
    editEnvironments->setText(tr("Edit…"));
    editEnvironments->setToolTip(tr("Add environments and edit their variables"));
    auto *importCurl = new QToolButton(bar);
    importCurl->setText(tr("Import curl…"));
    importCurl->setToolTip(tr("Paste a curl command to fill the composer"));
    auto *copyCurl = new QToolButton(bar);
    copyCurl->setText(tr("Copy as curl"));
    copyCurl->setToolTip(tr("Copy the composed request to the clipboard as a curl command"));
    m_environment->setToolTip(tr("The environment whose variables fill {{name}} placeholders"));
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Environment:"), bar));
    layout->addWidget(m_environment);
    layout->addWidget(editEnvironments);
    layout->addStretch(1);
    layout->addWidget(importCurl);
    layout->addWidget(copyCurl);
    connect(editEnvironments, &QToolButton::clicked, this, &ComposerPane::editEnvironments);
    connect(importCurl, &QToolButton::clicked, this, &ComposerPane::askImportCurl);
    connect(copyCurl, &QToolButton::clicked, this, &ComposerPane::copyAsCurl);
    return bar;
}

QWidget *ComposerPane::buildEditor()
{
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                        QStringLiteral("OPTIONS")});
    m_target->setPlaceholderText(tr("/listen-path/resource?query or http://host/…"));
    m_headers->setPlaceholderText(tr("Header-Name: value (one per line)"));
    m_headers->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_headers->setTabChangesFocus(true);
    m_send->setToolTip(tr("Send through the engine (Ctrl+Return)"));
    m_send->setDefault(true);

    auto *editor = new QWidget(this);
    auto *line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_target, 1);
    line->addWidget(m_send);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Headers"), m_headers);
    form->addRow(tr("Body"), m_body);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addLayout(form, 1);
    m_headers->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_headers->setMaximumHeight(fontMetrics().lineSpacing() * 6);

    m_expect->setPlaceholderText(
        tr("{\"status\": 200, \"pluginCalls\": [{\"hook\": \"MyPreHook\"}]}"));
    m_expect->setToolTip(tr("What hookbench-cli test checks the reply against (JSON): status, "
                            "headers, body, json paths, maxTimeMs, pluginCalls, cacheHit. "
                            "History's Expect This Reply fills it in."));
    m_expect->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_expect->setTabChangesFocus(true);
    m_expect->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_expect->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_expectProblem->setWordWrap(true);
    m_expectProblem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_expectProblem->setVisible(false);
    auto *expectBox = new QWidget(editor);
    auto *expectLayout = new QVBoxLayout(expectBox);
    expectLayout->setContentsMargins(0, 0, 0, 0);
    expectLayout->addWidget(m_expect);
    expectLayout->addWidget(m_expectProblem);
    form->addRow(tr("Expect"), expectBox);
    connect(m_expect, &QPlainTextEdit::textChanged, this, &ComposerPane::checkExpectation);
    return editor;
}

QString ComposerPane::target() const
{
    return m_target->text();
}

void ComposerPane::setTarget(const QString &target)
{
    m_target->setText(target);
}

SavedRequest ComposerPane::currentRequest() const
{
    SavedRequest r;
    r.method = m_method->currentText().trimmed().toUpper();
    r.url = m_target->text().trimmed();
    // Lines that do not parse are kept as names, so saving never loses what was typed.
    for (const QString &l : m_headers->toPlainText().split(u'\n')) {
        const QString t = l.trimmed();
        if (t.isEmpty())
            continue;
        const qsizetype colon = t.indexOf(u':');
        if (colon <= 0)
            r.headers.append({t, QString()});
        else
            r.headers.append({t.left(colon).trimmed(), t.mid(colon + 1).trimmed()});
    }
    r.bodyMode = m_body->mode();
    if (r.bodyMode == BodyMode::Form)
        r.formFields = m_body->formFields();
    else
        r.body = m_body->text();
    if (const auto expect = expectation())
        r.expect = *expect;
    return r;
}

// One key per line with its value compact, so the few lines the field has show every kind of
// check at a glance; still JSON.
QString ComposerPane::expectationText(const QJsonObject &expect)
{
    if (expect.isEmpty())
        return {};
    QStringList lines;
    for (auto it = expect.begin(); it != expect.end(); ++it) {
        const QByteArray value =
            QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact);
        lines.append(QStringLiteral("\"%1\": %2")
                         .arg(it.key(), QString::fromUtf8(value.sliced(1, value.size() - 2))));
    }
    return u'{' + lines.join(QStringLiteral(",\n ")) + u'}';
}

Result<QJsonObject> ComposerPane::expectation() const
{
    const QByteArray text = m_expect->toPlainText().trimmed().toUtf8();
    if (text.isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArrayView before(text.constData(),
                                    std::clamp<qsizetype>(error.offset, 0, text.size()));
        return makeError(
            ErrorCode::InvalidInput,
            tr("Expect, line %1: %2").arg(before.count('\n') + 1).arg(error.errorString()));
    }
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput, tr("Expect: not a JSON object"));
    if (const auto parsed = RequestExpectation::fromJson(doc.object()); !parsed)
        return makeError(ErrorCode::InvalidInput, parsed.error().message);
    return doc.object();
}

void ComposerPane::checkExpectation()
{
    const auto expect = expectation();
    m_expectProblem->setVisible(!expect);
    m_expectProblem->setText(expect ? QString() : expect.error().message);
}

QString ComposerPane::expectReply(const HistoryEntry &entry)
{
    const Variables variables = m_environments.value(activeEnvironment());
    const QList<SavedRequest> &requests = m_saved->requests();
    const auto sameRequest = [&](const SavedRequest &r) {
        const auto built = RequestBuilder::build(r, variables);
        return built && built->method == entry.request.method &&
               built->target == entry.request.target;
    };
    // Several saved requests may send the same (a first call and a cached one): the one
    // selected in the list is meant first.
    const int selected = m_saved->list()->currentRow();
    auto found = selected >= 0 && selected < requests.size() && sameRequest(requests.at(selected))
                     ? requests.cbegin() + selected
                     : std::find_if(requests.cbegin(), requests.cend(), sameRequest);
    SavedRequest request;
    if (found != requests.cend()) {
        request = *found;
    } else {
        // A request from the history (or one of the gateway's clients) becomes a saved one.
        request = RequestBuilder::toSavedRequest(entry.request);
        // Names are unique in the list; a second request to the same path gets a number.
        const QString base = request.name;
        for (int n = 2; std::any_of(requests.cbegin(), requests.cend(),
                                    [&](const SavedRequest &r) { return r.name == request.name; });
             ++n)
            request.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    }
    // What the reply tells replaces what was expected of the same things before (a reply
    // without hook calls or cache events leaves no stale ones); other checks stay.
    for (const char *key : {"status", "pluginCalls", "cacheHit"})
        request.expect.remove(QLatin1String(key));
    const QJsonObject fromReply = RequestExpectation::fromReply(entry).toJson();
    for (auto it = fromReply.begin(); it != fromReply.end(); ++it)
        request.expect.insert(it.key(), it.value());
    m_saved->addOrReplace(request);
    loadRequest(request);
    m_status->setStyleSheet({});
    m_status->setText(
        tr("\"%1\" now expects this reply (hookbench-cli test checks it).").arg(request.name));
    return request.name;
}

void ComposerPane::loadRequest(const SavedRequest &request)
{
    m_method->setCurrentText(request.method);
    m_target->setText(request.url);
    m_headers->setPlainText(RequestBuilder::formatHeaderLines(request.headers));
    m_body->setMode(request.bodyMode);
    m_body->setText(request.body);
    m_body->setFormFields(request.formFields);
    m_expect->setPlainText(expectationText(request.expect));
    m_reply->clear(tr("Send (Ctrl+Return) to see this request's reply."));
    if (!request.name.isEmpty()) {
        m_saved->selectByName(request.name);
        m_status->setText(tr("Loaded \"%1\".").arg(request.name));
        m_status->setStyleSheet({});
    }
}

Result<Http::HttpRequest> ComposerPane::request() const
{
    const Result<NameValueList> headers =
        RequestBuilder::parseHeaderLines(m_headers->toPlainText());
    if (!headers)
        return headers.error();
    SavedRequest composed = currentRequest();
    composed.headers = *headers;
    const QString active = activeEnvironment();
    auto built = RequestBuilder::build(composed, m_environments.value(active));
    if (!built) {
        Error error = built.error();
        error.message += active.isEmpty() ? tr(" (no environment is active)")
                                          : tr(" (environment \"%1\")").arg(active);
        return error;
    }
    return built;
}

void ComposerPane::send()
{
    const auto r = request();
    if (!r) {
        showError(r.error().message);
        return;
    }
    m_status->setStyleSheet({});
    m_status->setText(tr("Sending…"));
    // The reply shown is always this request's: the last one's goes.
    m_reply->clear(tr("Waiting for the reply…"));
    Q_EMIT sendRequested(*r);
}

void ComposerPane::showError(const QString &message)
{
    m_status->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_status->setText(message);
}

QPlainTextEdit *ComposerPane::responseView() const
{
    return m_reply->rawView();
}

void ComposerPane::showResponse(const Http::HttpResponse &response, double elapsedMs)
{
    m_status->setStyleSheet({});
    m_status->setText(
        tr("%1 %2 · %3 ms · %4 bytes")
            .arg(response.status)
            .arg(QString::fromLatin1(Http::HttpResponse::reasonPhrase(response.status)))
            .arg(QLocale().toString(elapsedMs, 'f', 2))
            .arg(response.body.size()));
    m_reply->showResponse(response);
}

void ComposerPane::setSavedRequests(const QList<SavedRequest> &requests)
{
    m_saved->setRequests(requests);
}

void ComposerPane::setEnvironments(const Environments &environments, const QString &active)
{
    m_environments = environments;
    fillEnvironmentBox();
    setActiveEnvironment(active);
}

QString ComposerPane::activeEnvironment() const
{
    return m_environment->currentData().toString();
}

void ComposerPane::setActiveEnvironment(const QString &name)
{
    const int index = m_environment->findData(name);
    m_environment->setCurrentIndex(index < 0 ? 0 : index);
}

void ComposerPane::fillEnvironmentBox()
{
    const QString active = activeEnvironment();
    const QSignalBlocker block(m_environment);
    m_environment->clear();
    m_environment->addItem(tr("(none)"), QString());
    for (auto it = m_environments.cbegin(); it != m_environments.cend(); ++it)
        m_environment->addItem(it.key(), it.key());
    setActiveEnvironment(active);
}

void ComposerPane::editEnvironments()
{
    EnvironmentDialog dialog(m_environments, activeEnvironment(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_environments = dialog.environments();
    fillEnvironmentBox();
    setActiveEnvironment(dialog.currentEnvironment());
    Q_EMIT environmentsChanged(m_environments, activeEnvironment());
}

void ComposerPane::askSaveAs()
{
    bool ok = false;
    const int row = m_saved->list()->currentRow();
    const QString suggestion = row >= 0 ? m_saved->requests().at(row).name : QString();
    const QString name = QInputDialog::getText(this, tr("Save request"), tr("Name:"),
                                               QLineEdit::Normal, suggestion, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    // Saving would drop an expectation that does not read; the user fixes it first.
    if (const auto expect = expectation(); !expect) {
        showError(expect.error().message);
        return;
    }
    SavedRequest request = currentRequest();
    request.name = name;
    m_saved->addOrReplace(request);
}

Result<QStringList> ComposerPane::importCurl(const QString &commandLine)
{
    const auto imported = CurlCommand::parse(commandLine);
    if (!imported)
        return imported.error();
    loadRequest(imported->request);
    m_status->setStyleSheet({});
    m_status->setText(imported->notes.isEmpty()
                          ? tr("Imported the curl command.")
                          : tr("Imported the curl command; not imported: %1")
                                .arg(imported->notes.join(QStringLiteral(" "))));
    return imported->notes;
}

void ComposerPane::askImportCurl()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Import curl"), tr("Paste a curl command (line continuations are fine):"), {},
        &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const auto notes = importCurl(text);
    if (!notes)
        QMessageBox::warning(
            this, tr("Import curl"),
            tr("The command could not be imported: %1").arg(notes.error().message));
    else if (!notes->isEmpty())
        QMessageBox::information(this, tr("Import curl"),
                                 tr("Imported, except:\n\n%1").arg(notes->join(u'\n')));
}

Result<QString> ComposerPane::curlCommand() const
{
    const auto r = request();
    if (!r)
        return r.error();
    return RequestBuilder::toCurl(*r);
}

void ComposerPane::copyAsCurl()
{
    const auto command = curlCommand();
    if (!command) {
        showError(command.error().message);
        return;
    }
    QGuiApplication::clipboard()->setText(*command);
    m_status->setStyleSheet({});
    m_status->setText(tr("Copied as curl."));
}

} // namespace Hb::Ui
