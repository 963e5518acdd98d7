#include "replaystate.h"

#include <algorithm>
#include <limits>

namespace wb {

namespace {

using M = ChartMessage;

// A clock's tick that is not among the last records of its stream before the moment is older
// than anything a replay shows as "the last tick": its Sent is searched this far back.
constexpr qsizetype kTickSearch = 4 * Recording::kAnswerSearch;

// The first record after `timeNs`: the records at or before it are [0, this).
qsizetype endAt(const Recording &recording, int stream, qint64 timeNs)
{
    if (timeNs == std::numeric_limits<qint64>::max())
        return qsizetype(recording.stream(stream).records.size());
    return recording.lowerBound(stream, timeNs + 1);
}

} // namespace

ReplayState::ReplayState(const Recording *recording) : m_recording(recording), m_sequence(recording)
{
    update();
}

void ReplayState::update()
{
    if (m_recording->generation() != m_generation) {
        m_generation = m_recording->generation();
        m_indexedStreams = 0;
        m_outgoing.clear();
    }
    m_sequence.update();
    indexStreams();
}

void ReplayState::indexStreams()
{
    for (; m_indexedStreams < m_recording->streamCount(); ++m_indexedStreams) {
        const Recording::Stream &stream = m_recording->stream(m_indexedStreams);
        if (stream.outgoing)
            m_outgoing[stream.node].push_back(m_indexedStreams);
    }
}

qint64 ReplayState::startNs() const
{
    return m_recording->startNs();
}

qint64 ReplayState::endNs() const
{
    return std::max(m_recording->endNs(), startNs());
}

std::optional<bool> ReplayState::levelAt(const Recording::Digital &digital, qint64 timeNs)
{
    const auto after = std::upper_bound(digital.edges.cbegin(), digital.edges.cend(), timeNs);
    if (after == digital.edges.cbegin()) {
        if (digital.before && timeNs >= digital.knownFromNs)
            return digital.before;
        return std::nullopt;
    }
    return digital.valueAt(std::size_t(after - digital.edges.cbegin()) - 1);
}

std::optional<bool> ReplayState::levelAt(NodeId node, qint64 timeNs) const
{
    const int d = m_recording->digitalOf(node);
    return d < 0 ? std::nullopt : levelAt(m_recording->digital(d), timeNs);
}

qint64 ReplayState::tickAt(NodeId node, qint64 timeNs) const
{
    // The newest first Sent over the clock's streams (one per target) is its last tick.
    qint64 newestNs = std::numeric_limits<qint64>::min();
    qint64 tick = -1;
    const auto it = m_outgoing.constFind(node);
    if (it == m_outgoing.cend())
        return -1;
    for (const int s : *it) {
        const auto &records = m_recording->stream(s).records;
        const qsizetype end = endAt(*m_recording, s, timeNs);
        for (qsizetype i = end - 1; i >= 0 && i >= end - kTickSearch; --i) {
            const Recording::Record &r = records[std::size_t(i)];
            if (r.type != Recording::EventType::Sent || r.attempt > 1)
                continue;
            bool number = false;
            const qint64 value = m_recording->text(r).toLongLong(&number);
            if (number && r.timeNs >= newestNs) {
                newestNs = r.timeNs;
                tick = value;
            }
            break;
        }
    }
    return tick;
}

ReplayState::NodeState ReplayState::nodeAt(NodeId node, qint64 timeNs) const
{
    NodeState state;
    state.node = node;
    if (const Recording::Node *n = m_recording->node(node)) {
        state.name = n->name;
        state.kind = n->kind;
    }
    state.level = levelAt(node, timeNs);
    if (state.kind == NodeKind::Clock)
        state.tick = tickAt(node, timeNs);
    return state;
}

QList<ReplayState::NodeState> ReplayState::nodesAt(qint64 timeNs) const
{
    QList<NodeState> states;
    for (const Recording::Node &n : m_recording->nodes())
        states << nodeAt(n.id, timeNs);
    return states;
}

std::optional<qreal> ReplayState::progress(
    qint64 fromNs, qint64 toNs, qint64 timeNs, qint64 minVisibleNs)
{
    const qint64 span = std::max(toNs - fromNs, minVisibleNs);
    if (timeNs < fromNs || span <= 0 || timeNs - fromNs >= span)
        return std::nullopt;
    return qreal(timeNs - fromNs) / qreal(span);
}

void ReplayState::addPassage(std::vector<Token> *tokens, qint64 index, bool ack, qint64 fromNs,
    qint64 toNs, bool dropped, qint64 timeNs, qint64 minVisibleNs) const
{
    const ChartMessage &m = m_sequence.message(index);
    const auto node = [this](quint16 participant) {
        const auto &all = m_sequence.participants();
        return participant < all.size() ? all.at(participant).node : NodeId(0);
    };
    Token token { index, m.messageId, ack, node(m.sender), node(m.receiver), 0, false };
    if (const auto along = progress(fromNs, toNs, timeNs, dropped ? 0 : minVisibleNs)) {
        // A dropped passage gets half-way, where the chart draws its ✕.
        token.progress = dropped ? *along / 2 : *along;
        tokens->push_back(token);
    } else if (dropped && timeNs >= toNs && timeNs - toNs < std::max<qint64>(minVisibleNs, 1)) {
        token.progress = 0.5;
        token.dropped = true;
        tokens->push_back(token);
    }
}

std::vector<ReplayState::Token> ReplayState::inFlightAt(
    qint64 timeNs, qint64 minVisibleNs, std::size_t limit) const
{
    std::vector<Token> tokens;
    const qint64 from = timeNs - std::max<qint64>(minVisibleNs, 0);
    m_sequence.forEachIn(from, timeNs, [&](qint64 i) {
        if (tokens.size() >= limit)
            return;
        const ChartMessage &m = m_sequence.message(i);
        if (!m.has(M::kSendUnknown)) {
            addPassage(&tokens, i, false, m.sentNs, m_sequence.endNs(m), m.has(M::kDropped), timeNs,
                minVisibleNs);
        }
        if (m.has(M::kAckSent)) {
            addPassage(&tokens, i, true, m.ackSentNs, m_sequence.ackEndNs(m), m.has(M::kAckDropped),
                timeNs, minVisibleNs);
        }
    });
    if (tokens.size() > limit)
        tokens.resize(limit);
    return tokens;
}

std::vector<ReplayState::Event> ReplayState::eventsBefore(qint64 timeNs, int count) const
{
    // The last `count` of each stream, merged: no more than count × streams are looked at.
    std::vector<Event> events;
    if (count <= 0)
        return events;
    for (int s = 0; s < m_recording->streamCount(); ++s) {
        const auto &records = m_recording->stream(s).records;
        const qsizetype end = endAt(*m_recording, s, timeNs);
        for (qsizetype i = std::max<qsizetype>(0, end - count); i < end; ++i)
            events.push_back({ records[std::size_t(i)].timeNs, s, i });
    }
    std::stable_sort(events.begin(), events.end(),
        [](const Event &a, const Event &b) { return a.timeNs < b.timeNs; });
    if (events.size() > std::size_t(count))
        events.erase(events.begin(), events.end() - count);
    return events;
}

} // namespace wb
