#include "socketpolicy.h"

#include <QNetworkRequest>
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

SocketPolicy SocketPolicy::processDefaults()
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

void openClientSocket(QWebSocket *socket, const QUrl &url)
{
    const SocketPolicy policy = SocketPolicy::processDefaults();
    applySocketLimits(socket, policy);
    QNetworkRequest request(url);
    if (!policy.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + policy.token);
    socket->open(request);
}

} // namespace wb
