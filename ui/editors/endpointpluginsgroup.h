// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/models/apiformmapping.h"

#include <QGroupBox>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Hb::Ui {

// The API form's "Per-endpoint plugins" group: the Go post plugins (go_plugin) and the
// virtual endpoints (virtual) of the version the engine uses, with the source and flags of
// the selected virtual endpoint under its table and a note naming the version. It edits the
// ApiFormMapping it is given (not owned; shared with the rest of the form) and says so with
// edited(). GUI thread only.
class EndpointPluginsGroup final : public QGroupBox
{
    Q_OBJECT
public:
    explicit EndpointPluginsGroup(ApiFormMapping &mapping, QWidget *parent = nullptr);

    // Shows the mapping's entries again (after the text or the version changed).
    void refresh();

Q_SIGNALS:
    // The user changed an entry; the mapping holds the change.
    void edited();

private:
    QWidget *buildVirtualDetail();
    // A non-editable combo box in a cell showing `value`; picking calls `store`. A box
    // already in the cell is reused.
    void setChoiceCell(QTableWidget *table, int row, int column, const QStringList &values,
                       const QString &value, void (EndpointPluginsGroup::*store)());
    void storeGoPlugins();
    void storeVirtualEndpoints();
    void showVirtualDetail();
    void addGoPlugin();
    void removeGoPlugin(int row);
    void addVirtualEndpoint();
    void removeVirtualEndpoint(int row);
    // Runs `change` on the mapping and reports the edit, unless the group is being filled.
    void apply(const std::function<void()> &change);

    ApiFormMapping &m_mapping;
    bool m_filling = false;
    QLabel *m_note;
    QTableWidget *m_goPlugins;
    QTableWidget *m_virtualEndpoints;
    QWidget *m_virtualDetail = nullptr;
    QComboBox *m_virtualSourceType = nullptr;
    QLineEdit *m_virtualSourceUri = nullptr;
    QCheckBox *m_virtualUseSession = nullptr;
    QCheckBox *m_virtualProxyOnError = nullptr;
};

} // namespace Hb::Ui
