#include "networksecuritycontrol.h"

#include "net/handshakepolicy.h"
#include "networksecuritydialog.h"
#include "runtime/meshruntime.h"

#include <QAction>
#include <QSettings>
#include <QWidget>

namespace wb {

NetworkSecurityControl::NetworkSecurityControl(
    MeshRuntime *runtime, QSettings *settings, QAction *action, QWidget *window)
    : QObject(runtime)
    , m_runtime(runtime)
    , m_settings(settings)
    , m_window(window)
    , m_base(SocketPolicy::processDefaults())
{
    if (action)
        connect(action, &QAction::triggered, this, &NetworkSecurityControl::openDialog);
    connect(m_runtime, &MeshRuntime::runningChanged, this, [this](bool running) {
        if (running || !m_pending)
            return;
        const SocketPolicy policy = *m_pending;
        m_pending.reset();
        setPolicy(policy);
        Q_EMIT message(tr("Network security for the next Run: %1").arg(describe(policy)));
    });
}

NetworkSecurity NetworkSecurityControl::saved() const
{
    return NetworkSecurity::load(*m_settings);
}

void NetworkSecurityControl::setCommandLine(const NetworkSecurity::CommandLine &options)
{
    m_commandLine = options;
    restore();
}

QString NetworkSecurityControl::generatedTokenPath() const
{
    return NetworkSecurity::generatedTokenPath(*m_settings);
}

NetworkSecurity NetworkSecurityControl::inEffect(const NetworkSecurity &choice) const
{
    return m_commandLine ? choice.overriddenBy(*m_commandLine) : choice;
}

void NetworkSecurityControl::restore()
{
    SocketPolicy policy;
    const NetworkSecurity::Problem problem
        = inEffect(saved()).makePolicy(generatedTokenPath(), m_base, &policy);
    QString warning;
    if (!problem.ok()) {
        // Fail closed: a LAN node that was meant to be guarded must not open up because a
        // file went missing. A token nobody has refuses every client beyond loopback.
        policy = m_base;
        policy.token = NetworkSecurity::generateToken();
        warning = tr("Network security: %1. LAN nodes refuse every client until it is "
                     "fixed (Run ▸ Network Security…)")
                      .arg(NetworkSecurity::forDialog(problem.text));
        Q_EMIT message(warning);
    }
    setPolicy(policy, warning);
}

QString NetworkSecurityControl::apply(
    const NetworkSecurity &choice, const QByteArray &generatedToken)
{
    const bool fresh = choice.tokenSource == NetworkSecurity::TokenSource::Generated
        && !generatedToken.isEmpty();
    if (fresh) {
        if (const QString problem = handshake::tokenProblem(generatedToken); !problem.isEmpty())
            return problem;
    }
    // Checked in full before anything is written: a new token replaces the old one only with
    // a choice that works.
    NetworkSecurity check = inEffect(choice);
    if (fresh && check.tokenSource == NetworkSecurity::TokenSource::Generated)
        check.tokenSource = NetworkSecurity::TokenSource::None;
    SocketPolicy policy;
    if (const NetworkSecurity::Problem problem
        = check.makePolicy(generatedTokenPath(), m_base, &policy);
        !problem.ok()) {
        return NetworkSecurity::forDialog(problem.text);
    }
    if (fresh) {
        if (const QString error
            = NetworkSecurity::writeTokenFile(generatedTokenPath(), generatedToken);
            !error.isEmpty()) {
            return tr("Cannot save the token: %1").arg(error);
        }
        if (check.tokenSource == NetworkSecurity::TokenSource::None)
            policy.token = generatedToken;
    }
    choice.save(m_settings);
    m_settings->sync();
    if (m_runtime->isRunning()) {
        m_pending = policy;
        Q_EMIT message(tr("Network security saved: it applies at the next Run (the running "
                          "nodes keep theirs until the circuit stops)"));
        return {};
    }
    m_pending.reset();
    setPolicy(policy);
    Q_EMIT message(tr("Network security: %1").arg(describe(policy)));
    return {};
}

void NetworkSecurityControl::setPolicy(const SocketPolicy &policy, const QString &warning)
{
    SocketPolicy::setProcessDefaults(policy);
    Q_EMIT applied();
    if (warning != m_warning) {
        m_warning = warning;
        Q_EMIT warningChanged(m_warning);
    }
}

QString NetworkSecurityControl::describe(const SocketPolicy &policy)
{
    QStringList parts;
    parts << (policy.token.isEmpty() ? tr("LAN nodes are open to anyone on the network")
                                     : tr("LAN nodes require the token"));
    if (policy.isSecureServer())
        parts << tr("nodes serve wss (TLS)");
    if (!policy.pinnedSha256.isEmpty())
        parts << tr("connections use wss to the pinned certificate");
    return parts.join(QStringLiteral(", "));
}

void NetworkSecurityControl::openDialog()
{
    if (!m_window)
        return;
    auto *dialog = new NetworkSecurityDialog(this, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // never a nested event loop
}

} // namespace wb
