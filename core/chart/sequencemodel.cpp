#include "chart/sequencemodel.h"

#include "chart/sequencemodelimpl.h"

#include <algorithm>
#include <queue>

namespace wb {

namespace {

using Type = Recording::EventType;
using Record = Recording::Record;
using M = ChartMessage;

// At one time, an event's causes first: a send before its receipt, a receipt before its ack.
int rank(const Record &record)
{
    switch (record.type) {
    case Type::Sent:
        return 0;
    case Type::Received:
        return 2;
    case Type::AckSent:
        return 3;
    case Type::AckReceived:
    case Type::Failed:
        return 5;
    case Type::Level:
        return 6;
    default:
        return (record.flags & Recording::kAck) ? 4 : 1;
    }
}

} // namespace

void SequenceModel::Impl::summarise(SequenceModel &model, std::size_t b)
{
    // b counts from the first message ever read; the model's blocks from the first held.
    const auto base = std::size_t(model.m_first / kBlockSize);
    if (b < base)
        return;
    Block &block = model.m_blocks[b - base];
    block = Block();
    bool live = false;
    const qint64 end = std::min<qint64>(model.size(), qint64(b + 1) * kBlockSize);
    const auto add = [](std::vector<PairCount> &pairs, quint16 from, quint16 to, End how,
                         quint16 flags, qint64 index) {
        for (PairCount &p : pairs) {
            if (p.sender == from && p.receiver == to && p.end == how) {
                ++p.count;
                p.flags |= flags;
                return;
            }
        }
        pairs.push_back({ from, to, how, flags, 1, index });
    };
    for (qint64 i = qint64(b) * kBlockSize; i < end; ++i) {
        const ChartMessage &m = model.message(i);
        block.minNs = std::min(block.minNs, m.sentNs);
        if (m.isOpen() || m.ackIsOpen()) {
            live = true;
            continue;
        }
        block.maxNs = std::max(block.maxNs, model.lastNs(m));
        add(block.messages, m.sender, m.receiver, model.endOf(m), m.flags, i);
        if (m.has(M::kAckSent))
            add(block.acks, m.receiver, m.sender, model.ackEndOf(m), m.flags, i);
    }
    if (live) {
        block.maxNs = kOpenEnd;
        block.messages.clear();
        block.acks.clear();
    }
}

void SequenceModel::Impl::summariseSpan(SequenceModel &model, std::size_t absolute)
{
    const auto base = std::size_t(model.m_first / (kBlockSize * kSpanBlocks));
    if (absolute < base)
        return;
    const std::size_t s = absolute - base;
    if (s >= model.m_spans.size())
        model.m_spans.resize(s + 1);
    Block &span = model.m_spans[s];
    span = Block();
    const std::size_t end = std::min(model.m_blocks.size(), (s + 1) * kSpanBlocks);
    const auto merge = [](std::vector<PairCount> &into, const PairCount &p) {
        for (PairCount &q : into) {
            if (q.sender == p.sender && q.receiver == p.receiver && q.end == p.end) {
                q.count += p.count;
                q.flags |= p.flags;
                q.first = std::min(q.first, p.first);
                return;
            }
        }
        into.push_back(p);
    };
    for (std::size_t b = s * kSpanBlocks; b < end; ++b) {
        const Block &block = model.m_blocks[b];
        span.minNs = std::min(span.minNs, block.minNs);
        span.maxNs = std::max(span.maxNs, block.maxNs);
        if (block.maxNs == kOpenEnd)
            continue;
        for (const PairCount &p : block.messages)
            merge(span.messages, p);
        for (const PairCount &p : block.acks)
            merge(span.acks, p);
    }
    if (span.maxNs == kOpenEnd) {
        span.messages.clear();
        span.acks.clear();
    }
}

SequenceModel::SequenceModel(const Recording *recording)
    : m_recording(recording), m_impl(std::make_unique<Impl>())
{
    reset();
}

SequenceModel::~SequenceModel() = default;

void SequenceModel::setRecording(const Recording *recording)
{
    m_recording = recording;
    reset();
}

void SequenceModel::reset()
{
    ++m_generation;
    m_chunks.clear();
    m_size = 0;
    m_first = 0;
    m_blocks.clear();
    m_spans.clear();
    m_participants.clear();
    m_gaps.clear();
    *m_impl = Impl();
    if (m_recording)
        m_impl->recordingGeneration = m_recording->generation();
}

bool SequenceModel::update()
{
    if (!m_recording)
        return false;
    Impl &d = *m_impl;
    bool changed = false;
    if (m_recording->generation() != d.recordingGeneration) {
        reset();
        changed = true;
    }
    const qsizetype participants = m_participants.size();
    d.syncNodes(*this);
    changed = changed || participants != m_participants.size();
    d.cursors.resize(std::size_t(m_recording->streamCount()));
    // The cap dropped older events: each stream's cursor is found again by time.
    if (m_recording->droppedCount() != d.dropped) {
        d.dropped = m_recording->droppedCount();
        for (int s = 0; s < m_recording->streamCount(); ++s) {
            Impl::Cursor &c = d.cursors[std::size_t(s)];
            if (c.lastNs != kNoTime)
                c.next = m_recording->lowerBound(s, c.lastNs) + c.atLast;
            c.next = std::min<qsizetype>(c.next, qsizetype(m_recording->stream(s).records.size()));
        }
    }
    // The new events of every stream, merged in time order.
    using Head = std::tuple<qint64, int, int>; // time, rank, stream
    std::priority_queue<Head, std::vector<Head>, std::greater<>> heads;
    const auto push = [&](int s) {
        const auto &records = m_recording->stream(s).records;
        const qsizetype next = d.cursors[std::size_t(s)].next;
        if (next < qsizetype(records.size())) {
            const Record &r = records[std::size_t(next)];
            heads.emplace(r.timeNs, rank(r), s);
        }
    };
    for (int s = 0; s < m_recording->streamCount(); ++s)
        push(s);
    changed = changed || !heads.empty();
    while (!heads.empty()) {
        const int s = std::get<2>(heads.top());
        heads.pop();
        Impl::Cursor &c = d.cursors[std::size_t(s)];
        const Record &r = m_recording->stream(s).records[std::size_t(c.next++)];
        c.atLast = r.timeNs == c.lastNs ? c.atLast + 1 : 1;
        c.lastNs = r.timeNs;
        d.read(*this, s, r);
        push(s);
    }
    d.settleSenders(*this);
    // Iterator algorithms, not std::ranges: clang 14 (the fuzz build) rejects those with
    // libstdc++ 12.
    std::sort(d.dirty.begin(), d.dirty.end());
    d.dirty.erase(std::unique(d.dirty.begin(), d.dirty.end()), d.dirty.end());
    std::size_t lastSpan = std::numeric_limits<std::size_t>::max();
    for (const std::size_t b : d.dirty) {
        d.summarise(*this, b);
        if (b / kSpanBlocks != lastSpan && lastSpan != std::numeric_limits<std::size_t>::max())
            d.summariseSpan(*this, lastSpan);
        lastSpan = b / kSpanBlocks;
    }
    if (lastSpan != std::numeric_limits<std::size_t>::max())
        d.summariseSpan(*this, lastSpan);
    d.dirty.clear();
    if (m_recording->droppedCount() > 0) {
        const qint64 held = heldCount();
        forgetBefore(m_recording->droppedUntilNs());
        changed = changed || held != heldCount();
    }
    return changed;
}

void SequenceModel::forgetBefore(qint64 ns)
{
    // Whole chunks, so that blocks and spans stay aligned; the newest chunk is kept growing.
    qint64 first = m_first;
    while (m_size - first > kChunk) {
        bool old = true;
        for (qint64 i = first; i < first + kChunk && old; ++i)
            old = message(i).sentNs < ns;
        if (!old)
            break;
        first += kChunk;
    }
    if (first == m_first)
        return;
    const qint64 chunks = (first - m_first) / kChunk;
    m_chunks.erase(m_chunks.begin(), m_chunks.begin() + std::ptrdiff_t(chunks));
    const auto blocks = std::min(m_blocks.size(), std::size_t(chunks * kChunk / kBlockSize));
    m_blocks.erase(m_blocks.begin(), m_blocks.begin() + std::ptrdiff_t(blocks));
    const auto spans
        = std::min(m_spans.size(), std::size_t(chunks * kChunk / (kBlockSize * kSpanBlocks)));
    m_spans.erase(m_spans.begin(), m_spans.begin() + std::ptrdiff_t(spans));
    m_first = first;
    // A later event of a forgotten message finds nothing open: it starts a message of its own
    // (its send is unknown), as after the recording's own drops.
    m_impl->open.removeIf([first](const auto &entry) { return entry.value() < first; });
    const qint64 oldest = firstNs();
    const auto kept = std::find_if(
        m_gaps.begin(), m_gaps.end(), [oldest](const Gap &g) { return g.toNs > oldest; });
    m_gaps.erase(m_gaps.begin(), kept);
}

QString SequenceModel::text(const ChartMessage &message) const
{
    if (!m_recording)
        return {};
    Record r;
    r.value = message.text;
    r.flags = (message.textFlags & M::kTextNumber) ? Recording::kInteger : 0;
    return m_recording->text(r);
}

QString SequenceModel::ackText(const ChartMessage &message) const
{
    if (!m_recording || !message.has(M::kAckSent))
        return {};
    Record r;
    r.value = message.ackText;
    r.flags = (message.textFlags & M::kAckTextNumber) ? Recording::kInteger : 0;
    return m_recording->text(r);
}

std::vector<qint64> SequenceModel::indicesOf(quint32 messageId) const
{
    std::vector<qint64> result;
    for (qint64 i = m_first; i < size(); ++i) {
        if (message(i).messageId == messageId)
            result.push_back(i);
    }
    return result;
}

qint64 SequenceModel::nearest(qint64 ns, int participant) const
{
    const auto distance = [ns](qint64 t) {
        return t == kNoTime ? std::numeric_limits<qint64>::max() : std::abs(t - ns);
    };
    // Widening windows: a nearby message costs its blocks only.
    for (qint64 window = 1'000'000;; window *= 16) {
        qint64 best = -1;
        qint64 bestDistance = std::numeric_limits<qint64>::max();
        const qint64 from = ns > std::numeric_limits<qint64>::min() + window ? ns - window : ns;
        const qint64 to = ns < std::numeric_limits<qint64>::max() - window ? ns + window : ns;
        forEachIn(from, to, [&](qint64 i) {
            const ChartMessage &m = message(i);
            if (participant >= 0 && m.sender != participant && m.receiver != participant)
                return;
            const qint64 d
                = std::min(distance(m.sentNs), distance(m.isOpen() ? kNoTime : m.arrivedNs));
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        });
        if (best >= 0 && bestDistance <= window)
            return best;
        if (window > std::numeric_limits<qint64>::max() / 32 || from == ns || to == ns
            || (from <= firstNs() && to >= nowNs()))
            return best;
    }
}

int SequenceModel::participantOf(NodeId node) const
{
    return m_impl->byNode.value(node, -1);
}

std::vector<int> SequenceModel::lanes(const QList<NodeId> &order, bool others) const
{
    std::vector<int> result(std::size_t(m_participants.size()), -1);
    int next = 0;
    for (const NodeId node : order) {
        const int p = participantOf(node);
        if (p >= 0 && result[std::size_t(p)] < 0)
            result[std::size_t(p)] = next++;
    }
    for (int &lane : result) {
        if (others && lane < 0)
            lane = next++;
    }
    return result;
}

int SequenceModel::laneCount(const std::vector<int> &lanes)
{
    int count = 0;
    for (const int lane : lanes)
        count = std::max(count, lane + 1);
    return count;
}

qint64 SequenceModel::nowNs() const
{
    return m_recording ? m_recording->endNs() : 0;
}

qint64 SequenceModel::firstNs() const
{
    if (!m_blocks.empty())
        return m_blocks.front().minNs;
    return m_recording ? m_recording->startNs() : 0;
}

qint64 SequenceModel::endNs(const ChartMessage &message) const
{
    return message.isOpen() ? std::max(nowNs(), message.sentNs) : message.arrivedNs;
}

qint64 SequenceModel::ackEndNs(const ChartMessage &message) const
{
    if (!message.has(M::kAckSent))
        return kNoTime;
    return message.ackIsOpen() ? std::max(nowNs(), message.ackSentNs) : message.ackEndNs;
}

SequenceModel::End SequenceModel::endOf(const ChartMessage &message) const
{
    if (message.isOpen())
        return End::Waiting;
    return message.has(M::kReceived) ? End::Arrived : End::Dropped;
}

SequenceModel::End SequenceModel::ackEndOf(const ChartMessage &message) const
{
    if (message.ackIsOpen())
        return End::Waiting;
    return message.has(M::kAckDropped) ? End::Dropped : End::Arrived;
}

qint64 SequenceModel::lastNs(const ChartMessage &message) const
{
    return std::max(endNs(message), ackEndNs(message));
}

qint64 SequenceModel::approximateBytes() const
{
    qint64 pairs = 0;
    for (const auto *blocks : { &m_blocks, &m_spans }) {
        for (const Block &b : *blocks)
            pairs += qint64(b.messages.capacity() + b.acks.capacity());
    }
    return qint64(m_chunks.size()) * kChunk * qint64(sizeof(ChartMessage))
        + qint64((m_blocks.size() + m_spans.size()) * sizeof(Block))
        + pairs * qint64(sizeof(PairCount)) + qint64(m_gaps.capacity() * sizeof(Gap))
        + qint64(m_impl->open.size()) * 24;
}

} // namespace wb
