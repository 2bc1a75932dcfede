// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/endpointpluginsgroup.h"

#include "ui/common/formtablehelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Hb::Ui {

namespace {
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
} // namespace

EndpointPluginsGroup::EndpointPluginsGroup(ApiFormMapping &mapping, QWidget *parent)
    : QGroupBox(tr("Per-endpoint plugins"), parent)
    , m_mapping(mapping)
    , m_note(new QLabel(this))
{
    m_note->setObjectName(QStringLiteral("endpointNote"));
    m_note->setWordWrap(true);
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
        this);
    m_goPlugins->horizontalHeader()->setSectionResizeMode(GoPath, QHeaderView::Stretch);
    m_goPlugins->horizontalHeader()->setSectionResizeMode(GoPluginPath, QHeaderView::Stretch);
    m_virtualEndpoints = entryTable(
        QStringLiteral("virtualEndpoints"),
        {{tr("Path"), pathTip},
         {tr("Method"), methodTip},
         {tr("Function"), tr("response_function_name: the JavaScript function that answers")},
         {tr("Off"), tr("disabled")}},
        this);
    m_virtualEndpoints->horizontalHeader()->setSectionResizeMode(VirtualPath, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(tableTools(
        new QLabel(tr("Go post plugins (go_plugin)"), this), QStringLiteral("GoPlugin"),
        m_goPlugins, this, [this] { addGoPlugin(); }, [this](int row) { removeGoPlugin(row); }));
    layout->addWidget(m_goPlugins);
    layout->addLayout(tableTools(
        new QLabel(tr("Virtual endpoints (virtual)"), this), QStringLiteral("VirtualEndpoint"),
        m_virtualEndpoints, this, [this] { addVirtualEndpoint(); },
        [this](int row) { removeVirtualEndpoint(row); }));
    layout->addWidget(m_virtualEndpoints);
    layout->addWidget(buildVirtualDetail());

    connect(m_goPlugins, &QTableWidget::itemChanged, this, &EndpointPluginsGroup::storeGoPlugins);
    connect(m_virtualEndpoints, &QTableWidget::itemChanged, this,
            &EndpointPluginsGroup::storeVirtualEndpoints);
    connect(m_virtualEndpoints, &QTableWidget::currentCellChanged, this,
            &EndpointPluginsGroup::showVirtualDetail);
}

void EndpointPluginsGroup::apply(const std::function<void()> &change)
{
    if (m_filling || !m_mapping.isValid())
        return;
    change();
    Q_EMIT edited();
}

QWidget *EndpointPluginsGroup::buildVirtualDetail()
{
    m_virtualDetail = new QWidget(this);
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
            &EndpointPluginsGroup::storeVirtualEndpoints);
    connect(m_virtualSourceUri, &QLineEdit::textEdited, this,
            &EndpointPluginsGroup::storeVirtualEndpoints);
    connect(m_virtualUseSession, &QCheckBox::toggled, this,
            &EndpointPluginsGroup::storeVirtualEndpoints);
    connect(m_virtualProxyOnError, &QCheckBox::toggled, this,
            &EndpointPluginsGroup::storeVirtualEndpoints);
    return m_virtualDetail;
}

void EndpointPluginsGroup::setChoiceCell(QTableWidget *table, int row, int column,
                                         const QStringList &values, const QString &value,
                                         void (EndpointPluginsGroup::*store)())
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

void EndpointPluginsGroup::refresh()
{
    const QString version = m_mapping.endpointVersion();
    QString note = tr("Entries of version_data.versions.%1.extended_paths, the version the "
                      "engine uses.")
                       .arg(version.isEmpty() ? QStringLiteral("\"\"") : version);
    if (!m_mapping.hasEndpointVersion())
        note += u' ' + tr("The version does not exist yet; the first entry creates it.");
    else if (!m_mapping.endpointVersionUsesExtendedPaths())
        note += u' ' + tr("Its use_extended_paths is off, so Tyk ignores these entries.");
    m_note->setText(note);

    const bool filling = m_filling;
    m_filling = true;
    const QList<GoPluginEntry> plugins = m_mapping.goPlugins();
    m_goPlugins->setRowCount(int(plugins.size()));
    for (int row = 0; row < plugins.size(); ++row) {
        const GoPluginEntry &e = plugins.at(row);
        m_goPlugins->setItem(row, GoPath, new QTableWidgetItem(e.path));
        setChoiceCell(m_goPlugins, row, GoMethod, httpMethods(), e.method,
                      &EndpointPluginsGroup::storeGoPlugins);
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
                      &EndpointPluginsGroup::storeVirtualEndpoints);
        m_virtualEndpoints->setItem(row, VirtualFunction, new QTableWidgetItem(e.functionName));
        m_virtualEndpoints->setItem(row, VirtualDisabled, flagItem(e.disabled));
    }
    m_filling = filling;
    showVirtualDetail();
}

void EndpointPluginsGroup::showVirtualDetail()
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

void EndpointPluginsGroup::storeGoPlugins()
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

void EndpointPluginsGroup::storeVirtualEndpoints()
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

void EndpointPluginsGroup::addGoPlugin()
{
    auto entries = m_mapping.goPlugins();
    entries.append(
        {QStringLiteral("/example"), QStringLiteral("GET"), {}, tr("MyPostPlugin"), false});
    apply([&] { m_mapping.setGoPlugins(entries); });
    refresh();
}

void EndpointPluginsGroup::removeGoPlugin(int row)
{
    apply([&] { m_mapping.removeGoPlugin(row); });
    refresh();
}

void EndpointPluginsGroup::addVirtualEndpoint()
{
    auto entries = m_mapping.virtualEndpoints();
    VirtualEntry entry;
    entry.path = QStringLiteral("/example");
    entry.method = QStringLiteral("GET");
    entry.functionName = tr("myVirtualEndpoint");
    entry.sourceType = QStringLiteral("file");
    entries.append(entry);
    apply([&] { m_mapping.setVirtualEndpoints(entries); });
    refresh();
    m_virtualEndpoints->setCurrentCell(int(entries.size()) - 1, VirtualPath);
}

void EndpointPluginsGroup::removeVirtualEndpoint(int row)
{
    apply([&] { m_mapping.removeVirtualEndpoint(row); });
    refresh();
}

} // namespace Hb::Ui
