// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/models/apiformmapping.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Hb::Ui {

class EndpointPluginsGroup;

// The API definition form: listen path, target, auth mode, custom middleware per phase, the
// bundle, the ID extractor, and (in an EndpointPluginsGroup) the per-endpoint Go plugins and
// virtual endpoints of the version the engine uses. It edits the ApiFormMapping it is given (not
// owned) and says so with edited(); refresh() shows the mapping again after the text changed it.
class ApiFormWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ApiFormWidget(ApiFormMapping &mapping, QWidget *parent = nullptr);

    // Shows the mapping's values; a mapping the form cannot edit (invalid JSON, Tyk OAS)
    // disables the fields and shows why.
    void refresh();

    QLineEdit *listenPathEdit() const { return m_listenPath; }
    QComboBox *authModeBox() const { return m_authMode; }

Q_SIGNALS:
    // The user changed a field; the mapping holds the change.
    void edited();

private:
    QGroupBox *buildProxyGroup();
    QGroupBox *buildPluginGroup();
    QGroupBox *buildExtractorGroup();
    void showHooks();
    void storeHooks();
    void addHook();
    void removeHook(int row);
    void storeExtractor();
    void updateExtractorFields();
    // Runs `change` on the mapping and reports the edit, unless the form is being filled.
    template<typename Change>
    void apply(Change change);

    ApiFormMapping &m_mapping;
    bool m_filling = false;
    QLabel *m_problem;
    QWidget *m_fields;
    QLineEdit *m_listenPath;
    QLineEdit *m_targetUrl;
    QCheckBox *m_strip;
    QComboBox *m_authMode;
    QComboBox *m_driver;
    QLineEdit *m_bundle;
    QLineEdit *m_authCheckName;
    QLineEdit *m_authCheckPath;
    QComboBox *m_hookPhase;
    QTableWidget *m_hooks;
    QLabel *m_bundleNote;
    QCheckBox *m_extractorDisabled;
    QComboBox *m_extractFrom;
    QComboBox *m_extractWith;
    QLineEdit *m_headerName;
    QLineEdit *m_paramName;
    QLineEdit *m_regex;
    QSpinBox *m_regexIndex;
    QLineEdit *m_xpath;
    EndpointPluginsGroup *m_endpoints;
};

} // namespace Hb::Ui
