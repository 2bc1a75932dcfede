// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/apiformwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace Hb::Ui {

namespace {
enum HookColumn {
    HookName,
    HookPath,
    HookRequireSession,
    HookRawBodyOnly,
    HookDisabled,
    HookColumns
};
enum GoPluginColumn { GoPath, GoMethod, GoPluginPath, GoFuncName, GoDisabled, GoColumns };
// The source and the two flags of a virtual endpoint are edited below its table, for the
// selected row: eight columns do not fit the pane, and a base64 blob needs a wide field.
enum VirtualColumn { VirtualPath, VirtualMethod, VirtualFunction, VirtualDisabled, VirtualColumns };

// Tyk compares an entry's method exactly with the request's, so the usual upper-case names
// are offered; another value in the file is shown as it is.
const QStringList &httpMethods()
{
    static const QStringList methods = {QStringLiteral("GET"),    QStringLiteral("POST"),
                                        QStringLiteral("PUT"),    QStringLiteral("PATCH"),
                                        QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                                        QStringLiteral("OPTIONS")};
    return methods;
}

QComboBox *choices(const QStringList &values, QWidget *parent, bool editable = false)
{
    auto *box = new QComboBox(parent);
    box->addItems(values);
    box->setEditable(editable);
    return box;
}

// Shows `value` in a combo box that may not list it (a value Tyk ignores, a typo).
void showChoice(QComboBox *box, const QString &value)
{
    int index = box->findText(value);
    if (index < 0) {
        box->addItem(value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

QTableWidgetItem *flagItem(bool on)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    return item;
}

// The text of a cell, or the choice of the combo box in it.
QString cellText(const QTableWidget *table, int row, int column)
{
    if (const auto *box = qobject_cast<const QComboBox *>(table->cellWidget(row, column)))
        return box->currentText();
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

bool cellFlag(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

// A small table; `columns` are (header, tooltip naming the JSON key) pairs.
QTableWidget *entryTable(const QString &name, const QList<std::pair<QString, QString>> &columns,
                         QWidget *parent)
{
    auto *table = new QTableWidget(0, int(columns.size()), parent);
    table->setObjectName(name);
    for (int column = 0; column < columns.size(); ++column) {
        auto *header = new QTableWidgetItem(columns.at(column).first);
        header->setToolTip(columns.at(column).second);
        table->setHorizontalHeaderItem(column, header);
    }
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // As tall as its rows (the form scrolls), but never less than a few rows.
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setMinimumHeight(90);
    return table;
}
} // namespace

ApiFormWidget::ApiFormWidget(ApiFormMapping &mapping, QWidget *parent)
    : QWidget(parent)
    , m_mapping(mapping)
    , m_problem(new QLabel(this))
    , m_fields(new QWidget(this))
{
    m_problem->setObjectName(QStringLiteral("formProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *fields = new QVBoxLayout(m_fields);
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addWidget(buildProxyGroup());
    fields->addWidget(buildPluginGroup());
    fields->addWidget(buildExtractorGroup());
    fields->addWidget(buildEndpointGroup());
    fields->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_problem);
    layout->addWidget(m_fields, 1);
}

template<typename Change>
void ApiFormWidget::apply(Change change)
{
    if (m_filling || !m_mapping.isValid())
        return;
    change();
    Q_EMIT edited();
}

QGroupBox *ApiFormWidget::buildProxyGroup()
{
    auto *group = new QGroupBox(tr("Proxy and authentication"), this);
    m_listenPath = new QLineEdit(group);
    m_listenPath->setObjectName(QStringLiteral("listenPath"));
    m_targetUrl = new QLineEdit(group);
    m_targetUrl->setObjectName(QStringLiteral("targetUrl"));
    m_strip = new QCheckBox(tr("Strip listen path"), group);
    m_authMode = new QComboBox(group);
    m_authMode->setObjectName(QStringLiteral("authMode"));
    m_authMode->addItem(tr("Keyless"), int(ApiFormMapping::AuthMode::Keyless));
    m_authMode->addItem(tr("Auth token"), int(ApiFormMapping::AuthMode::AuthToken));
    m_authMode->addItem(tr("Custom plugin auth"), int(ApiFormMapping::AuthMode::CustomPlugin));
    m_authMode->addItem(tr("Other (edit in JSON)"), int(ApiFormMapping::AuthMode::Other));
    m_authMode->setToolTip(tr("use_keyless, use_standard_auth, custom_plugin_auth_enabled"));

    auto *form = new QFormLayout(group);
    form->addRow(tr("Listen path"), m_listenPath);
    form->addRow(tr("Target URL"), m_targetUrl);
    form->addRow(QString(), m_strip);
    form->addRow(tr("Auth mode"), m_authMode);

    connect(m_listenPath, &QLineEdit::textEdited, this,
            [this](const QString &v) { apply([&] { m_mapping.setListenPath(v); }); });
    connect(m_targetUrl, &QLineEdit::textEdited, this,
            [this](const QString &v) { apply([&] { m_mapping.setTargetUrl(v); }); });
    connect(m_strip, &QCheckBox::toggled, this,
            [this](bool on) { apply([&] { m_mapping.setStripListenPath(on); }); });
    connect(m_authMode, &QComboBox::activated, this, [this] {
        const auto mode = ApiFormMapping::AuthMode(m_authMode->currentData().toInt());
        apply([&] { m_mapping.setAuthMode(mode); });
    });
    return group;
}

QGroupBox *ApiFormWidget::buildPluginGroup()
{
    auto *group = new QGroupBox(tr("Custom middleware"), this);
    m_driver =
        choices({QString(), QStringLiteral("python"), QStringLiteral("lua"), QStringLiteral("grpc"),
                 QStringLiteral("otto"), QStringLiteral("javascript"), QStringLiteral("goplugin")},
                group, true);
    m_bundle = new QLineEdit(group);
    m_bundle->setObjectName(QStringLiteral("bundle"));
    m_bundle->setToolTip(tr("custom_middleware_bundle: a bundle name, or several separated by "
                            "commas"));
    m_authCheckName = new QLineEdit(group);
    m_authCheckName->setPlaceholderText(tr("function name"));
    m_authCheckPath = new QLineEdit(group);
    m_authCheckPath->setPlaceholderText(tr("path"));
    auto *authCheck = new QHBoxLayout;
    authCheck->addWidget(m_authCheckName);
    authCheck->addWidget(m_authCheckPath);

    m_hookPhase = new QComboBox(group);
    m_hookPhase->addItem(tr("pre"), int(ApiFormMapping::HookPhase::Pre));
    m_hookPhase->addItem(tr("post_key_auth"), int(ApiFormMapping::HookPhase::PostKeyAuth));
    m_hookPhase->addItem(tr("post"), int(ApiFormMapping::HookPhase::Post));
    m_hookPhase->addItem(tr("response"), int(ApiFormMapping::HookPhase::Response));
    m_hooks = entryTable(QStringLiteral("hooks"),
                         {{tr("Name"), QString()},
                          {tr("Path"), QString()},
                          {tr("Session"), tr("require_session")},
                          {tr("Raw body"), tr("raw_body_only")},
                          {tr("Off"), tr("disabled")}},
                         group);
    m_hooks->horizontalHeader()->setSectionResizeMode(HookPath, QHeaderView::Stretch);
    QHBoxLayout *phaseRow = tableTools(m_hookPhase, QStringLiteral("Hook"), m_hooks,
                                       &ApiFormWidget::addHook, &ApiFormWidget::removeHook);

    auto *form = new QFormLayout(group);
    form->addRow(tr("Driver"), m_driver);
    form->addRow(tr("Bundle"), m_bundle);
    form->addRow(tr("auth_check"), authCheck);
    form->addRow(tr("Phase"), phaseRow);
    form->addRow(m_hooks);

    connect(m_driver, &QComboBox::currentTextChanged, this,
            [this](const QString &v) { apply([&] { m_mapping.setDriver(v); }); });
    connect(m_bundle, &QLineEdit::textEdited, this, [this](const QString &v) {
        apply([&] { m_mapping.setBundle(v); });
        m_bundleNote->setVisible(!v.isEmpty());
    });
    auto storeAuthCheck = [this] {
        apply([this] {
            MiddlewareEntry entry = m_mapping.authCheck();
            entry.name = m_authCheckName->text();
            entry.path = m_authCheckPath->text();
            m_mapping.setAuthCheck(entry);
        });
    };
    connect(m_authCheckName, &QLineEdit::textEdited, this, storeAuthCheck);
    connect(m_authCheckPath, &QLineEdit::textEdited, this, storeAuthCheck);
    connect(m_hookPhase, &QComboBox::currentIndexChanged, this, &ApiFormWidget::showHooks);
    connect(m_hooks, &QTableWidget::itemChanged, this, &ApiFormWidget::storeHooks);
    return group;
}

QHBoxLayout *ApiFormWidget::tableTools(QWidget *lead, const QString &name, QTableWidget *table,
                                       void (ApiFormWidget::*add)(),
                                       void (ApiFormWidget::*remove)(int))
{
    auto *addButton = new QPushButton(tr("Add"), table->parentWidget());
    addButton->setObjectName(QStringLiteral("add") + name);
    auto *removeButton = new QPushButton(tr("Remove"), table->parentWidget());
    removeButton->setObjectName(QStringLiteral("remove") + name);
    auto *row = new QHBoxLayout;
    row->addWidget(lead, 1);
    row->addWidget(addButton);
    row->addWidget(removeButton);
    connect(addButton, &QPushButton::clicked, this, add);
    connect(removeButton, &QPushButton::clicked, this, [this, table, remove] {
        if (table->currentRow() >= 0)
            (this->*remove)(table->currentRow());
    });
    return row;
}

void ApiFormWidget::setChoiceCell(QTableWidget *table, int row, int column,
                                  const QStringList &values, const QString &value,
                                  void (ApiFormWidget::*store)())
{
    // A box already there is reused: a replaced one lingers until the event loop deletes it.
    auto *box = qobject_cast<QComboBox *>(table->cellWidget(row, column));
    if (box) {
        box->clear(); // drops an odd value shown for the entry this row held before
        box->addItems(values);
    } else {
        box = choices(values, table);
        box->setFrame(false);
        connect(box, &QComboBox::activated, this, store);
        table->setCellWidget(row, column, box);
    }
    showChoice(box, value);
}

void ApiFormWidget::addHook()
{
    const auto phase = ApiFormMapping::HookPhase(m_hookPhase->currentData().toInt());
    auto hooks = m_mapping.hooks(phase);
    hooks.append(MiddlewareEntry{tr("MyHook"), {}, false, false, false});
    apply([&] { m_mapping.setHooks(phase, hooks); });
    showHooks();
}

void ApiFormWidget::removeHook(int row)
{
    // Removed in the document, so the hooks below keep their own unknown keys.
    apply([&] {
        m_mapping.removeHook(ApiFormMapping::HookPhase(m_hookPhase->currentData().toInt()), row);
    });
    showHooks();
}

QGroupBox *ApiFormWidget::buildExtractorGroup()
{
    auto *group = new QGroupBox(tr("ID extractor (coprocess auth_check)"), this);
    m_bundleNote = new QLabel(
        tr("With a bundle, Tyk reads the ID extractor from the bundle's manifest; this one is "
           "ignored."),
        group);
    m_bundleNote->setWordWrap(true);
    m_extractorDisabled = new QCheckBox(tr("Disabled"), group);
    m_extractFrom = choices({QString(), QStringLiteral("header"), QStringLiteral("form"),
                             QStringLiteral("body"), QStringLiteral("querystring")},
                            group);
    m_extractFrom->setObjectName(QStringLiteral("extractFrom"));
    m_extractWith = choices(
        {QString(), QStringLiteral("value"), QStringLiteral("regex"), QStringLiteral("xpath")},
        group);
    m_extractWith->setToolTip(tr("Any other value means no extractor, as in Tyk"));
    m_headerName = new QLineEdit(group);
    m_headerName->setObjectName(QStringLiteral("headerName"));
    m_paramName = new QLineEdit(group);
    m_regex = new QLineEdit(group);
    m_regexIndex = new QSpinBox(group);
    m_regexIndex->setRange(0, 999);
    m_xpath = new QLineEdit(group);

    auto *form = new QFormLayout(group);
    form->addRow(m_bundleNote);
    form->addRow(QString(), m_extractorDisabled);
    form->addRow(tr("Extract from"), m_extractFrom);
    form->addRow(tr("Extract with"), m_extractWith);
    form->addRow(tr("Header name"), m_headerName);
    form->addRow(tr("Form parameter"), m_paramName);
    form->addRow(tr("Regular expression"), m_regex);
    form->addRow(tr("Match index"), m_regexIndex);
    form->addRow(tr("XPath expression"), m_xpath);

    connect(m_extractorDisabled, &QCheckBox::toggled, this, &ApiFormWidget::storeExtractor);
    connect(m_extractFrom, &QComboBox::activated, this, &ApiFormWidget::storeExtractor);
    connect(m_extractWith, &QComboBox::activated, this, &ApiFormWidget::storeExtractor);
    for (QLineEdit *edit : {m_headerName, m_paramName, m_regex, m_xpath})
        connect(edit, &QLineEdit::textEdited, this, &ApiFormWidget::storeExtractor);
    connect(m_regexIndex, &QSpinBox::valueChanged, this, &ApiFormWidget::storeExtractor);
    return group;
}

QGroupBox *ApiFormWidget::buildEndpointGroup()
{
    auto *group = new QGroupBox(tr("Per-endpoint plugins"), this);
    m_endpointNote = new QLabel(group);
    m_endpointNote->setObjectName(QStringLiteral("endpointNote"));
    m_endpointNote->setWordWrap(true);
    const QString pathTip = tr("path: a regular expression matched against the request path");
    const QString methodTip = tr("method: compared exactly with the request's method");
    m_goPlugins = entryTable(
        QStringLiteral("goPlugins"),
        {{tr("Path"), pathTip},
         {tr("Method"), methodTip},
         {tr("Plugin file"), tr("plugin_path: the Go plugin's .so file")},
         {tr("Function"), tr("func_name: the exported function Tyk calls; only the first "
                             "matching entry runs")},
         {tr("Off"), tr("disabled")}},
        group);
    m_goPlugins->horizontalHeader()->setSectionResizeMode(GoPath, QHeaderView::Stretch);
    m_goPlugins->horizontalHeader()->setSectionResizeMode(GoPluginPath, QHeaderView::Stretch);
    m_virtualEndpoints = entryTable(
        QStringLiteral("virtualEndpoints"),
        {{tr("Path"), pathTip},
         {tr("Method"), methodTip},
         {tr("Function"), tr("response_function_name: the JavaScript function that answers")},
         {tr("Off"), tr("disabled")}},
        group);
    m_virtualEndpoints->horizontalHeader()->setSectionResizeMode(VirtualPath, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_endpointNote);
    layout->addLayout(tableTools(new QLabel(tr("Go post plugins (go_plugin)"), group),
                                 QStringLiteral("GoPlugin"), m_goPlugins,
                                 &ApiFormWidget::addGoPlugin, &ApiFormWidget::removeGoPlugin));
    layout->addWidget(m_goPlugins);
    layout->addLayout(tableTools(new QLabel(tr("Virtual endpoints (virtual)"), group),
                                 QStringLiteral("VirtualEndpoint"), m_virtualEndpoints,
                                 &ApiFormWidget::addVirtualEndpoint,
                                 &ApiFormWidget::removeVirtualEndpoint));
    layout->addWidget(m_virtualEndpoints);
    layout->addWidget(buildVirtualDetail(group));

    connect(m_goPlugins, &QTableWidget::itemChanged, this, &ApiFormWidget::storeGoPlugins);
    connect(m_virtualEndpoints, &QTableWidget::itemChanged, this,
            &ApiFormWidget::storeVirtualEndpoints);
    connect(m_virtualEndpoints, &QTableWidget::currentCellChanged, this,
            &ApiFormWidget::showVirtualDetail);
    return group;
}

QWidget *ApiFormWidget::buildVirtualDetail(QWidget *parent)
{
    m_virtualDetail = new QWidget(parent);
    m_virtualSourceType =
        choices({QStringLiteral("file"), QStringLiteral("blob")}, m_virtualDetail);
    m_virtualSourceType->setObjectName(QStringLiteral("virtualSourceType"));
    m_virtualSourceType->setToolTip(
        tr("function_source_type: file (a path) or blob (the source in base64)"));
    m_virtualSourceUri = new QLineEdit(m_virtualDetail);
    m_virtualSourceUri->setObjectName(QStringLiteral("virtualSourceUri"));
    m_virtualSourceUri->setToolTip(
        tr("function_source_uri: the file's path, or the function's source in base64"));
    m_virtualUseSession = new QCheckBox(tr("Use session"), m_virtualDetail);
    m_virtualUseSession->setObjectName(QStringLiteral("virtualUseSession"));
    m_virtualUseSession->setToolTip(
        tr("use_session: the function gets the session and may change its metadata"));
    m_virtualProxyOnError = new QCheckBox(tr("Proxy on error"), m_virtualDetail);
    m_virtualProxyOnError->setObjectName(QStringLiteral("virtualProxyOnError"));
    m_virtualProxyOnError->setToolTip(tr("proxy_on_error: when the function fails, the request "
                                         "goes on to the upstream instead of failing with 500"));
    auto *source = new QHBoxLayout;
    source->addWidget(m_virtualSourceType);
    source->addWidget(m_virtualSourceUri, 1);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_virtualUseSession);
    flags->addWidget(m_virtualProxyOnError);
    flags->addStretch(1);
    auto *form = new QFormLayout(m_virtualDetail);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Source"), source);
    form->addRow(QString(), flags);

    connect(m_virtualSourceType, &QComboBox::activated, this,
            &ApiFormWidget::storeVirtualEndpoints);
    connect(m_virtualSourceUri, &QLineEdit::textEdited, this,
            &ApiFormWidget::storeVirtualEndpoints);
    connect(m_virtualUseSession, &QCheckBox::toggled, this, &ApiFormWidget::storeVirtualEndpoints);
    connect(m_virtualProxyOnError, &QCheckBox::toggled, this,
            &ApiFormWidget::storeVirtualEndpoints);
    return m_virtualDetail;
}

void ApiFormWidget::refresh()
{
    const bool editable = m_mapping.isValid() && !m_mapping.isOas();
    m_fields->setEnabled(editable);
    if (!m_mapping.isValid())
        m_problem->setText(tr("The JSON does not parse, so the form is off until it does:\n%1")
                               .arg(m_mapping.parseError()));
    else if (m_mapping.isOas())
        m_problem->setText(tr("Tyk OAS definitions are edited in the JSON tab."));
    m_problem->setVisible(!editable);
    if (!m_mapping.isValid())
        return; // keep showing the last good values, greyed out

    m_filling = true;
    m_listenPath->setText(m_mapping.listenPath());
    m_targetUrl->setText(m_mapping.targetUrl());
    m_strip->setChecked(m_mapping.stripListenPath());
    m_authMode->setCurrentIndex(m_authMode->findData(int(m_mapping.authMode())));
    showChoice(m_driver, m_mapping.driver());
    m_bundle->setText(m_mapping.bundle());
    m_bundleNote->setVisible(!m_mapping.bundle().isEmpty());
    const MiddlewareEntry authCheck = m_mapping.authCheck();
    m_authCheckName->setText(authCheck.name);
    m_authCheckPath->setText(authCheck.path);
    const IdExtractorFields extractor = m_mapping.idExtractor();
    m_extractorDisabled->setChecked(extractor.disabled);
    showChoice(m_extractFrom, extractor.extractFrom);
    showChoice(m_extractWith, extractor.extractWith);
    m_headerName->setText(extractor.headerName);
    m_paramName->setText(extractor.paramName);
    m_regex->setText(extractor.regexExpression);
    m_regexIndex->setValue(int(qBound(qint64(0), extractor.regexMatchIndex, qint64(999))));
    m_xpath->setText(extractor.xpathExpression);
    m_filling = false;
    showHooks();
    showEndpoints();
    updateExtractorFields();
}

void ApiFormWidget::showHooks()
{
    const bool filling = m_filling;
    m_filling = true;
    const auto hooks =
        m_mapping.hooks(ApiFormMapping::HookPhase(m_hookPhase->currentData().toInt()));
    m_hooks->setRowCount(int(hooks.size()));
    for (int row = 0; row < hooks.size(); ++row) {
        const MiddlewareEntry &e = hooks.at(row);
        m_hooks->setItem(row, HookName, new QTableWidgetItem(e.name));
        m_hooks->setItem(row, HookPath, new QTableWidgetItem(e.path));
        m_hooks->setItem(row, HookRequireSession, flagItem(e.requireSession));
        m_hooks->setItem(row, HookRawBodyOnly, flagItem(e.rawBodyOnly));
        m_hooks->setItem(row, HookDisabled, flagItem(e.disabled));
    }
    m_filling = filling;
}

void ApiFormWidget::storeHooks()
{
    QList<MiddlewareEntry> hooks;
    for (int row = 0; row < m_hooks->rowCount(); ++row) {
        hooks.append({cellText(m_hooks, row, HookName), cellText(m_hooks, row, HookPath),
                      cellFlag(m_hooks, row, HookRequireSession),
                      cellFlag(m_hooks, row, HookRawBodyOnly),
                      cellFlag(m_hooks, row, HookDisabled)});
    }
    apply([&] {
        m_mapping.setHooks(ApiFormMapping::HookPhase(m_hookPhase->currentData().toInt()), hooks);
    });
}

void ApiFormWidget::showEndpoints()
{
    const QString version = m_mapping.endpointVersion();
    QString note = tr("Entries of version_data.versions.%1.extended_paths, the version the "
                      "engine uses.")
                       .arg(version.isEmpty() ? QStringLiteral("\"\"") : version);
    if (!m_mapping.hasEndpointVersion())
        note += u' ' + tr("The version does not exist yet; the first entry creates it.");
    else if (!m_mapping.endpointVersionUsesExtendedPaths())
        note += u' ' + tr("Its use_extended_paths is off, so Tyk ignores these entries.");
    m_endpointNote->setText(note);

    const bool filling = m_filling;
    m_filling = true;
    const QList<GoPluginEntry> plugins = m_mapping.goPlugins();
    m_goPlugins->setRowCount(int(plugins.size()));
    for (int row = 0; row < plugins.size(); ++row) {
        const GoPluginEntry &e = plugins.at(row);
        m_goPlugins->setItem(row, GoPath, new QTableWidgetItem(e.path));
        setChoiceCell(m_goPlugins, row, GoMethod, httpMethods(), e.method,
                      &ApiFormWidget::storeGoPlugins);
        m_goPlugins->setItem(row, GoPluginPath, new QTableWidgetItem(e.pluginPath));
        m_goPlugins->setItem(row, GoFuncName, new QTableWidgetItem(e.funcName));
        m_goPlugins->setItem(row, GoDisabled, flagItem(e.disabled));
    }
    const QList<VirtualEntry> virtuals = m_mapping.virtualEndpoints();
    m_virtualEndpoints->setRowCount(int(virtuals.size()));
    for (int row = 0; row < virtuals.size(); ++row) {
        const VirtualEntry &e = virtuals.at(row);
        m_virtualEndpoints->setItem(row, VirtualPath, new QTableWidgetItem(e.path));
        setChoiceCell(m_virtualEndpoints, row, VirtualMethod, httpMethods(), e.method,
                      &ApiFormWidget::storeVirtualEndpoints);
        m_virtualEndpoints->setItem(row, VirtualFunction, new QTableWidgetItem(e.functionName));
        m_virtualEndpoints->setItem(row, VirtualDisabled, flagItem(e.disabled));
    }
    m_filling = filling;
    showVirtualDetail();
}

void ApiFormWidget::showVirtualDetail()
{
    const QList<VirtualEntry> virtuals = m_mapping.virtualEndpoints();
    const int row = m_virtualEndpoints->currentRow();
    const bool selected = row >= 0 && row < virtuals.size();
    const VirtualEntry entry = selected ? virtuals.at(row) : VirtualEntry{};
    const bool filling = m_filling;
    m_filling = true;
    showChoice(m_virtualSourceType, entry.sourceType);
    m_virtualSourceUri->setText(entry.sourceUri);
    m_virtualUseSession->setChecked(entry.useSession);
    m_virtualProxyOnError->setChecked(entry.proxyOnError);
    m_filling = filling;
    m_virtualDetail->setEnabled(selected);
}

void ApiFormWidget::storeGoPlugins()
{
    const QTableWidget *t = m_goPlugins;
    QList<GoPluginEntry> entries;
    for (int row = 0; row < t->rowCount(); ++row) {
        entries.append({cellText(t, row, GoPath), cellText(t, row, GoMethod),
                        cellText(t, row, GoPluginPath), cellText(t, row, GoFuncName),
                        cellFlag(t, row, GoDisabled)});
    }
    apply([&] { m_mapping.setGoPlugins(entries); });
}

void ApiFormWidget::storeVirtualEndpoints()
{
    // The table holds one row per entry; the fields below it belong to the current row.
    const QTableWidget *t = m_virtualEndpoints;
    QList<VirtualEntry> entries = m_mapping.virtualEndpoints();
    for (int row = 0; row < t->rowCount() && row < entries.size(); ++row) {
        VirtualEntry &e = entries[row];
        e.path = cellText(t, row, VirtualPath);
        e.method = cellText(t, row, VirtualMethod);
        e.functionName = cellText(t, row, VirtualFunction);
        e.disabled = cellFlag(t, row, VirtualDisabled);
    }
    if (const int row = t->currentRow(); row >= 0 && row < entries.size()) {
        VirtualEntry &e = entries[row];
        e.sourceType = m_virtualSourceType->currentText();
        e.sourceUri = m_virtualSourceUri->text();
        e.useSession = m_virtualUseSession->isChecked();
        e.proxyOnError = m_virtualProxyOnError->isChecked();
    }
    apply([&] { m_mapping.setVirtualEndpoints(entries); });
}

void ApiFormWidget::addGoPlugin()
{
    auto entries = m_mapping.goPlugins();
    entries.append(
        {QStringLiteral("/example"), QStringLiteral("GET"), {}, tr("MyPostPlugin"), false});
    apply([&] { m_mapping.setGoPlugins(entries); });
    showEndpoints();
}

void ApiFormWidget::removeGoPlugin(int row)
{
    apply([&] { m_mapping.removeGoPlugin(row); });
    showEndpoints();
}

void ApiFormWidget::addVirtualEndpoint()
{
    auto entries = m_mapping.virtualEndpoints();
    VirtualEntry entry;
    entry.path = QStringLiteral("/example");
    entry.method = QStringLiteral("GET");
    entry.functionName = tr("myVirtualEndpoint");
    entry.sourceType = QStringLiteral("file");
    entries.append(entry);
    apply([&] { m_mapping.setVirtualEndpoints(entries); });
    showEndpoints();
    m_virtualEndpoints->setCurrentCell(int(entries.size()) - 1, VirtualPath);
}

void ApiFormWidget::removeVirtualEndpoint(int row)
{
    apply([&] { m_mapping.removeVirtualEndpoint(row); });
    showEndpoints();
}

void ApiFormWidget::storeExtractor()
{
    IdExtractorFields fields;
    fields.disabled = m_extractorDisabled->isChecked();
    fields.extractFrom = m_extractFrom->currentText();
    fields.extractWith = m_extractWith->currentText();
    fields.headerName = m_headerName->text();
    fields.paramName = m_paramName->text();
    fields.regexExpression = m_regex->text();
    fields.regexMatchIndex = m_regexIndex->value();
    fields.xpathExpression = m_xpath->text();
    apply([&] { m_mapping.setIdExtractor(fields); });
    updateExtractorFields();
}

void ApiFormWidget::updateExtractorFields()
{
    // Only the fields Tyk reads for this source and mode are offered.
    const QString from = m_extractFrom->currentText();
    const QString with = m_extractWith->currentText();
    m_headerName->setEnabled(from == u"header");
    m_paramName->setEnabled(from == u"form");
    m_regex->setEnabled(with == u"regex");
    m_regexIndex->setEnabled(with == u"regex");
    m_xpath->setEnabled(with == u"xpath");
}

} // namespace Hb::Ui
