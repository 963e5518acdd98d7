#pragma once

#include "document/nodespec.h"
#include "document/wire.h"

#include <QMetaType>
#include <QString>

namespace wb {

// Nanoseconds on one monotonic clock shared by the whole process; every event carries one so
// that views can order and plot them.
qint64 monotonicNs();

// One step of a message's life, as seen by the node that owns the wire end. Every message that
// crosses a wire produces Sent then AckReceived (or Failed) at the sender, and Received then
// AckSent at a local receiver. The delivery gate adds what it did on the way (Held, Released,
// Delayed, Dropped, Duplicated), for the message or for its ack (`ack`), at the end where it
// was consulted. Every message has one id for its whole life, in every event of both ends.
struct TrafficEvent
{
    enum class Type {
        Sent,
        AckReceived,
        Failed,
        Received,
        AckSent,
        Held, // paused: waits at the gate until released, stepped or dropped
        Released, // a held or delayed one goes on
        Delayed, // on the wire for rttNs more (a fault rule's delay, or teaching pace)
        Dropped, // the gate dropped it: it never arrives
        Duplicated, // the gate let it through twice
    };

    Type type = Type::Sent;
    qint64 timeNs = 0;
    NodeId node = 0; // the node this happened at
    NodeId peer = 0; // the node at the other end, when it is in the circuit
    QString peerAddress; // ws://host:port/channel for a sender, host:port for a receiver
    QString channel;
    QString text; // the message, or the ack, or the error
    quint64 messageId = 0; // per run: the same in every event of one message and its ack
    qint64 rttNs = -1; // AckReceived: the round trip; Delayed: the delay
    bool wasSent = false; // Failed only: the message had left (it was in flight)
    WireId wire = 0; // the wire of the circuit it travels on, when known
    bool ack = false; // gate events: about the ack rather than the message
    int attempt = 1; // Sent: 2 and up for a retry of the same message
    // Received: a copy seen before (a duplicate or a retry); AckReceived: an extra ack (of a
    // duplicate or a retry), expected and not an error.
    bool duplicate = false;
};

QString trafficTypeName(TrafficEvent::Type type);

} // namespace wb

Q_DECLARE_METATYPE(wb::TrafficEvent)
