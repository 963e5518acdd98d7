#include "discoverycontrol.h"

#include "discovery/meshdiscovery.h"
#include "discovery/registryclient.h"
#include "document/circuit.h"
#include "runtime/meshruntime.h"

#include <QAction>
#include <QInputDialog>
#include <QSettings>
#include <QTimer>
#include <QWidget>
#include <cmath>

namespace wb {

namespace {

QString urlKey()
{
    return QStringLiteral("discovery/registry");
}

QString enabledKey()
{
    return QStringLiteral("discovery/enabled");
}

// etcd's own default, for the first time the address is asked for.
QString defaultUrl()
{
    return QStringLiteral("http://127.0.0.1:2379");
}

} // namespace

DiscoveryControl::DiscoveryControl(
    MeshRuntime *runtime, QSettings *settings, QAction *toggle, QAction *address, QWidget *window)
    : QObject(window), m_runtime(runtime), m_settings(settings), m_toggle(toggle), m_window(window)
{
    // Without discovery, external nodes are watched while the mesh runs: then their health
    // decides whether a message is worth sending.
    m_runtime->setPeerWatching(MeshRuntime::PeerWatching::WhileRunning);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &DiscoveryControl::updateStatus);
    connect(m_toggle, &QAction::toggled, this, &DiscoveryControl::onToggled);
    connect(address, &QAction::triggered, this, [this] { askForUrl(false); });
    const auto countChanged = [this] {
        if (isEnabled())
            updateStatus();
    };
    connect(m_runtime->circuit(), &Circuit::nodeAdded, this, countChanged);
    connect(m_runtime->circuit(), &Circuit::nodeRemoved, this, countChanged);
}

DiscoveryControl::~DiscoveryControl()
{
    // The discovery's watch refers to the client: it goes first.
    delete m_discovery;
    delete m_client;
}

QString DiscoveryControl::registryUrl() const
{
    return m_settings->value(urlKey()).toString();
}

QString DiscoveryControl::setRegistryUrl(const QString &text)
{
    QString error;
    const std::optional<QUrl> url = RegistryClient::parseEndpoint(text.trimmed(), &error);
    if (!url)
        return error;
    m_settings->setValue(urlKey(), url->toString());
    if (isEnabled()) {
        setEnabled(false);
        return setEnabled(true);
    }
    return {};
}

QString DiscoveryControl::setEnabled(bool on)
{
    if (on == isEnabled())
        return {};
    if (!on) {
        m_discovery->stop(); // the discovered nodes leave the circuit
        delete m_discovery;
        m_discovery = nullptr;
        delete m_client;
        m_client = nullptr;
        m_runtime->setPeerWatching(MeshRuntime::PeerWatching::WhileRunning);
        m_settings->setValue(enabledKey(), false);
        m_error.clear();
        m_conflicts.clear();
        m_countdown.stop();
        syncToggle();
        updateStatus();
        return {};
    }
    QString error;
    const std::optional<QUrl> url = RegistryClient::parseEndpoint(registryUrl(), &error);
    if (!url) {
        syncToggle();
        return registryUrl().isEmpty() ? tr("Set the registry's address first.") : error;
    }
    m_client = new RegistryClient(*url, this);
    m_discovery = new MeshDiscovery(m_client, m_runtime->circuit(), this);
    connect(m_discovery, &MeshDiscovery::nodeAnnounced, m_runtime, &MeshRuntime::retryPeer);
    connect(m_discovery, &MeshDiscovery::synced, this, [this] {
        m_error.clear();
        m_countdown.stop();
        updateStatus();
    });
    connect(m_discovery, &MeshDiscovery::unreachable, this, &DiscoveryControl::onUnreachable);
    connect(m_discovery, &MeshDiscovery::conflict, this, &DiscoveryControl::onConflict);
    connect(m_discovery, &MeshDiscovery::conflictResolved, this, [this](const QString &name) {
        if (m_conflicts.remove(name) > 0)
            updateStatus();
    });
    // A discovered node is worth watching before anything runs: that is what one looks at.
    m_runtime->setPeerWatching(MeshRuntime::PeerWatching::Always);
    m_settings->setValue(enabledKey(), true);
    m_discovery->start();
    syncToggle();
    updateStatus();
    return {};
}

void DiscoveryControl::restore()
{
    if (!m_settings->value(enabledKey(), false).toBool())
        return;
    if (const QString error = setEnabled(true); !error.isEmpty())
        Q_EMIT message(tr("Discovery is off: %1").arg(error));
}

void DiscoveryControl::onToggled(bool on)
{
    if (on && registryUrl().isEmpty()) {
        syncToggle(); // unchecked until an address is given
        askForUrl(true);
        return;
    }
    if (const QString error = setEnabled(on); !error.isEmpty())
        Q_EMIT message(tr("Discovery is off: %1").arg(error));
}

void DiscoveryControl::askForUrl(bool thenEnable, const QString &typed, const QString &problem)
{
    if (!m_window)
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Registry"));
    const QString question = tr("The etcd registry the nodes register with (docs/discovery.md):");
    // A refused address comes back with what was typed and why, not as a status-bar message
    // after the dialog has gone.
    dialog->setLabelText(problem.isEmpty()
                             ? question
                             : tr("Not a registry address: %1\n\n%2").arg(problem, question));
    if (!problem.isEmpty())
        dialog->setTextValue(typed);
    else
        dialog->setTextValue(registryUrl().isEmpty() ? defaultUrl() : registryUrl());
    connect(
        dialog, &QInputDialog::textValueSelected, this, [this, thenEnable](const QString &text) {
            if (const QString error = setRegistryUrl(text); !error.isEmpty()) {
                // Once this dialog has closed: never a dialog opened from another's done().
                QTimer::singleShot(0, this, [this, thenEnable, text, error] {
                    askForUrl(thenEnable, text, error);
                });
                return;
            }
            if (thenEnable) {
                if (const QString error = setEnabled(true); !error.isEmpty())
                    Q_EMIT message(tr("Discovery is off: %1").arg(error));
            }
        });
    dialog->open(); // never a nested event loop
}

void DiscoveryControl::onUnreachable(const QString &error, int retryInMs)
{
    // Said once per kind of failure; the status line counts down every attempt.
    if (error != m_error)
        Q_EMIT message(tr("Registry %1: %2; trying again, the circuit keeps running")
                           .arg(registryUrl(), error));
    m_error = error;
    m_retryAt = QDeadlineTimer(retryInMs);
    m_countdown.start();
    updateStatus();
}

void DiscoveryControl::onConflict(const QString &name, const QString &reason)
{
    m_conflicts.insert(name, reason);
    Q_EMIT message(tr("Registry: \"%1\" is not shown: %2").arg(name, reason));
    updateStatus();
}

void DiscoveryControl::updateStatus()
{
    QString text;
    QStringList details;
    if (m_discovery) {
        const QString where = registryUrl();
        if (!m_error.isEmpty()) {
            const qint64 left = m_retryAt.remainingTime();
            text = left > 0 ? tr("Registry unreachable · retrying in %1 s")
                                  .arg(int(std::ceil(double(left) / 1000)))
                            : tr("Registry unreachable · retrying…");
            details << tr("%1: %2").arg(where, m_error);
        } else if (!m_discovery->isSynced()) {
            text = tr("Registry: connecting…");
            details << where;
        } else {
            int count = 0;
            for (const NodeSpec &spec : m_runtime->circuit()->nodes())
                count += spec.discovered ? 1 : 0;
            text = tr("Registry: %1 discovered").arg(count);
            details << tr("Discovering nodes at %1").arg(where);
        }
        if (!m_conflicts.isEmpty())
            text += m_conflicts.size() == 1 ? tr(" · 1 conflict")
                                            : tr(" · %1 conflicts").arg(m_conflicts.size());
        for (auto it = m_conflicts.cbegin(); it != m_conflicts.cend(); ++it)
            details << tr("\"%1\" is not shown: %2").arg(it.key(), it.value());
    }
    const QString joined = details.join(u'\n');
    if (text == m_status && joined == m_details)
        return;
    m_status = text;
    m_details = joined;
    Q_EMIT statusChanged(m_status, m_details);
}

void DiscoveryControl::syncToggle()
{
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(isEnabled());
}

} // namespace wb
