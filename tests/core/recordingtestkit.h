#pragma once

// A known run for recording tests: the seed circuit's exact sequence of traffic events, at
// made-up but fixed times, as one MeshRuntime would report it.

#include "circuit.h"
#include "circuitformat.h"
#include "meshruntime.h"
#include "recording/recording.h"

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
