#include "tokenmodel.h"

#include "runtime/traffic.h"

#include <algorithm>
#include <tuple>

namespace wb {

qreal TokenModel::progress(qint64 sinceNs, qint64 dueNs, qint64 nowNs)
{
    if (dueNs <= sinceNs)
        return 1.0;
    return std::clamp(qreal(nowNs - sinceNs) / qreal(dueNs - sinceNs), 0.0, 1.0);
}

QList<TokenModel::Shown> TokenModel::coalesce(QList<Shown> tokens, qreal span, int maxBursts)
{
    const auto group = [](const Shown &t) {
        return std::tuple(t.wire, t.ack, int(t.state));
    };
    std::stable_sort(tokens.begin(), tokens.end(), [&](const Shown &a, const Shown &b) {
        if (group(a) != group(b))
            return group(a) < group(b);
        return a.progress > b.progress;
    });
    QList<Shown> bursts;
    int inGroup = 0; // bursts of the last one's group so far
    for (const Shown &token : std::as_const(tokens)) {
        const bool same = !bursts.isEmpty() && group(bursts.last()) == group(token);
        if (same && (bursts.last().progress - token.progress <= span || inGroup >= maxBursts)) {
            Shown &burst = bursts.last();
            burst.count += token.count;
            if (token.ticket != 0 && (burst.ticket == 0 || token.ticket < burst.ticket)) {
                burst.ticket = token.ticket;
                burst.messageId = token.messageId;
            }
            continue;
        }
        inGroup = same ? inGroup + 1 : 1;
        bursts << token;
    }
    return bursts;
}

TokenModel::Token &TokenModel::start(quint64 messageId, bool ack, WireId wire, qint64 wallMs)
{
    auto it = m_tokens.find(key(messageId, ack));
    if (it == m_tokens.end()) {
        Token token;
        token.wire = wire;
        token.ack = ack;
        token.messageId = messageId;
        token.startWallMs = wallMs;
        it = m_tokens.insert(key(messageId, ack), token);
    } else if (it->endWallMs >= 0) {
        // On its way again: a retry, or a second copy the gate holds.
        it->startWallMs = wallMs;
        it->endWallMs = -1;
        it->dropped = false;
        it->progress = 0;
    }
    it->seenWallMs = wallMs;
    return *it;
}

void TokenModel::finish(quint64 messageId, bool ack, WireId wire, qint64 wallMs, bool dropped)
{
    auto it = m_tokens.find(key(messageId, ack));
    if (it == m_tokens.end()) {
        // Seen only as it arrived (from a sender outside this process): shown all the same.
        start(messageId, ack, wire, wallMs);
        it = m_tokens.find(key(messageId, ack));
    } else if (it->endWallMs >= 0) {
        return; // a second copy arriving, or an extra ack
    }
    it->endWallMs = wallMs;
    it->seenWallMs = wallMs;
    it->dropped = dropped;
    // Lost on its way, not held anywhere: its ✕ is half-way, not on the port it left.
    if (dropped && !it->gated)
        it->progress = std::max(it->progress, 0.5);
}

void TokenModel::apply(const TrafficEvent &event, WireId wire, qint64 wallMs)
{
    if (wire == 0 || event.messageId == 0)
        return;
    const quint64 id = event.messageId;
    switch (event.type) {
    case TrafficEvent::Type::Sent:
        start(id, false, wire, wallMs);
        break;
    case TrafficEvent::Type::AckSent:
        start(id, true, wire, wallMs);
        break;
    case TrafficEvent::Type::Held:
    case TrafficEvent::Type::Delayed:
    case TrafficEvent::Type::Released:
    case TrafficEvent::Type::Duplicated:
        start(id, event.ack, wire, wallMs);
        break;
    case TrafficEvent::Type::Received:
        finish(id, false, wire, wallMs, false);
        break;
    case TrafficEvent::Type::AckReceived:
        if (!event.duplicate) // an extra ack answers nothing on the wire
            finish(id, true, wire, wallMs, false);
        break;
    case TrafficEvent::Type::Dropped:
        finish(id, event.ack, wire, wallMs, true);
        break;
    case TrafficEvent::Type::Failed:
        // Lost on the way (no ack came): what is still shown of it ends in a ✕.
        if (const auto it = m_tokens.constFind(key(id, false));
            it != m_tokens.cend() && it->endWallMs < 0) {
            finish(id, false, wire, wallMs, true);
        }
        break;
    }
}

void TokenModel::setGate(const QList<Gate> &gate, qint64 wallMs)
{
    for (Token &token : m_tokens)
        token.gated = false;
    for (const Gate &g : gate) {
        if (g.wire == 0 || g.messageId == 0)
            continue;
        Token &token = start(g.messageId, g.ack, g.wire, wallMs);
        if (!token.gated) { // the oldest ticket of a passage held twice (two copies)
            token.gated = true;
            token.gate = g;
        }
    }
}

bool TokenModel::advance(Token &token, qint64 wallMs, qint64 runNs)
{
    if (token.endWallMs >= 0) {
        if (token.dropped)
            return wallMs < token.endWallMs + kDroppedVisibleMs;
        if (wallMs >= std::max(token.endWallMs, token.startWallMs + kMinVisibleMs))
            return false;
    } else if (token.gated) {
        const Gate &g = token.gate;
        const qreal p = g.dueRunNs > 0 ? progress(g.sinceRunNs, g.dueRunNs, runNs)
            : g.atReceiver             ? kHeldAtReceiver
                                       : kHeldAtSender;
        token.progress = std::max(token.progress, p);
        token.seenWallMs = wallMs;
        return true;
    } else if (wallMs - token.seenWallMs > kStaleMs) {
        return false;
    }
    const qreal shown = std::min(1.0, qreal(wallMs - token.startWallMs) / kMinVisibleMs);
    token.progress = std::max(token.progress, shown);
    return true;
}

QList<TokenModel::Shown> TokenModel::frame(qint64 wallMs, qint64 runNs, bool paused)
{
    QList<Shown> shown;
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        Token &token = *it;
        if (!advance(token, wallMs, runNs)) {
            it = m_tokens.erase(it);
            continue;
        }
        Shown s;
        s.wire = token.wire;
        s.ack = token.ack;
        s.progress = token.progress;
        s.messageId = token.messageId;
        if (token.endWallMs >= 0) {
            s.state = token.dropped ? State::Dropped : State::Moving;
        } else if (token.gated) {
            s.ticket = token.gate.ticket;
            s.state = !token.gate.delayed || paused ? State::Held : State::Moving;
        }
        shown << s;
        ++it;
    }
    return coalesce(shown);
}

} // namespace wb
