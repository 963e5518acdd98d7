#pragma once

#include <QDeadlineTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QSettings;
class QWidget;

namespace wb {

class MeshDiscovery;
class MeshRuntime;
class RegistryClient;

// The workbench side of discovery (docs/discovery.md): the "Discover Nodes" toggle and the
// registry address setting. While on, a MeshDiscovery fills the runtime's circuit with the
// registry's nodes, every external node is watched (ping/pong) whether or not anything runs,
// and a node that registers again is tried at once. Off, the discovered nodes go and external
// nodes are watched only while the mesh runs. The registry's state (reading, unreachable with
// the time to the next attempt, conflicting records) is statusText(), for the status bar.
class DiscoveryControl final : public QObject
{
    Q_OBJECT
public:
    // `toggle` is checkable; `address` asks for the registry's address. Dialogs open on
    // `window`. The address and the toggle's state are kept in `settings`.
    DiscoveryControl(MeshRuntime *runtime, QSettings *settings, QAction *toggle, QAction *address,
        QWidget *window);
    ~DiscoveryControl() override;

    // "http://HOST:PORT", as stored; empty when never set.
    QString registryUrl() const;
    // Returns why the text is not a registry address, empty when it was stored. A running
    // discovery starts over at the new address.
    QString setRegistryUrl(const QString &text);

    bool isEnabled() const { return m_discovery != nullptr; }
    // Returns why discovery could not start, empty on success (or when turned off).
    QString setEnabled(bool on);
    // Turns discovery on when it was on at the last exit.
    void restore();
    const MeshDiscovery *discovery() const { return m_discovery; }

    // One line for the status bar, empty while off; the details are its tooltip.
    QString statusText() const { return m_status; }
    QString statusDetails() const { return m_details; }

Q_SIGNALS:
    void statusChanged(const QString &text, const QString &details);
    // Something worth a line in the log and a moment in the status bar.
    void message(const QString &text);

private:
    void onToggled(bool on);
    // Asks for the registry's address; after a refused one, again with `typed` and `problem`.
    void askForUrl(bool thenEnable, const QString &typed = {}, const QString &problem = {});
    void onUnreachable(const QString &error, int retryInMs);
    void onConflict(const QString &name, const QString &reason);
    void updateStatus();
    void syncToggle();

    MeshRuntime *m_runtime;
    QSettings *m_settings;
    QAction *m_toggle;
    QPointer<QWidget> m_window;
    RegistryClient *m_client = nullptr;
    MeshDiscovery *m_discovery = nullptr;
    QTimer m_countdown; // ticks the "retrying in N s" of an unreachable registry
    QDeadlineTimer m_retryAt;
    QString m_error; // why the registry is unreachable; empty while it answers
    QMap<QString, QString> m_conflicts; // record name -> why it is not shown
    QString m_status;
    QString m_details;
};

} // namespace wb
