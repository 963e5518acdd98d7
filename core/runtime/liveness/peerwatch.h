#pragma once

#include "runtime/liveness/backoff.h"
#include "runtime/liveness/peerhealth.h"
#include "runtime/liveness/pingmonitor.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace wb {

// Keeps one watch connection open to a peer node (ws://host:port/wirebench-watch, a
// connection that never sends a message) and judges its health by ping/pong, whether or not
// anything else is being sent to it. A lost peer is tried again after a backoff delay; every
// attempt is bounded by the pong timeout, so that a frozen peer (its kernel still accepts TCP)
// counts as dead instead of hanging the attempt. A receiver of its signals may stop it, but
// must not delete it there (deleteLater()).
class PeerWatch final : public QObject
{
    Q_OBJECT
public:
    explicit PeerWatch(
        const QUrl &url, const LivenessSettings &settings = {}, QObject *parent = nullptr);
    ~PeerWatch() override;

    QUrl url() const { return m_url; }
    // A new address starts over (health unknown, no backoff).
    void setUrl(const QUrl &url);
    void setSettings(const LivenessSettings &settings);

    void start();
    // Closes the watch connection with a close frame; health goes back to unknown.
    void stop();
    bool isRunning() const { return m_running; }
    // A sign of life from elsewhere (the node registered again): try now, not after the delay.
    void retryNow();

    const PeerStatus &status() const { return m_status; }
    PeerHealth health() const { return m_status.health; }

    // The channel of watch connections.
    static QString channel() { return QStringLiteral("/wirebench-watch"); }

Q_SIGNALS:
    void healthChanged(wb::PeerHealth health);
    void rttMeasured(qint64 rttNs);
    // After `failures` failed attempts in a row the next one waits `delayMs`.
    void retryScheduled(int failures, int delayMs);

private:
    void connectNow();
    void onLost(QWebSocket *socket, const QString &reason);
    void setHealth(PeerHealth health, const QString &error = {});
    void dropSocket(bool graceful);

    QUrl m_url;
    LivenessSettings m_settings;
    QPointer<QWebSocket> m_socket;
    PingMonitor m_ping;
    QTimer m_retry;
    QTimer m_handshake;
    Backoff m_backoff;
    PeerStatus m_status;
    bool m_running = false;
    bool m_wasReached = false; // Reconnecting is for a peer we have seen before
};

} // namespace wb
