#include "runtime/liveness/peerwatch.h"

#include "net/socketpolicy.h"
#include "runtime/link.h"

#include <QWebSocket>

namespace wb {

PeerWatch::PeerWatch(const QUrl &url, const LivenessSettings &settings, QObject *parent)
    : QObject(parent), m_url(url), m_settings(settings), m_backoff(settings.backoff)
{
    m_ping.setTiming(settings.pingIntervalMs, settings.pongTimeoutMs);
    m_retry.setSingleShot(true);
    m_handshake.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PeerWatch::connectNow);
    connect(&m_handshake, &QTimer::timeout, this, [this] {
        onLost(m_socket, tr("no handshake within %1 s").arg(m_settings.pongTimeoutMs / 1000.0));
    });
    connect(&m_ping, &PingMonitor::pongReceived, this, [this](qint64 rttNs) {
        m_status.rttNs = rttNs;
        setHealth(PeerHealth::Alive);
        Q_EMIT rttMeasured(rttNs);
    });
    connect(&m_ping, &PingMonitor::late, this, [this] { setHealth(PeerHealth::Suspect); });
    connect(&m_ping, &PingMonitor::timedOut, this, [this] {
        onLost(m_socket, tr("no pong within %1 s").arg(m_settings.pongTimeoutMs / 1000.0));
    });
}

PeerWatch::~PeerWatch()
{
    dropSocket(true);
}

void PeerWatch::setUrl(const QUrl &url)
{
    if (url == m_url)
        return;
    const bool running = m_running;
    stop();
    m_url = url;
    if (running)
        start();
}

void PeerWatch::setSettings(const LivenessSettings &settings)
{
    m_settings = settings;
    m_backoff.setPolicy(settings.backoff);
    m_ping.setTiming(settings.pingIntervalMs, settings.pongTimeoutMs);
}

void PeerWatch::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff.reset();
    connectNow();
}

void PeerWatch::stop()
{
    m_running = false;
    m_retry.stop();
    m_handshake.stop();
    dropSocket(true);
    m_wasReached = false;
    m_backoff.reset();
    m_status.rttNs = -1;
    setHealth(PeerHealth::Unknown);
}

void PeerWatch::retryNow()
{
    if (m_running && m_retry.isActive()) {
        m_retry.stop();
        connectNow();
    }
}

void PeerWatch::connectNow()
{
    if (!m_running)
        return;
    dropSocket(false);
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (socket != m_socket)
            return;
        m_handshake.stop();
        m_backoff.reset();
        m_wasReached = true;
        m_ping.start(socket);
        setHealth(PeerHealth::Alive); // last: a receiver may stop us
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this, socket](QAbstractSocket::SocketError) { onLost(socket, socket->errorString()); });
    connect(socket, &QWebSocket::disconnected, this,
        [this, socket] { onLost(socket, Link::lostReason(socket)); });
    if (m_wasReached)
        setHealth(PeerHealth::Reconnecting, m_status.error);
    m_handshake.start(std::max(1, m_settings.pongTimeoutMs));
    QUrl url = m_url;
    url.setPath(channel());
    openClientSocket(socket, url); // the process's limits and token
}

void PeerWatch::onLost(QWebSocket *socket, const QString &reason)
{
    if (!socket || socket != m_socket)
        return;
    m_handshake.stop();
    dropSocket(false);
    const int failures = m_backoff.failures();
    const int delay = m_backoff.next();
    m_status.retryInMs = delay;
    if (m_running)
        m_retry.start(delay);
    setHealth(PeerHealth::Dead, reason);
    Q_EMIT retryScheduled(failures, delay);
}

void PeerWatch::setHealth(PeerHealth health, const QString &error)
{
    if (health != PeerHealth::Dead)
        m_status.retryInMs = -1;
    if (health == m_status.health && error == m_status.error)
        return;
    const bool changed = health != m_status.health;
    m_status.health = health;
    m_status.error = error;
    if (changed)
        Q_EMIT healthChanged(health);
}

void PeerWatch::dropSocket(bool graceful)
{
    m_ping.stop();
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    releaseClientSocket(socket, this, graceful);
}

} // namespace wb
