#pragma once

#include "chart/sequencemodel.h"
#include "document/nodespec.h"
#include "recording/recording.h"

#include <QHash>
#include <limits>
#include <optional>
#include <vector>

namespace wb {

// What a recording says about one moment of its run (docs/recording.md, "Replay"): each node's
// state, the messages and acks on their way, the last events before it. Every question is
// answered by binary search over the recording's edges and records and the sequence model's
// time index, never by a scan of the run: a slider dragged over a million events stays smooth.
// Times are the recording's (ns, like Record::timeNs). Not a QObject; read-only over the
// recording, which must outlive it.
class ReplayState final
{
public:
    // One node at a moment.
    struct NodeState
    {
        NodeId node = 0; // the recording's id
        QString name;
        NodeKind kind = NodeKind::External;
        // Its digital signal: an LED on, a buzzer buzzing, a clock's tick waiting for its
        // answer, an iopin's last bit sent; nullopt where the recording does not know.
        std::optional<bool> level;
        // A clock: the number of the last tick it sent by then; -1 before its first.
        qint64 tick = -1;
        bool operator==(const NodeState &) const = default;
    };

    // A message or its ack on its way: it travels from its passage's sender (progress 0) to its
    // receiver (1); an ack from the message's receiver back to its sender.
    struct Token
    {
        qint64 index = 0; // the message in sequence()
        quint32 messageId = 0;
        bool ack = false;
        NodeId sender = 0; // of the message (0: an address outside the recording)
        NodeId receiver = 0;
        qreal progress = 0;
        bool dropped = false; // the gate dropped it: it stands at half-way, marked
        bool operator==(const Token &) const = default;
    };

    // One recorded event: Recording::stream(stream).records[index].
    struct Event
    {
        qint64 timeNs = 0;
        int stream = 0;
        qsizetype index = 0;
        bool operator==(const Event &) const = default;
    };

    explicit ReplayState(const Recording *recording);
    ReplayState(const ReplayState &) = delete;
    ReplayState &operator=(const ReplayState &) = delete;

    const Recording *recording() const { return m_recording; }
    const SequenceModel &sequence() const { return m_sequence; }
    // Reads what the recording gained since (a live capture grows).
    void update();

    // The span a replay moves over.
    qint64 startNs() const;
    qint64 endNs() const;

    // The level of a signal at `timeNs`: an edge at `timeNs` has happened.
    static std::optional<bool> levelAt(const Recording::Digital &digital, qint64 timeNs);
    std::optional<bool> levelAt(NodeId node, qint64 timeNs) const;
    // A clock's last tick sent at or before `timeNs`, -1 if none.
    qint64 tickAt(NodeId node, qint64 timeNs) const;
    NodeState nodeAt(NodeId node, qint64 timeNs) const;
    // Every node of the recording, in its order.
    QList<NodeState> nodesAt(qint64 timeNs) const;

    // What is on its way at `timeNs`, in the sequence model's order. A passage shorter than
    // `minVisibleNs` is drawn as if it took that long (a person sees a 50 µs hop only if it
    // lasts a while), and a dropped one stands marked for that long after its drop. At most
    // `limit` of them, the oldest first (a flat-out run has thousands in flight).
    std::vector<Token> inFlightAt(qint64 timeNs, qint64 minVisibleNs = 0,
        std::size_t limit = std::numeric_limits<std::size_t>::max()) const;
    // The last `count` events at or before `timeNs`, oldest first.
    std::vector<Event> eventsBefore(qint64 timeNs, int count) const;

    // Where a passage from `fromNs` to `toNs` is at `timeNs`, if on its way; a passage of
    // less than `minVisibleNs` is stretched to that. Pure, for the view and the tests.
    static std::optional<qreal> progress(
        qint64 fromNs, qint64 toNs, qint64 timeNs, qint64 minVisibleNs = 0);

private:
    void indexStreams();
    void addPassage(std::vector<Token> *tokens, qint64 index, bool ack, qint64 fromNs, qint64 toNs,
        bool dropped, qint64 timeNs, qint64 minVisibleNs) const;

    const Recording *m_recording;
    SequenceModel m_sequence;
    int m_indexedStreams = 0;
    quint64 m_generation = 0;
    QHash<NodeId, std::vector<int>> m_outgoing; // a node's outgoing streams (a clock's ticks)
};

} // namespace wb
