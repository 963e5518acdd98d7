#pragma once

// A known run for recording tests: the seed circuit's exact sequence of traffic events, at
// made-up but fixed times, as one MeshRuntime would report it.

#include "document/circuit.h"
#include "document/circuitformat.h"
#include "recording/recording.h"
#include "runtime/meshruntime.h"

#include <QSignalSpy>

namespace wbtest {

inline constexpr wb::NodeId kClock = 1;
inline constexpr wb::NodeId kPin = 2;
inline constexpr wb::NodeId kBuzzer = 3;

inline wb::TrafficEvent trafficEvent(wb::TrafficEvent::Type type, qint64 timeNs, wb::NodeId node,
    wb::NodeId peer, const QString &channel, const QString &text, quint64 messageId = 0,
    qint64 rttNs = -1)
{
    wb::TrafficEvent e;
    e.type = type;
    e.timeNs = timeNs;
    e.node = node;
    e.peer = peer;
    e.peerAddress = peer ? QStringLiteral("ws://127.0.0.1:%1/%2").arg(8764 + peer).arg(channel)
                         : QStringLiteral("127.0.0.1:50000");
    e.channel = channel;
    e.text = text;
    e.messageId = messageId;
    e.rttNs = rttNs;
    return e;
}

// One of the delivery gate's events at `node`, about message `messageId` (or its ack).
inline wb::TrafficEvent gateEvent(wb::TrafficEvent::Type type, qint64 timeNs, wb::NodeId node,
    wb::NodeId peer, const QString &channel, quint64 messageId, bool ack, const QString &rule,
    qint64 delayNs = -1)
{
    wb::TrafficEvent e;
    e.type = type;
    e.timeNs = timeNs;
    e.node = node;
    e.peer = peer;
    e.channel = channel;
    e.text = rule;
    e.messageId = messageId;
    e.ack = ack;
    e.rttNs = delayNs;
    return e;
}

// The seed run with a fault on the pin's wire (id 7): its first bit dropped by the gate and
// sent again, a copy of the second, an extra ack, held and delayed passages. `appendSeedRun`'s
// events and these, at the same made-up times.
inline void appendGateEvents(wb::Recording *recording, qint64 startNs = 1'000'000'000);

inline void nameSeedNodes(wb::Recording *recording)
{
    recording->setNode(kClock, QStringLiteral("clock"), wb::NodeKind::Clock);
    recording->setNode(kPin, QStringLiteral("iopin"), wb::NodeKind::IoPin);
    recording->setNode(kBuzzer, QStringLiteral("buzzer"), wb::NodeKind::Buzzer);
}

// Tick k at k ms from `startNs`: the clock's tick, the pin's bits to the buzzer (bits[k]), the
// acks. 4 + 4 * bits events per tick.
inline void appendSeedRun(
    wb::Recording *recording, const QList<QList<int>> &bits, qint64 startNs = 1'000'000'000)
{
    using Type = wb::TrafficEvent::Type;
    nameSeedNodes(recording);
    recording->setStartNs(startNs);
    const QString tick = QStringLiteral("/datafeed");
    const QString pin = QStringLiteral("/iopin");
    quint64 pinMessage = 0;
    qint64 t = startNs;
    for (int k = 0; k < bits.size(); ++k) {
        t = startNs + qint64(k + 1) * 1'000'000;
        const QString n = QString::number(k);
        recording->append(trafficEvent(Type::Sent, t, kClock, kPin, tick, n, quint64(k)));
        recording->append(trafficEvent(Type::Received, t + 10'000, kPin, 0, tick, n));
        qint64 b = t + 20'000;
        for (const int bit : bits.at(k)) {
            const QString v = QString::number(bit);
            const QString ack = bit ? QStringLiteral("buzz buzz buzz") : QStringLiteral("...");
            recording->append(trafficEvent(Type::Sent, b, kPin, kBuzzer, pin, v, pinMessage));
            recording->append(trafficEvent(Type::Received, b + 5'000, kBuzzer, 0, pin, v));
            recording->append(trafficEvent(Type::AckSent, b + 8'000, kBuzzer, 0, pin, ack));
            recording->append(trafficEvent(
                Type::AckReceived, b + 12'000, kPin, kBuzzer, pin, ack, pinMessage++, 12'000));
            b += 30'000;
        }
        recording->append(trafficEvent(
            Type::AckSent, t + 200'000, kPin, 0, tick, QStringLiteral("acknowledged")));
        recording->append(trafficEvent(Type::AckReceived, t + 210'000, kClock, kPin, tick,
            QStringLiteral("acknowledged"), quint64(k), 210'000));
    }
    recording->setEndNs(t + 1'000'000);
}

inline void appendGateEvents(wb::Recording *recording, qint64 startNs)
{
    using wb::TrafficEvent;
    using Type = wb::TrafficEvent::Type;
    const QString pin = QStringLiteral("/iopin");
    const qint64 t = startNs + 5'000'000;
    auto wired = [](wb::TrafficEvent e, int attempt = 1, bool duplicate = false) {
        e.wire = 7;
        e.attempt = attempt;
        e.duplicate = duplicate;
        return e;
    };
    const auto sent = [&](qint64 at, quint64 id, int attempt) {
        return wired(
            trafficEvent(Type::Sent, at, kPin, kBuzzer, pin, QStringLiteral("1"), id), attempt);
    };
    const auto gate = [&](Type type, qint64 at, wb::NodeId node, quint64 id, bool ack,
                          const QString &rule, qint64 delay = -1) {
        return wired(
            gateEvent(type, at, node, node == kPin ? kBuzzer : kPin, pin, id, ack, rule, delay));
    };
    // Message 100: dropped, sent again after the ack timeout, then through.
    recording->append(sent(t, 100, 1));
    recording->append(gate(Type::Dropped, t + 1'000, kPin, 100, false, "drop 30 %: dropped"));
    recording->append(sent(t + 50'000, 100, 2));
    TrafficEvent in = wired(trafficEvent(Type::Received, t + 55'000, kBuzzer, 0, pin, "1", 100));
    in.peer = kPin;
    recording->append(in);
    recording->append(
        wired(trafficEvent(Type::AckSent, t + 58'000, kBuzzer, 0, pin, "buzz buzz buzz", 100)));
    recording->append(wired(trafficEvent(
        Type::AckReceived, t + 62'000, kPin, kBuzzer, pin, "buzz buzz buzz", 100, 12'000)));
    // Message 101: delayed 52.3 ms and duplicated on the way; the copy is seen twice and both
    // answered, the second ack is an extra one.
    recording->append(sent(t + 100'000, 101, 1));
    recording->append(gate(Type::Duplicated, t + 101'000, kPin, 101, false, "duplicate 10 %"));
    recording->append(gate(Type::Delayed, t + 101'000, kPin, 101, false, "fault rule", 52'300'000));
    recording->append(gate(Type::Released, t + 52'401'000, kPin, 101, false, "delay 52.3 ms"));
    recording->append(
        wired(trafficEvent(Type::Received, t + 52'405'000, kBuzzer, 0, pin, "1", 101)));
    recording->append(
        wired(trafficEvent(Type::Received, t + 52'406'000, kBuzzer, 0, pin, "1", 101), 1, true));
    recording->append(
        wired(trafficEvent(Type::AckSent, t + 52'408'000, kBuzzer, 0, pin, "buzz buzz buzz", 101)));
    recording->append(wired(trafficEvent(
        Type::AckReceived, t + 52'412'000, kPin, kBuzzer, pin, "buzz buzz buzz", 101, 52'312'000)));
    recording->append(wired(trafficEvent(Type::AckReceived, t + 52'413'000, kPin, kBuzzer, pin,
                                "buzz buzz buzz", 101, 52'313'000),
        1, true));
    // Message 102: its ack held at the receiver while paused, stepped on.
    recording->append(sent(t + 60'000'000, 102, 1));
    recording->append(
        wired(trafficEvent(Type::Received, t + 60'005'000, kBuzzer, 0, pin, "1", 102)));
    recording->append(gate(Type::Held, t + 60'008'000, kBuzzer, 102, true, "paused"));
    recording->append(gate(Type::Released, t + 70'000'000, kBuzzer, 102, true, "stepped"));
    recording->append(
        wired(trafficEvent(Type::AckSent, t + 70'000'100, kBuzzer, 0, pin, "buzz buzz buzz", 102)));
    recording->append(wired(trafficEvent(
        Type::AckReceived, t + 70'004'000, kPin, kBuzzer, pin, "buzz buzz buzz", 102, 10'004'000)));
    recording->setEndNs(t + 80'000'000);
}

// A queue's fill at made-up times: (time from `startNs`, fill) pairs of `capacity`.
inline void appendFills(wb::Recording *recording, wb::NodeId queue,
    const QList<QPair<qint64, quint32>> &fills, quint32 capacity, qint64 startNs = 0)
{
    for (const auto &[t, fill] : fills)
        recording->appendNumeric(queue, startNs + t, { fill, capacity });
}

// A node's numeric levels, as (time from start, value) pairs.
inline QList<QPair<qint64, quint32>> fillsOf(const wb::Recording &recording, wb::NodeId node)
{
    QList<QPair<qint64, quint32>> result;
    const int n = recording.numericOf(node);
    if (n < 0)
        return result;
    for (const wb::Recording::Record &r : recording.stream(recording.numeric(n).stream).records)
        result.append({ r.timeNs - recording.startNs(), r.value });
    return result;
}

// The recording's edges of one node, as (time from start, level) pairs.
inline QList<QPair<qint64, bool>> edgesOf(const wb::Recording &recording, wb::NodeId node)
{
    QList<QPair<qint64, bool>> result;
    const int d = recording.digitalOf(node);
    if (d < 0)
        return result;
    const wb::Recording::Digital &digital = recording.digital(d);
    for (std::size_t i = 0; i < digital.edges.size(); ++i)
        result.append({ digital.edges[i] - recording.startNs(), digital.valueAt(i) });
    return result;
}

// The seed circuit on ports the system picks: `tacks` ticks `delay` s apart, the pin seeded.
inline bool loadSeedCircuit(wb::Circuit *circuit, int tacks, double delay, quint32 seed)
{
    const auto loaded = wb::circuitformat::load(wb::circuitformat::seedCircuitPath());
    if (!loaded.ok())
        return false;
    circuit->setContents(loaded.document.nodes, loaded.document.wires);
    const wb::NodeId clock = circuit->idByName(QStringLiteral("clock"));
    const wb::NodeId pin = circuit->idByName(QStringLiteral("iopin"));
    circuit->setPort(pin, 0);
    circuit->setPort(circuit->idByName(QStringLiteral("buzzer")), 0);
    circuit->setParam(clock, QStringLiteral("tacks"), tacks);
    circuit->setParam(clock, QStringLiteral("delay"), delay);
    circuit->setParam(pin, QStringLiteral("seed"), seed);
    return clock && pin;
}

// Starts every node and stops them once the clock is done (10 s at most).
inline bool runUntilClockDone(wb::MeshRuntime *runtime)
{
    QSignalSpy finished(runtime, &wb::MeshRuntime::clockFinished);
    runtime->startAll();
    const bool done = finished.wait(10000);
    runtime->stopAll();
    return done;
}

} // namespace wbtest
