// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/gatewayaddressbutton.h"

#include <QClipboard>
#include <QGuiApplication>

namespace Hb::Ui {

GatewayAddressButton::GatewayAddressButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("gatewayAddress"));
    setAutoRaise(true);
    setVisible(false);
    connect(this, &QToolButton::clicked, this, [this] {
        if (m_url.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(m_url);
        Q_EMIT copied(m_url);
    });
}

void GatewayAddressButton::showAddress(const QString &url, const QString &note)
{
    m_url = url;
    if (url.isEmpty()) {
        setText(tr("Gateway not listening"));
        setToolTip(note);
    } else {
        setText(tr("Gateway %1").arg(url));
        setToolTip(note.isEmpty() ? tr("Your HTTP clients call this address; click to copy it")
                                  : note + u'\n' + tr("Click to copy the address"));
    }
    setVisible(true);
}

} // namespace Hb::Ui
