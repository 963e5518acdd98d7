#pragma once

#include "networksecurity.h"

#include <QDialog>

class QAbstractButton;
class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace wb {

class NetworkSecurityControl;

// Run ▸ Network Security…: the token LAN nodes require (generated, shown masked, copied; or a
// token file), the certificate and key that make nodes serve wss (with the fingerprint to give
// to other machines) and the fingerprint our connections pin. OK checks everything through the
// control and stays open with the problem in view when something is wrong.
class NetworkSecurityDialog final : public QDialog
{
    Q_OBJECT
public:
    NetworkSecurityDialog(NetworkSecurityControl *control, QWidget *parent = nullptr);

    NetworkSecurity choice() const;
    // The generated token shown (masked) in the dialog; empty when none.
    QByteArray generatedToken() const { return m_token; }
    // Why the last OK was refused; empty when it was not.
    QString problem() const;

    void accept() override;

private:
    QWidget *createTokenGroup();
    QWidget *createTlsGroup();
    QWidget *browseRow(QLineEdit *edit, const QString &title, const QString &filter);
    void load(const NetworkSecurity &choice);
    void setToken(const QByteArray &token, bool fresh);
    void updateEnabled();
    void updateOwnFingerprint();
    void showProblem(const QString &text);

    NetworkSecurityControl *m_control;
    QCheckBox *m_requireToken = nullptr;
    QRadioButton *m_generated = nullptr;
    QRadioButton *m_fromFile = nullptr;
    QLineEdit *m_tokenView = nullptr;
    QAbstractButton *m_showToken = nullptr;
    QAbstractButton *m_copyToken = nullptr;
    QAbstractButton *m_newToken = nullptr;
    QLineEdit *m_tokenFile = nullptr;
    QLineEdit *m_certFile = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_ownFingerprint = nullptr;
    QAbstractButton *m_copyFingerprint = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_problem = nullptr;
    QByteArray m_token;
    bool m_tokenIsNew = false; // generated in this dialog: written on OK
};

} // namespace wb
