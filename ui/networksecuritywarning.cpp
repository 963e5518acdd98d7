#include "networksecuritywarning.h"

#include "networksecuritycontrol.h"

#include <QMouseEvent>

namespace wb {

NetworkSecurityWarning::NetworkSecurityWarning(NetworkSecurityControl *control, QWidget *parent)
    : QLabel(parent), m_control(control)
{
    setObjectName(QStringLiteral("securityWarning"));
    setText(tr("⚠ LAN nodes refuse every client"));
    setCursor(Qt::PointingHandCursor);
    connect(
        control, &NetworkSecurityControl::warningChanged, this, &NetworkSecurityWarning::follow);
    follow(control->warning());
}

void NetworkSecurityWarning::follow(const QString &warning)
{
    // The whole problem names a file path: too long for the status bar, whole in the tooltip.
    setToolTip(warning);
    setVisible(!warning.isEmpty());
}

void NetworkSecurityWarning::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_control)
        m_control->openDialog();
    QLabel::mouseReleaseEvent(event);
}

} // namespace wb
