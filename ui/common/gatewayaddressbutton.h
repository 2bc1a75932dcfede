// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace Hb::Ui {

// Where the GUI's gateway listens, for the status bar: "Gateway http://127.0.0.1:8080"; a
// click copies the address to the clipboard, for curl or a test suite. Says so when the
// gateway could not listen. Hidden until the first address arrives. GUI thread only.
class GatewayAddressButton final : public QToolButton
{
    Q_OBJECT
public:
    explicit GatewayAddressButton(QWidget *parent = nullptr);

    // EngineBridge::listening: `url` empty when listening failed, `note` why.
    void showAddress(const QString &url, const QString &note);
    QString url() const { return m_url; }

Q_SIGNALS:
    // The address went to the clipboard.
    void copied(const QString &url);

private:
    QString m_url;
};

} // namespace Hb::Ui
