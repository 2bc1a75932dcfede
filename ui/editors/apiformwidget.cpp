// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/apiformwidget.h"

#include "ui/editors/endpointpluginsgroup.h"
#include "ui/common/formtablehelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

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
    m_endpoints = new EndpointPluginsGroup(m_mapping, this);
    fields->addWidget(m_endpoints);
    fields->addStretch(1);
    connect(m_endpoints, &EndpointPluginsGroup::edited, this, &ApiFormWidget::edited);
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
    QHBoxLayout *phaseRow = tableTools(
        m_hookPhase, QStringLiteral("Hook"), m_hooks, this, [this] { addHook(); },
        [this](int row) { removeHook(row); });

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
    m_endpoints->refresh();
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
