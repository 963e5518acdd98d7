#pragma once

#include "document/nodespec.h"

#include <QList>
#include <QString>
#include <deque>
#include <limits>
#include <memory>
#include <vector>

namespace wb {

class Recording;

// One arrow of the message sequence chart: one transmission of a message (a retry is another,
// a copy the gate delivered twice is another), with its ack. Packed: a million of them are held
// (docs/chart.md). Times are the recording's (ns); kNoTime where a step has not happened.
struct ChartMessage
{
    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

    enum Flag : quint16 {
        kReceived = 1, // arrived at the receiver (arrivedNs)
        kDropped = 2, // the gate dropped it: arrivedNs is the drop, drawn as a ✕ half-way
        kFailed = 4, // the sender gave up: arrivedNs is the failure (unless it was received)
        kHeld = 8, // held at the gate right now (paused): drawn live, waiting
        kDelayed = 16, // the gate delayed it
        kCopy = 32, // a second delivery of one send (the gate duplicated it)
        kRetry = 64, // attempt 2 and up of the same message id
        kEstimated = 128, // the receiver is not recorded: its times are half the round trip
        kAckSent = 256, // the receiver answered (ackSentNs)
        kAckReceived = 512, // the answer came back (ackEndNs)
        kAckDropped = 1024, // the gate dropped the answer: ackEndNs is the drop
        kAckHeld = 2048, // the answer is held at the gate right now
        kSendUnknown = 4096, // seen at the receiver only: the sender is not recorded
    };
    // Text flags: which of the two texts is a number stored in place (Recording::kInteger).
    enum TextFlag : quint8 { kTextNumber = 1, kAckTextNumber = 2 };

    qint64 sentNs = 0;
    qint64 arrivedNs = kNoTime; // received, dropped or failed (see flags)
    qint64 ackSentNs = kNoTime;
    qint64 ackEndNs = kNoTime; // ack received or dropped
    quint32 messageId = 0;
    quint32 text = 0; // the recording's text value (Recording::text())
    quint32 ackText = 0;
    quint16 sender = 0; // participant index
    quint16 receiver = 0;
    quint16 flags = 0;
    quint8 textFlags = 0;
    quint8 attempt = 1;

    bool has(Flag flag) const { return (flags & flag) != 0; }
    // Neither arrived, dropped nor failed: in flight or held (drawn to now).
    bool isOpen() const { return !(flags & (kReceived | kDropped | kFailed)); }
    bool ackIsOpen() const { return (flags & kAckSent) && !(flags & (kAckReceived | kAckDropped)); }
    // From the send to the receipt; -1 if it was not received.
    qint64 latencyNs() const { return (flags & kReceived) ? arrivedNs - sentNs : -1; }
    // From the send to the ack's return; -1 if none came back.
    qint64 roundTripNs() const { return (flags & kAckReceived) ? ackEndNs - sentNs : -1; }
};

// The messages of a recording as a sequence chart: who sent what to whom and when
// (docs/chart.md). Built from a Recording's events and kept up to date as the recording grows:
// update() reads only the events appended since the last call, merged across streams in time
// order, and pairs both ends of each message by its run-wide id. Messages are indexed by time
// (blocks of kBlockSize in arrival order with their time span and lane pairs) so that a view
// asks for the messages of a time range, or a whole block at once, without visiting the rest.
// Memory is bounded as the recording's is: once the recording's cap dropped the sends of the
// oldest messages, the model forgets them too (whole chunks of kChunk), so the indices held are
// [firstIndex(), size()); an index keeps naming its message while it is held.
// Not a QObject: a view calls update() on its refresh timer.
class SequenceModel final
{
public:
    static constexpr qint64 kNoTime = ChartMessage::kNoTime;
    static constexpr int kBlockSize = 64;
    // Lifelines a message can name (16 bits); beyond, ever new addresses share one named "…".
    static constexpr int kMaxParticipants = 65535;
    // Idle spans shorter than this are not kept as gaps (TimeAxis compresses longer ones).
    static constexpr qint64 kMinIdleGapNs = 1'000'000;

    // A lifeline: a node of the recording, or an address outside it (node 0).
    struct Participant
    {
        NodeId node = 0;
        QString name;
        NodeKind kind = NodeKind::External;
    };
    // A time with no event of any message, [fromNs, toNs], at least kMinIdleGapNs long.
    struct Gap
    {
        qint64 fromNs = 0;
        qint64 toNs = 0;
        bool operator==(const Gap &) const = default;
    };
    // How an arrow ends (chartgeometry::Arrow::End has the same values).
    enum class End : quint8 { Arrived, Dropped, Waiting };
    // Arrows of one kind, end and pair of participants in a block: a view that sees a whole
    // block inside one pixel row draws these instead of visiting its messages.
    struct PairCount
    {
        quint16 sender = 0; // of the arrow: the receiver of the message for an ack
        quint16 receiver = 0;
        End end = End::Arrived;
        quint16 flags = 0; // the union of their ChartMessage flags
        quint32 count = 0;
        qint64 first = -1; // the index of the first of them
    };
    // kBlockSize messages in arrival order: the span of all their drawn times (maxNs is
    // kOpenEnd while one is open), and which participants they connect (summed while closed).
    static constexpr qint64 kOpenEnd = std::numeric_limits<qint64>::max();
    struct Block
    {
        qint64 minNs = std::numeric_limits<qint64>::max();
        qint64 maxNs = std::numeric_limits<qint64>::min();
        std::vector<PairCount> messages;
        std::vector<PairCount> acks;
    };

    explicit SequenceModel(const Recording *recording = nullptr);
    ~SequenceModel();
    SequenceModel(const SequenceModel &) = delete;
    SequenceModel &operator=(const SequenceModel &) = delete;

    void setRecording(const Recording *recording); // starts over
    const Recording *recording() const { return m_recording; }
    // Reads the events appended since the last call (everything after the recording was
    // cleared); returns whether anything changed.
    bool update();
    // Counts resets: views that cache message indices check it.
    quint64 generation() const { return m_generation; }

    // One past the newest message's index.
    qint64 size() const { return m_size; }
    // The oldest message held (older ones were forgotten with the recording's dropped events).
    qint64 firstIndex() const { return m_first; }
    qint64 heldCount() const { return m_size - m_first; }
    bool holds(qint64 index) const { return index >= m_first && index < m_size; }
    const ChartMessage &message(qint64 index) const
    {
        return m_chunks[std::size_t((index - m_first) >> kChunkBits)]
                       [std::size_t(index & (kChunk - 1))];
    }
    QString text(const ChartMessage &message) const;
    QString ackText(const ChartMessage &message) const;
    // The message sent or ended nearest to `ns` by or to a participant (-1: any), or -1: what a
    // line of a node's log or a cursor on the logic analyzer selects in the chart.
    qint64 nearest(qint64 ns, int participant = -1) const;
    // Every arrow of one message id (its retries and copies), in arrival order.
    std::vector<qint64> indicesOf(quint32 messageId) const;

    const QList<Participant> &participants() const { return m_participants; }
    int participantOf(NodeId node) const; // -1 if the recording has no such node
    // The lane of each participant: the nodes of `order` first, in its order, then (with
    // `others`) every other participant in the order they appeared; -1: no lane (hidden).
    std::vector<int> lanes(const QList<NodeId> &order, bool others = true) const;
    // How many lanes lanes() gives.
    static int laneCount(const std::vector<int> &lanes);

    // The newest time known (the recording's end): open messages are drawn up to it.
    qint64 nowNs() const;
    qint64 firstNs() const; // the oldest message's send, or the recording's start
    // Where an arrow ends on the time axis: its arrival, drop or failure, now while open.
    qint64 endNs(const ChartMessage &message) const;
    qint64 ackEndNs(const ChartMessage &message) const; // kNoTime without an ack
    End endOf(const ChartMessage &message) const;
    End ackEndOf(const ChartMessage &message) const;
    // The last time any part of the message is drawn at.
    qint64 lastNs(const ChartMessage &message) const;

    // Block b holds the messages [firstIndex() + b * kBlockSize, + kBlockSize).
    const std::deque<Block> &blocks() const { return m_blocks; }
    // The same summaries for spans of kSpanBlocks blocks: span s holds blocks
    // [s * kSpanBlocks, (s + 1) * kSpanBlocks). A view of the whole recording looks at these.
    static constexpr int kSpanBlocks = 16;
    const std::deque<Block> &spans() const { return m_spans; }
    // Calls f(index) for every message whose drawn span [sentNs, lastNs()] meets
    // [fromNs, toNs], in arrival order.
    template<class F> void forEachIn(qint64 fromNs, qint64 toNs, F f) const
    {
        const auto outside = [&](const Block &block) {
            return block.minNs > toNs || block.maxNs < fromNs;
        };
        for (std::size_t b = 0; b < m_blocks.size(); ++b) {
            if (b % kSpanBlocks == 0 && outside(m_spans[b / kSpanBlocks])) {
                b += kSpanBlocks - 1;
                continue;
            }
            if (outside(m_blocks[b]))
                continue;
            const qint64 end = std::min<qint64>(size(), m_first + qint64(b + 1) * kBlockSize);
            for (qint64 i = m_first + qint64(b) * kBlockSize; i < end; ++i) {
                const ChartMessage &m = message(i);
                if (m.sentNs <= toNs && lastNs(m) >= fromNs)
                    f(i);
            }
        }
    }

    // Idle spans between events, oldest first (TimeAxis compresses those above its threshold).
    const std::vector<Gap> &gaps() const { return m_gaps; }

    // Memory held per message, as laid out (docs/chart.md).
    qint64 approximateBytes() const;

private:
    struct Impl;
    void reset();
    // Forgets the oldest whole chunks whose messages were all sent before `ns`.
    void forgetBefore(qint64 ns);

    const Recording *m_recording = nullptr;
    quint64 m_generation = 0;
    ChartMessage &change(qint64 index)
    {
        return m_chunks[std::size_t((index - m_first) >> kChunkBits)]
                       [std::size_t(index & (kChunk - 1))];
    }
    // Messages in chunks of kChunk: no copy as they grow, an index is two shifts.
    static constexpr int kChunkBits = 12;
    static constexpr qint64 kChunk = qint64(1) << kChunkBits;
    std::vector<std::unique_ptr<ChartMessage[]>> m_chunks;
    qint64 m_size = 0;
    qint64 m_first = 0; // a multiple of kChunk
    std::deque<Block> m_blocks;
    std::deque<Block> m_spans;
    QList<Participant> m_participants;
    std::vector<Gap> m_gaps;
    std::unique_ptr<Impl> m_impl; // the reading state: stream positions, open messages by id
};

// Millions of messages: keep the record as small as docs/chart.md says.
static_assert(sizeof(ChartMessage) == 56);

} // namespace wb
