#pragma once

#include "networksecurity.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QAction;
class QSettings;
class QWidget;

namespace wb {

class MeshRuntime;

// Puts the workbench's LAN security into effect: the process's socket policy
// (SocketPolicy::setProcessDefaults) from the saved choice, or from the command line's options
// for this run. Endpoints and links copy the policy when they are made, that is when a node
// starts, so a change while the circuit runs waits until every node has stopped: the next Run
// uses it and the running nodes keep what they started with. A saved choice that cannot be
// read (a token file gone) fails closed: LAN nodes then require a token nobody has.
class NetworkSecurityControl final : public QObject
{
    Q_OBJECT
public:
    // `action` opens the dialog on `window` (either may be null in tests). Nothing takes
    // effect before restore().
    NetworkSecurityControl(
        MeshRuntime *runtime, QSettings *settings, QAction *action, QWidget *window);

    // The saved choice (without the command line's options).
    NetworkSecurity saved() const;
    // The command line's options for this run (checked before the window opens): they win
    // over the saved choice until the program ends.
    void setCommandLine(const NetworkSecurity::CommandLine &options);
    bool hasCommandLine() const { return m_commandLine.has_value(); }

    // Saves the choice (and `generatedToken`, when given, owner-only in its file) and puts it
    // into effect now, or at the next Run while the circuit runs. Returns a problem as the
    // dialog says it (nothing is saved then), or empty.
    QString apply(const NetworkSecurity &choice, const QByteArray &generatedToken = {});
    // Puts the saved choice (under the command line's options) into effect.
    void restore();

    QString generatedTokenPath() const;
    // A change waits for the circuit to stop.
    bool isPending() const { return m_pending.has_value(); }
    // Why the saved choice failed closed ("Network security: Token file ...: ..."), empty when
    // it did not: it stays until a choice that works is in effect.
    QString warning() const { return m_warning; }
    // The policy new nodes get (the process's).
    const SocketPolicy &effective() const { return SocketPolicy::processDefaults(); }
    void openDialog();

Q_SIGNALS:
    // The process's policy changed: views that show a node's security refresh.
    void applied();
    void message(const QString &text);
    void warningChanged(const QString &warning);

private:
    NetworkSecurity inEffect(const NetworkSecurity &choice) const;
    // Puts `policy` into effect; `warning` says why it is a fail-closed one (empty: it is not).
    void setPolicy(const SocketPolicy &policy, const QString &warning = {});
    static QString describe(const SocketPolicy &policy);

    MeshRuntime *m_runtime;
    QSettings *m_settings;
    QPointer<QWidget> m_window;
    SocketPolicy m_base; // the process's limits before any security
    std::optional<NetworkSecurity::CommandLine> m_commandLine;
    std::optional<SocketPolicy> m_pending;
    QString m_warning;
};

} // namespace wb
