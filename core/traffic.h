#pragma once

#include "nodespec.h"

#include <QMetaType>
#include <QString>

namespace wb {

// Nanoseconds on one monotonic clock shared by the whole process; every event carries one so
// that views can order and plot them.
qint64 monotonicNs();

// One step of a message's life, as seen by the node that owns the wire end. Every message that
// crosses a wire produces Sent then AckReceived (or Failed) at the sender, and Received then
// AckSent at a local receiver.
struct TrafficEvent
{
    enum class Type { Sent, AckReceived, Failed, Received, AckSent };

    Type type = Type::Sent;
    qint64 timeNs = 0;
    NodeId node = 0;      // the node this happened at
    NodeId peer = 0;      // the node at the other end, when it is in the circuit
    QString peerAddress;  // ws://host:port/channel for a sender, host:port for a receiver
    QString channel;
    QString text;         // the message, or the ack, or the error
    quint64 messageId = 0; // per sending node, pairs Sent with AckReceived/Failed
    qint64 rttNs = -1;     // AckReceived only
    bool wasSent = false;  // Failed only: the message had left (it was in flight)
};

} // namespace wb

Q_DECLARE_METATYPE(wb::TrafficEvent)
