// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/savedrequestlist.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hb::Ui {

SavedRequestList::SavedRequestList(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_saveAs(new QPushButton(tr("Save as…"), this))
{
    auto *rename = new QPushButton(tr("Rename…"), this);
    auto *remove = new QPushButton(tr("Delete"), this);
    m_saveAs->setToolTip(tr("Keep the composed request in the workspace under a name"));
    m_list->setToolTip(tr("Double click to load a saved request into the composer"));
    m_list->setAlternatingRowColors(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveAs);
    buttons->addWidget(rename);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_saveAs, &QPushButton::clicked, this, &SavedRequestList::saveAsRequested);
    connect(rename, &QPushButton::clicked, this, &SavedRequestList::askRename);
    connect(remove, &QPushButton::clicked, this, [this] { this->remove(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { activate(m_list->row(item)); });
}

void SavedRequestList::setRequests(const QList<SavedRequest> &requests)
{
    m_requests = requests;
    rebuild();
}

void SavedRequestList::addOrReplace(const SavedRequest &request)
{
    auto it = std::find_if(m_requests.begin(), m_requests.end(),
                           [&](const SavedRequest &r) { return r.name == request.name; });
    if (it != m_requests.end())
        *it = request;
    else
        m_requests.append(request);
    rebuild();
    selectByName(request.name);
    Q_EMIT requestsChanged(m_requests);
}

void SavedRequestList::rename(int row, const QString &name)
{
    if (row < 0 || row >= m_requests.size() || name.trimmed().isEmpty())
        return;
    m_requests[row].name = name.trimmed();
    rebuild();
    m_list->setCurrentRow(row);
    Q_EMIT requestsChanged(m_requests);
}

void SavedRequestList::remove(int row)
{
    if (row < 0 || row >= m_requests.size())
        return;
    m_requests.removeAt(row);
    rebuild();
    Q_EMIT requestsChanged(m_requests);
}

void SavedRequestList::activate(int row)
{
    if (row >= 0 && row < m_requests.size())
        Q_EMIT loadRequested(m_requests.at(row));
}

void SavedRequestList::selectByName(const QString &name)
{
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests.at(row).name == name)
            m_list->setCurrentRow(row);
    }
}

void SavedRequestList::rebuild()
{
    m_list->clear();
    for (const SavedRequest &r : std::as_const(m_requests)) {
        // A check mark on the requests hookbench-cli test checks.
        const QString text = r.expect.isEmpty()
                                 ? tr("%1  ·  %2 %3").arg(r.name, r.method, r.url)
                                 : tr("%1  ·  %2 %3  ✓").arg(r.name, r.method, r.url);
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(
            r.expect.isEmpty()
                ? r.url
                : tr("%1\nExpects: %2").arg(r.url, r.expect.keys().join(QStringLiteral(", "))));
    }
}

void SavedRequestList::askRename()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename saved request"), tr("Name:"),
                                               QLineEdit::Normal, m_requests.at(row).name, &ok);
    if (ok)
        rename(row, name);
}

} // namespace Hb::Ui
