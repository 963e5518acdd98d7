#pragma once

#include "document/wire.h"

#include <QHash>
#include <QString>
#include <deque>
#include <optional>

namespace wb {

// What went over each connection between two nodes of this process, frame by frame, so that
// both ends name a message alike: the receiver's Received/AckSent carry the sender's message
// id, and an ack is paired with the frame it answers even when frames were duplicated, retried
// or their acks dropped. The seed's wire carries no ids; it does not need to: a connection
// delivers frames in order and an endpoint answers them in order, one at a time.
//
// A connection is named by both its ends, "link address:port>endpoint address:port", as both
// ends see it: the link's port alone is not enough, Linux reuses a local port for connections
// towards different servers.
class FrameLedger
{
public:
    struct Frame
    {
        quint64 messageId = 0;
        WireId wire = 0;
        int from = 0; // NodeId of the sender
        int to = 0;
        int acks = -1; // acks to come for it: -1 not decided yet (one), 0 dropped, 2 duplicated
        bool arrived = false;
    };
    struct Arrival
    {
        Frame frame;
        bool repeat = false; // the same message arrived before (a duplicate or a retry)
    };

    void open(const QString &key) { m_connections.insert(key, {}); }
    void close(const QString &key) { m_connections.remove(key); }
    bool isOpen(const QString &key) const { return m_connections.contains(key); }
    int connectionCount() const { return int(m_connections.size()); }

    // A link wrote `copies` frames of one message.
    void written(const QString &key, const Frame &frame, int copies);
    // A frame from `key` arrived at an endpoint of this process; nullopt when `key` is no
    // link of this process (an external sender) or nothing is owed.
    std::optional<Arrival> arrived(const QString &key);
    // The endpoint decided how many acks the oldest arrived, undecided frame gets.
    void ackDecided(const QString &key, int copies);
    struct Answer
    {
        quint64 messageId = 0; // 0 when the ledger owes no ack on this connection
        bool decided = false; // an endpoint of this process applied the ack's rules already
    };
    // An ack arrived at the link: the message it answers.
    Answer ackArrived(const QString &key);

private:
    struct Connection
    {
        std::deque<Frame> frames;
        quint64 lastArrived = 0;
    };
    QHash<QString, Connection> m_connections;
};

} // namespace wb
