#include "net/socketpolicy.h"

#include <QCryptographicHash>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace wb {

namespace {

SocketPolicy &defaults()
{
    static SocketPolicy policy;
    return policy;
}

} // namespace

const SocketPolicy &SocketPolicy::processDefaults()
{
    return defaults();
}

void SocketPolicy::setProcessDefaults(const SocketPolicy &policy)
{
    defaults() = policy;
}

void applySocketLimits(QWebSocket *socket, const SocketPolicy &policy)
{
    socket->setMaxAllowedIncomingFrameSize(quint64(policy.maxMessageBytes));
    socket->setMaxAllowedIncomingMessageSize(quint64(policy.maxMessageBytes));
    // Qt 6.4 splits outgoing messages into 512 KiB frames by default, and its receivers
    // mishandle UTF-8 split across frames (QTBUG-136216): one frame for anything we may send.
    socket->setOutgoingFrameSize(
        std::min<quint64>(QWebSocket::maxOutgoingFrameSize(), quint64(policy.maxMessageBytes) * 4));
}

namespace {

// Only the pinned certificate passes: with no CA to trust, verification fails for every
// certificate, and the errors are ignored only when they all concern the pinned one.
void pinCertificate(QWebSocket *socket, const QByteArray &pin)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({});
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket->setSslConfiguration(tls);
    QObject::connect(
        socket, &QWebSocket::sslErrors, socket, [socket, pin](const QList<QSslError> &errors) {
            bool pinned = !errors.isEmpty();
            for (const QSslError &error : errors) {
                pinned = pinned && !error.certificate().isNull()
                    && error.certificate().digest(QCryptographicHash::Sha256) == pin;
            }
            if (pinned)
                socket->ignoreSslErrors();
        });
}

} // namespace

QByteArray parseFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    hex.remove(u':');
    if (hex.size() != 64)
        return {};
    for (const QChar c : hex) {
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}

void openClientSocket(QWebSocket *socket, const QUrl &url)
{
    const SocketPolicy &policy = SocketPolicy::processDefaults();
    applySocketLimits(socket, policy);
    QUrl target = url;
    if (!policy.pinnedSha256.isEmpty()) {
        target.setScheme(QStringLiteral("wss"));
        pinCertificate(socket, policy.pinnedSha256);
    }
    QNetworkRequest request(target);
    if (!policy.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + policy.token);
    socket->open(request);
}

void releaseClientSocket(QWebSocket *socket, QObject *owner, bool graceful)
{
    socket->disconnect(owner);
    socket->setParent(nullptr);
    if (graceful && socket->state() == QAbstractSocket::ConnectedState) {
        QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(1000, socket, &QObject::deleteLater);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
        return;
    }
    socket->abort();
    socket->deleteLater();
}

} // namespace wb
