#include "runtime/traffic.h"

#include <QElapsedTimer>

namespace wb {

qint64 monotonicNs()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.nsecsElapsed();
}

QString trafficTypeName(TrafficEvent::Type type)
{
    using Type = TrafficEvent::Type;
    switch (type) {
    case Type::Sent:
        return QStringLiteral("sent");
    case Type::AckReceived:
        return QStringLiteral("ack");
    case Type::Failed:
        return QStringLiteral("failed");
    case Type::Received:
        return QStringLiteral("received");
    case Type::AckSent:
        return QStringLiteral("ack_sent");
    case Type::Held:
        return QStringLiteral("held");
    case Type::Released:
        return QStringLiteral("released");
    case Type::Delayed:
        return QStringLiteral("delayed");
    case Type::Dropped:
        return QStringLiteral("dropped");
    case Type::Duplicated:
        return QStringLiteral("duplicated");
    }
    return {};
}

} // namespace wb
