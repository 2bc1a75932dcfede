// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/workspace/savedrequest.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Hb::Ui {

// The workspace's saved requests: double click loads one into the composer; Save as keeps
// the composed request under a name; Rename and Delete act on the selected one.
class SavedRequestList : public QWidget
{
    Q_OBJECT
public:
    explicit SavedRequestList(QWidget *parent = nullptr);

    const QList<SavedRequest> &requests() const { return m_requests; }
    void setRequests(const QList<SavedRequest> &requests);
    // Adds `request` (replacing one with the same name) and selects it.
    void addOrReplace(const SavedRequest &request);
    void rename(int row, const QString &name);
    void remove(int row);
    // Loads the request in `row` (what a double click does).
    void activate(int row);
    void selectByName(const QString &name);

    QListWidget *list() const { return m_list; }
    QPushButton *saveAsButton() const { return m_saveAs; }

Q_SIGNALS:
    // The composer answers with the request to save and a name asked from the user.
    void saveAsRequested();
    void loadRequested(const Hb::Ui::SavedRequest &request);
    void requestsChanged(const QList<Hb::Ui::SavedRequest> &requests);

private:
    void rebuild();
    void askRename();

    QList<SavedRequest> m_requests;
    QListWidget *m_list;
    QPushButton *m_saveAs;
};

} // namespace Hb::Ui
