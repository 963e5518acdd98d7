#pragma once

#include "document/wire.h"

#include <QHash>
#include <QList>

namespace wb {

struct TrafficEvent;

// The messages and acks in flight as tokens on their wires, from the gate's events and its
// list of held passages; no widgets, so every rule of what is drawn where is testable.
//
// A token travels from its passage's sender (0) to its receiver (1). Where the gate holds it
// for a delay (teaching pace, a fault rule), it is as far along as its delay is in run time, so
// it stands still while the run is paused; where the pause holds it, it waits near the end it
// is held at. A passage that takes no run time (real time) is still shown for kMinVisibleMs of
// wall clock, so that people see it; what comes faster than that on one wire is drawn as one
// token with a count (coalesce()), never as a flicker.
class TokenModel
{
public:
    static constexpr qint64 kMinVisibleMs = 150;
    static constexpr qint64 kDroppedVisibleMs = 600; // a dropped one shows its ✕ this long
    // Not held, not arrived, not heard of for this long: its end is beyond our sight (a
    // stopped node, an outside receiver that never answers).
    static constexpr qint64 kStaleMs = 5000;
    static constexpr qreal kHeldAtSender = 0.2;
    static constexpr qreal kHeldAtReceiver = 0.8;
    static constexpr qreal kBurstSpan = 0.08; // of the wire's length
    // Tokens per wire, direction and state at most: a wire flat out shows a few counts, and a
    // frame of a hundred such wires stays cheap.
    static constexpr int kMaxBursts = 4;

    enum class State { Moving, Held, Dropped };

    // A passage the gate holds or delays (DeliveryController::HeldInfo, on a wire).
    struct Gate
    {
        quint64 ticket = 0;
        quint64 messageId = 0;
        bool ack = false;
        WireId wire = 0;
        bool atReceiver = false; // held at the receiving end rather than before it left
        bool delayed = false;
        qint64 sinceRunNs = 0;
        qint64 dueRunNs = 0; // 0: held by the pause without a delay
    };

    // A token to draw: one passage, or a burst of them (count).
    struct Shown
    {
        WireId wire = 0;
        bool ack = false;
        qreal progress = 0; // 0 at the passage's sender, 1 at its receiver
        State state = State::Moving;
        int count = 1;
        quint64 ticket = 0; // the gate's ticket of its oldest held passage: 0 when none
        quint64 messageId = 0;

        bool operator==(const Shown &) const = default;
    };

    // How far along its delay a passage is: 0 at `sinceNs`, 1 at `dueNs` and later.
    static qreal progress(qint64 sinceNs, qint64 dueNs, qint64 nowNs);
    // Tokens of one wire, direction and state closer than `span` to the one ahead of them
    // (the leader of their burst) become one, counting them all, at the leader's place and
    // with the oldest held ticket among them; beyond `maxBursts`, the rest join the last.
    // Leaders first along each wire.
    static QList<Shown> coalesce(
        QList<Shown> tokens, qreal span = kBurstSpan, int maxBursts = kMaxBursts);

    // `wire`: the event's wire, resolved by the caller (0: not on a wire of the canvas).
    void apply(const TrafficEvent &event, WireId wire, qint64 wallMs);
    // Everything the gate holds now, oldest ticket first.
    void setGate(const QList<Gate> &gate, qint64 wallMs);
    // Forgets what is no longer shown and says what to draw now, coalesced.
    QList<Shown> frame(qint64 wallMs, qint64 runNs, bool paused);
    bool isEmpty() const { return m_tokens.isEmpty(); }
    int size() const { return int(m_tokens.size()); }
    void clear() { m_tokens.clear(); }

private:
    struct Token
    {
        WireId wire = 0;
        bool ack = false;
        quint64 messageId = 0;
        qint64 startWallMs = 0;
        qint64 seenWallMs = 0; // last started, finished or held
        qint64 endWallMs = -1; // arrived or dropped
        bool dropped = false;
        qreal progress = 0; // as last drawn: a token never moves backwards
        bool gated = false;
        Gate gate;
    };

    static quint64 key(quint64 messageId, bool ack) { return messageId << 1 | quint64(ack); }
    Token &start(quint64 messageId, bool ack, WireId wire, qint64 wallMs);
    void finish(quint64 messageId, bool ack, WireId wire, qint64 wallMs, bool dropped);
    // Where `token` is now; false when it is no longer shown.
    bool advance(Token &token, qint64 wallMs, qint64 runNs);

    QHash<quint64, Token> m_tokens;
};

} // namespace wb
