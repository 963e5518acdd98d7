#pragma once

#include "document/nodespec.h"
#include "runtime/traffic.h"

#include <QHash>
#include <QList>
#include <QString>
#include <deque>
#include <optional>
#include <vector>

namespace wb {

// Every event of a run, bounded: the store behind the logic analyzer and the recording files
// (docs/recording.md). Events are kept per stream (one direction of one wire end) in packed
// 24-byte records, the digital signals (clock ticks in flight, pin bits, LED and buzzer states)
// as edge times derived from them, and the numeric ones (a queue's fill) as a record per change.
// Once `cap` events are held, each new event drops the oldest one and the drop is counted, so that
// the plot can mark the lost span. Not a QObject: the Recorder feeds it from a MeshRuntime, the
// file readers from a saved recording.
class Recording final
{
public:
    static constexpr qsizetype kDefaultCap = 10'000'000;
    static constexpr int kMaxStreams = 65535;
    static constexpr int kMaxTexts = 1 << 16;

    // The traffic types in TrafficEvent::Type's order (append() converts by number), then
    // Level. Held to Duplicated are the delivery gate's decisions (isGate()).
    enum class EventType : quint8 {
        Sent,
        AckReceived,
        Failed,
        Received,
        AckSent,
        Held,
        Released,
        Delayed,
        Dropped,
        Duplicated,
        Level,
    };
    static constexpr bool isGate(EventType type)
    {
        return type >= EventType::Held && type <= EventType::Duplicated;
    }

    // One event, packed. `value` is the text's number (kInteger) or its index in the text pool:
    // the message, ack or error, or for a gate event the rule that decided. `rtt` is the round
    // trip, or a Delayed event's delay. `attempt` saturates at 255; `wire` indexes the stream's
    // `wires` (0: no wire known). A numeric level (kNumeric) keeps its value in `value` and its
    // range (a queue's capacity) in `messageId`: a level has no message (rangeOf()).
    struct Record
    {
        qint64 timeNs = 0;
        quint32 value = 0;
        quint32 messageId = 0;
        quint32 rtt = 0; // see encodeRtt()
        EventType type = EventType::Sent;
        quint8 flags = 0;
        quint8 attempt = 1;
        quint8 wire = 0;
    };
    // kAck: a gate event about the ack. kDuplicate: a Received copy seen before, or an extra
    // AckReceived (expected, not an answer). kNumeric: a Level that is a number, not high/low.
    enum RecordFlag : quint8 {
        kEdge = 1,
        kInteger = 2,
        kWasSent = 4,
        kHigh = 8,
        kAck = 16,
        kDuplicate = 32,
        kNumeric = 64,
    };
    static quint32 rangeOf(const Record &record) { return record.messageId; }
    // A stream names at most this many wires; the events of any further ones name none.
    static constexpr int kMaxStreamWires = 255;

    struct Node
    {
        NodeId id = 0;
        QString name;
        NodeKind kind = NodeKind::External;
    };

    // One direction of one wire end: what a node sent to a peer on a channel (outgoing) or
    // received on a channel (incoming), or the levels a saved file gives for a node (Level),
    // or a node's numeric levels (numeric >= 0: only Level records, one per change).
    struct Stream
    {
        NodeId node = 0;
        bool outgoing = false;
        bool levels = false;
        NodeId peer = 0;
        QString peerAddress;
        QString channel;
        int digital = -1; // the digital signal its events move, if any
        int numeric = -1; // the numeric signal whose changes it holds, if any
        std::deque<Record> records;
        // The wires its records name (Record::wire), [0] = 0. An incoming stream gathers every
        // wire into its node on its channel, so a record cannot assume one.
        std::vector<WireId> wires { 0 };
        WireId wireOf(const Record &record) const
        {
            return record.wire < wires.size() ? wires[record.wire] : 0;
        }
    };

    // A binary signal stored as alternating edges: edge k has value frontValue ^ (k & 1).
    // Before the first edge the level is `before` from `knownFromNs` on (after a drop), or
    // unknown.
    struct Digital
    {
        NodeId node = 0;
        std::deque<qint64> edges;
        bool frontValue = false;
        std::optional<bool> before;
        qint64 knownFromNs = 0;
        int inFlight = 0; // a clock: ticks sent and not answered yet
        // The level after the newest edge (before the first: `before`).
        std::optional<bool> lastValue() const
        {
            if (edges.empty())
                return before;
            return frontValue != (((edges.size() - 1) & 1) != 0);
        }
        bool valueAt(std::size_t edge) const { return frontValue != ((edge & 1) != 0); }
    };

    // A numeric signal (a queue's fill, 0 … its capacity), one per node: its changes are the
    // records of its own stream (no edge list: a change costs a record and an order entry).
    // Before the first held change the value is `before` from `knownFromNs` on (after a drop),
    // or unknown.
    struct Numeric
    {
        NodeId node = 0;
        int stream = -1;
        quint32 range = 0; // the highest range (or value) it has had: the plot's full scale
        std::optional<quint32> before;
        quint32 beforeRange = 0;
        qint64 knownFromNs = 0;
        // The lowest and highest value of each block of kBlock changes, counted from the first
        // change ever (`dropped` of them are gone), so that a plot zoomed out finds a column's
        // extremes without looking at every change (numericMinMax()).
        std::deque<std::pair<quint32, quint32>> blocks;
        quint64 firstBlock = 0;
        quint64 dropped = 0;
    };
    static constexpr int kBlock = 64;
    // A numeric level and its range at one moment.
    struct Value
    {
        quint32 value = 0;
        quint32 range = 0;
        bool operator==(const Value &) const = default;
    };

    explicit Recording(qsizetype cap = kDefaultCap);

    qsizetype cap() const { return m_cap; }
    void setCap(qsizetype cap); // a smaller cap drops the oldest events at once
    qsizetype size() const { return qsizetype(m_order.size()); }
    bool isEmpty() const { return m_order.empty(); }
    quint64 droppedCount() const { return m_dropped; }
    qint64 droppedUntilNs() const { return m_droppedUntilNs; } // newest dropped event's time
    // Time zero of the recording (the start of the run); the first event's time by default.
    qint64 startNs() const { return m_startNs.value_or(m_firstNs.value_or(0)); }
    void setStartNs(qint64 ns) { m_startNs = ns; }
    qint64 lastNs() const { return m_lastNs; } // the newest event's time
    // Until when the signals are known: the end of the run, at least the newest event.
    qint64 endNs() const { return std::max(m_endNs, m_lastNs); }
    void setEndNs(qint64 ns) { m_endNs = ns; }
    // A saved recording that had dropped events says so again.
    void noteDropped(quint64 count, qint64 untilNs);
    // ... and the level each signal had when its older edges were dropped.
    void setLevelBefore(NodeId node, bool high, qint64 fromNs);
    void setNumericBefore(NodeId node, Value value, qint64 fromNs);
    void clear();
    // Counts the clears: views that cache stream and signal indices check it.
    quint64 generation() const { return m_generation; }

    // Nodes are named before their events arrive; renaming keeps their streams.
    void setNode(NodeId id, const QString &name, NodeKind kind);
    const QList<Node> &nodes() const { return m_nodes; }
    const Node *node(NodeId id) const;
    QString nodeName(NodeId id) const;

    // A gate event belongs to the sender's stream or the receiver's: `atSender` says which
    // (a file does), or it is told from the events so far (see gateAtSender()).
    void append(const TrafficEvent &event, std::optional<bool> atSender = std::nullopt);
    // A level given directly (a VCD file): its own stream per node, one event per change.
    void appendLevel(NodeId node, qint64 timeNs, bool high);
    // A numeric level (a queue's fill out of its capacity): its own stream per node; a value
    // and range equal to the last ones add nothing.
    void appendNumeric(NodeId node, qint64 timeNs, Value value);

    int streamCount() const { return int(m_streams.size()); }
    const Stream &stream(int index) const { return m_streams.at(index); }
    int digitalCount() const { return int(m_digitals.size()); }
    const Digital &digital(int index) const { return m_digitals.at(index); }
    int digitalOf(NodeId node) const { return m_digitalByNode.value(node, -1); }
    int numericCount() const { return int(m_numerics.size()); }
    const Numeric &numeric(int index) const { return m_numerics.at(index); }
    int numericOf(NodeId node) const { return m_numericByNode.value(node, -1); }
    // A numeric signal's value at `timeNs` (a change at `timeNs` has happened), by binary
    // search; nullopt before anything is known.
    std::optional<Value> numericAt(int numeric, qint64 timeNs) const;
    // The lowest and highest value of the numeric signal's changes [from, to) (indices into its
    // stream's records, from < to): O(kBlock + (to - from) / kBlock).
    std::pair<quint32, quint32> numericMinMax(int numeric, qsizetype from, qsizetype to) const;
    // The value and range of a numeric level record.
    static Value valueOf(const Record &record) { return { record.value, rangeOf(record) }; }
    // The peer's node name when it is known, else its address.
    QString peerName(const Stream &stream) const;

    // Every held event, oldest first: f(stream index, record index).
    template<class F> void forEachEvent(F f) const
    {
        std::vector<std::size_t> next(m_streams.size(), 0);
        for (const quint16 s : m_order)
            f(int(s), qsizetype(next[s]++));
    }

    QString text(const Record &record) const;
    static qint64 rttNs(const Record &record);
    // Whether the record at `index` opens a message: a first Sent (not a retry) or a first
    // Received (not a copy seen before).
    bool isQuestion(int stream, qsizetype index) const;
    // The answer (ack, failure, or ack sent) to the message at `index`, or -1. Gate events,
    // retries, copies and extra acks are never answers.
    qsizetype answerOf(int stream, qsizetype index) const;
    // A question without an answer that the gate dropped (the message, or at a receiver its
    // ack): that Dropped event, or -1.
    qsizetype lossOf(int stream, qsizetype index) const;
    // The search window of answerOf() and lossOf(), in records after the question.
    static constexpr int kAnswerSearch = 256;
    // First record of the stream at or after `timeNs`.
    qsizetype lowerBound(int stream, qint64 timeNs) const;

    // Memory held per event, as laid out (record, order entry, edge when it makes one, a
    // numeric level's share of its block).
    static constexpr int kRecordBytes = int(sizeof(Record));
    static constexpr int kOrderBytes = int(sizeof(quint16));
    static constexpr int kEdgeBytes = int(sizeof(qint64));
    qint64 approximateBytes() const;

    static quint32 encodeRtt(qint64 rttNs);
    static constexpr quint32 kNoRtt = 0xFFFFFFFFu; // a record without a round trip

private:
    // What tells streams apart (no text formatting on the way of every event).
    struct StreamKey
    {
        enum class Kind : quint8 { Outgoing, Incoming, Levels, Numeric };
        Kind kind = Kind::Outgoing;
        NodeId node = 0;
        NodeId peer = 0;
        QString peerAddress; // outgoing to a node outside the circuit
        QString channel;
        bool operator==(const StreamKey &) const = default;
        friend size_t qHash(const StreamKey &key, size_t seed = 0)
        {
            return qHashMulti(
                seed, int(key.kind), key.node, key.peer, key.peerAddress, key.channel);
        }
    };

    int streamFor(const TrafficEvent &event, std::optional<bool> atSender);
    bool gateAtSender(const TrafficEvent &event) const;
    quint8 wireIndex(Stream &stream, WireId wire);
    int addStream(const StreamKey &key, Stream stream);
    int digitalFor(NodeId node);
    int numericFor(NodeId node);
    quint32 intern(const QString &text, quint8 *flags);
    void push(int stream, Record record);
    void dropOldest();
    bool edge(Digital &digital, qint64 timeNs, bool value);
    std::optional<bool> levelAfter(const Stream &stream, int digital, const Record &record);

    qsizetype m_cap;
    QList<Node> m_nodes;
    QHash<NodeId, int> m_nodeIndex;
    std::deque<Stream> m_streams;
    QHash<StreamKey, int> m_streamIndex;
    std::deque<Digital> m_digitals;
    QHash<NodeId, int> m_digitalByNode;
    std::deque<Numeric> m_numerics;
    QHash<NodeId, int> m_numericByNode;
    std::deque<quint16> m_order; // stream of every held event, oldest first
    QStringList m_texts;
    QHash<QString, quint32> m_textIds;
    quint64 m_dropped = 0;
    qint64 m_droppedUntilNs = 0;
    std::optional<qint64> m_startNs;
    std::optional<qint64> m_firstNs;
    qint64 m_lastNs = 0;
    qint64 m_endNs = 0;
    quint64 m_generation = 0;
};

// Millions of events: the record must stay as small as docs/recording.md says.
static_assert(sizeof(Recording::Record) == 24);

} // namespace wb
