#pragma once

// Random recordings for the sequence chart's tests: messages between a few nodes and an address
// outside the recording, with the delivery gate's drops, holds, delays and copies, acks (some
// never sent, some dropped, some held open), and idle gaps of every size.

#include "recording/recording.h"

#include <QRandomGenerator>

namespace wbtest {

struct ChartRunEvents
{
    std::vector<wb::TrafficEvent> events; // in time order
    qint64 endNs = 0;
};

inline ChartRunEvents randomChartRun(quint32 seed, int messages, int nodes = 4)
{
    using Type = wb::TrafficEvent::Type;
    QRandomGenerator random(seed);
    std::vector<wb::TrafficEvent> events;
    const QString channel = QStringLiteral("/c");
    const auto event = [&](Type type, qint64 t, wb::NodeId node, wb::NodeId peer, quint64 id,
                           const QString &text) {
        wb::TrafficEvent e;
        e.type = type;
        e.timeNs = t;
        e.node = node;
        e.peer = peer;
        e.peerAddress = peer ? QStringLiteral("ws://127.0.0.1:%1/c").arg(9000 + peer)
                             : QStringLiteral("127.0.0.1:%1").arg(40000 + node);
        e.channel = channel;
        e.text = text;
        e.messageId = id;
        events.push_back(e);
        return &events.back();
    };
    qint64 t = 1'000'000;
    for (int k = 0; k < messages; ++k) {
        // Bursts, pauses and long silences.
        const int gap = random.bounded(100);
        t += gap < 80  ? random.bounded(2'000)
            : gap < 97 ? random.bounded(2'000'000)
                       : random.bounded(3'000'000'000LL);
        const auto from = wb::NodeId(1 + random.bounded(nodes));
        // Node nodes + 1 is outside the recording: its own events are not recorded.
        auto to = wb::NodeId(1 + random.bounded(nodes + 1));
        if (to == from)
            to = wb::NodeId(1 + (from % wb::NodeId(nodes)));
        const bool external = to == wb::NodeId(nodes + 1);
        const quint64 id = quint64(k + 1);
        const QString text = QString::number(random.bounded(4));
        event(Type::Sent, t, from, external ? 0 : to, id, text);
        const int fate = random.bounded(100);
        const qint64 latency = fate < 5 ? random.bounded(500'000'000LL) : random.bounded(50'000);
        if (fate < 8) { // dropped at the sender's gate
            auto *d = event(Type::Dropped, t + 1'000, from, external ? 0 : to, id, "drop");
            d->wire = 1;
            continue;
        }
        if (fate < 11) { // held, never released (open)
            event(Type::Held, t + 1'000, from, external ? 0 : to, id, "paused");
            continue;
        }
        if (external) {
            if (fate < 50)
                event(Type::AckReceived, t + 2 * latency + 10, from, 0, id, "ok");
            continue;
        }
        if (fate < 14)
            event(Type::Delayed, t + 500, from, to, id, "delay")->rttNs = latency;
        event(Type::Received, t + latency, to, 0, id, text);
        if (fate < 18) { // a copy
            auto *copy = event(Type::Received, t + latency + 7, to, 0, id, text);
            copy->duplicate = true;
        }
        if (fate < 22)
            continue; // never answered
        event(Type::AckSent, t + latency + 20, to, 0, id, QStringLiteral("ack ") + text);
        if (fate < 26) {
            auto *d = event(Type::Dropped, t + latency + 25, to, 0, id, "drop");
            d->ack = true;
            continue;
        }
        if (fate < 28)
            continue; // the ack in flight
        event(Type::AckReceived, t + 2 * latency + 30, from, to, id, QStringLiteral("ack ") + text)
            ->rttNs
            = 2 * latency + 30;
    }
    std::ranges::stable_sort(events, {}, &wb::TrafficEvent::timeNs);
    return { std::move(events), t + 10'000'000 };
}

inline void nameChartNodes(wb::Recording *recording, int nodes = 4)
{
    for (int n = 1; n <= nodes; ++n)
        recording->setNode(wb::NodeId(n), QStringLiteral("n%1").arg(n), wb::NodeKind::Proxy);
}

// The whole run, appended at once.
inline void appendChartRun(wb::Recording *recording, const ChartRunEvents &run)
{
    nameChartNodes(recording);
    using Type = wb::TrafficEvent::Type;
    for (const wb::TrafficEvent &e : run.events) {
        const bool gate = e.type >= Type::Held && e.type <= Type::Duplicated;
        recording->append(e, gate ? std::optional<bool>(!e.ack) : std::nullopt);
    }
    recording->setEndNs(run.endNs);
}

} // namespace wbtest
