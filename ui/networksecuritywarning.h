#pragma once

#include <QLabel>
#include <QPointer>

namespace wb {

class NetworkSecurityControl;

// The status bar's lasting word that the saved network security failed closed (a token file
// gone): a passing message would be replaced by the next one ("Opened ..."), this stays until
// a choice that works is in effect. A click opens the dialog that fixes it.
class NetworkSecurityWarning final : public QLabel
{
    Q_OBJECT
public:
    NetworkSecurityWarning(NetworkSecurityControl *control, QWidget *parent = nullptr);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void follow(const QString &warning);

    QPointer<NetworkSecurityControl> m_control;
};

} // namespace wb
