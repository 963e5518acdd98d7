// The delivery gate holding a paused world: 1,000 wires (1,000 clocks wired to buzzers), 100
// messages sent on each while the gate is paused, then released. Reports what a held message
// costs in resident memory, and how fast the release drains them against the same circuit
// unpaused.
//
//   bench_wb_hold [--wires 1000] [--per-wire 100] [--buzzers 1] [--timeout-ms 120000]
//
// One buzzer by default, every wire a connection of its own into it. Not 1,000 buzzers: Linux
// gives outgoing connections to different servers the same local port at times (about 5 % of
// 1,000 connections to 1,000 servers share one), and the frame ledger names a connection by
// the link's local address and port alone, so two such links mix up their acks ("an ack that
// answers no message", code 4002). Connections to one server never share a local port.
//
// How 100,000 messages are held. A wire is stop-and-wait (docs/protocol.md): its link puts one
// message through the gate and waits for its ack before the next. So while paused the gate
// holds one message per wire (the one whose frame is about to be written: `Held`) and the
// other 99 wait behind it in the wire's link (limits::kMaxLinkQueue is 1,024), sent by their
// sender and not delivered: in flight as the sending component sees them. Components never
// queue that deep themselves (a stream sends its next item only after the ack of the one
// before), so the bench plays the clocks' side of each wire: one routed Link per wire, made
// exactly as LocalNode makes it (the runtime's gate, the wire's id and ends, the clock's
// channel), sending the clock's payloads. Everything from the gate on is the runtime's: the
// gate at both ends, the frame ledger, the buzzers' endpoints and components, the acks.
//
// The phases, in this order so that the memory figure is taken on a heap that has not yet held
// that many messages (freed memory stays resident in the allocator):
//   1. every link sends one message, unpaused: every connection open (not counted);
//   2. paused, every link sends --per-wire messages; RSS before and after, from
//      /proc/self/statm: bytes per held message;
//   3. unpaused: the time until the last of them is acked, the drain rate;
//   4. the same sends again with the gate running: the unpaused rate.
#include "benchutil.h"
#include "document/circuit.h"
#include "net/fdlimit.h"
#include "net/wireprotocol.h"
#include "runtime/link.h"
#include "runtime/meshruntime.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <unistd.h>

using namespace wb::bench;

namespace {

// The resident set in bytes: /proc/self/statm's second field, in pages. -1 if unknown.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
    bool ok = false;
    const qint64 pages = fields.size() > 1 ? fields.at(1).toLongLong(&ok) : 0;
    return ok ? pages * sysconf(_SC_PAGESIZE) : -1;
}

// One batch of sends and the acks it waits for: the event loop runs until the last one came
// (or failed), or the deadline passed.
struct Batch
{
    qint64 expected = 0;
    qint64 acked = 0;
    qint64 failed = 0;
    QString firstError;
    QEventLoop *loop = nullptr;

    void done(const wb::Link::Delivery &delivery)
    {
        if (delivery.ok) {
            ++acked;
        } else if (++failed == 1) {
            firstError = delivery.error;
        }
        if (acked + failed == expected && loop)
            loop->quit();
    }
};

// What a sender keeps per wire, shared by its messages' callbacks as LocalNode's streams are:
// a callback holding a shared pointer is what a queued message of the product costs too.
struct Sender
{
    wb::Link *link = nullptr;
    qint64 next = 0; // the clock's next tick
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    wb::raiseOpenFileLimit(); // three descriptors per wire: link, accepted socket, server
    const Options options(QCoreApplication::arguments());
    const qint64 wireCount = std::max<qint64>(1, options.integer(QStringLiteral("wires"), 1000));
    const qint64 perWire = std::clamp<qint64>(
        options.integer(QStringLiteral("per-wire"), 100), 1, wb::limits::kMaxLinkQueue);
    const qint64 buzzerCount
        = std::clamp<qint64>(options.integer(QStringLiteral("buzzers"), 1), 1, wireCount);
    const qint64 deadlineNs
        = nowNs() + options.integer(QStringLiteral("timeout-ms"), 120000) * 1'000'000;

    QList<wb::NodeSpec> nodes;
    QList<wb::Wire> wires;
    for (qint64 b = 0; b < buzzerCount; ++b) {
        wb::NodeSpec buzzer;
        buzzer.id = wb::NodeId(b + 1);
        buzzer.kind = wb::NodeKind::Buzzer;
        buzzer.name = QStringLiteral("buzzer") + QString::number(b);
        buzzer.params = wb::kinds::defaultParams(buzzer.kind);
        buzzer.port = 0; // ephemeral
        nodes << buzzer;
    }
    for (qint64 i = 0; i < wireCount; ++i) {
        wb::NodeSpec clock;
        clock.id = wb::NodeId(buzzerCount + i + 1);
        clock.kind = wb::NodeKind::Clock;
        clock.name = QStringLiteral("clock") + QString::number(i);
        clock.params = { { QStringLiteral("tacks"), 0 }, { QStringLiteral("delay"), 0 } };
        nodes << clock;
        wires.append({ wb::WireId(i + 1), clock.id, wb::NodeId(i % buzzerCount + 1), {}, {} });
    }
    wb::Circuit circuit;
    circuit.setContents(nodes, wires);
    wb::MeshRuntime runtime(&circuit);
    wb::DeliveryController *gate = runtime.delivery();
    // The links' owner, destroyed before the runtime: a link forgets its connection in the
    // gate's ledger when it goes.
    QObject linkOwner;

    QVariantMap result { { QStringLiteral("ok"), false }, { QStringLiteral("wires"), wireCount },
        { QStringLiteral("buzzers"), buzzerCount }, { QStringLiteral("per_wire"), perWire } };
    // The buzzers run in the runtime; the clocks' ends are the bench's links (see the top).
    QList<std::shared_ptr<Sender>> senders;
    const QString channel = wb::wire::clockChannel();
    for (const wb::Wire &wire : circuit.wires()) {
        if (!runtime.node(wire.to) || !runtime.node(wire.to)->isStarted())
            runtime.start(wire.to);
        const quint16 port = runtime.listeningPort(wire.to);
        if (port == 0) {
            result.insert(QStringLiteral("error"), runtime.errorString(wire.to));
            return report(result);
        }
        const wb::Link::Route route { gate, wire.id, wire.from, wire.to,
            wb::wire::channelFromPath(channel) };
        auto sender = std::make_shared<Sender>();
        sender->link = new wb::Link(
            wb::wire::nodeUrl(QStringLiteral("127.0.0.1"), port, channel), route, &linkOwner);
        sender->link->setLiveness(1000, 3000); // LocalNode's defaults
        senders << sender;
    }

    // Sends `count` ticks on every wire and returns the batch that waits for their acks.
    const auto sendAll = [&](Batch *batch, qint64 count) {
        batch->expected = count * qint64(senders.size());
        for (const auto &sender : std::as_const(senders)) {
            for (qint64 i = 0; i < count; ++i) {
                sender->link->send(QString::number(sender->next++),
                    [batch, sender](const wb::Link::Delivery &delivery) { batch->done(delivery); });
            }
        }
    };
    // Runs the event loop until the batch is complete; false on the deadline.
    const auto wait = [&](Batch *batch) {
        if (batch->acked + batch->failed < batch->expected) {
            QEventLoop loop;
            batch->loop = &loop;
            QTimer deadline;
            deadline.setSingleShot(true);
            QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
            deadline.start(int(std::max<qint64>(0, (deadlineNs - nowNs()) / 1'000'000)));
            loop.exec();
            batch->loop = nullptr;
        }
        return batch->acked + batch->failed == batch->expected && batch->failed == 0;
    };
    const auto fail = [&](const char *phase, const Batch &batch) {
        result.insert(QStringLiteral("error"),
            QStringLiteral("%1: %2 of %3 acked, %4 failed %5")
                .arg(QLatin1String(phase))
                .arg(batch.acked)
                .arg(batch.expected)
                .arg(batch.failed)
                .arg(batch.firstError));
        runtime.stopAll();
        return report(result);
    };

    // 1. Every connection open, every allocator path warm: a wave at a time, so that no
    // buzzer has more handshakes under way than it keeps (limits::kMaxPendingHandshakes).
    constexpr qsizetype kConnectWave = 48;
    for (qsizetype first = 0; first < senders.size(); first += kConnectWave) {
        Batch warmup;
        const qsizetype last = std::min(senders.size(), first + kConnectWave);
        warmup.expected = last - first;
        for (qsizetype i = first; i < last; ++i) {
            const auto &sender = senders.at(i);
            sender->link->send(QString::number(sender->next++),
                [&warmup](const wb::Link::Delivery &delivery) { warmup.done(delivery); });
        }
        if (!wait(&warmup))
            return fail("warm-up", warmup);
    }
    QCoreApplication::processEvents();

    // 2. Held.
    const qint64 total = perWire * qint64(senders.size());
    gate->setPaused(true);
    const qint64 beforeBytes = residentBytes();
    Batch held;
    sendAll(&held, perWire);
    QCoreApplication::processEvents(); // nothing may move: the gate holds the first of each
    const qint64 heldBytes = residentBytes();
    qint64 pending = 0;
    for (const auto &sender : std::as_const(senders))
        pending += sender->link->pending();
    const int atGate = gate->heldCount();

    // 3. Released.
    Stopwatch drain;
    drain.start();
    gate->setPaused(false);
    if (!wait(&held))
        return fail("drain", held);
    const QVariantMap drained = drain.result(total);

    // 4. The same circuit, the gate running.
    Batch running;
    Stopwatch unpaused;
    unpaused.start();
    sendAll(&running, perWire);
    if (!wait(&running))
        return fail("unpaused", running);
    const QVariantMap flowing = unpaused.result(total);

    const double drainRate = drained.value(QStringLiteral("rate")).toDouble();
    const double unpausedRate = flowing.value(QStringLiteral("rate")).toDouble();
    const double unpausedCpuRate = flowing.value(QStringLiteral("cpu_rate")).toDouble();
    const double bytesPerMessage = double(heldBytes - beforeBytes) / double(total);
    // Every message sent while paused must have been waiting, and only the first of each wire
    // at the gate: anything else measures something other than a held world.
    const bool heldAll = pending == total && atGate == senders.size();
    result.insert({
        { QStringLiteral("ok"), heldAll && beforeBytes > 0 },
        { QStringLiteral("messages"), total },
        { QStringLiteral("held_at_gate"), atGate },
        { QStringLiteral("waiting_in_links"), pending - atGate },
        { QStringLiteral("rss_before_kib"), beforeBytes / 1024 },
        { QStringLiteral("rss_held_kib"), heldBytes / 1024 },
        { QStringLiteral("bytes_per_message"), bytesPerMessage },
        { QStringLiteral("kib_per_message"), bytesPerMessage / 1024.0 },
        { QStringLiteral("rate"), drainRate },
        { QStringLiteral("cpu_rate"), drained.value(QStringLiteral("cpu_rate")) },
        { QStringLiteral("drain_seconds"), drained.value(QStringLiteral("seconds")) },
        { QStringLiteral("unpaused_rate"), unpausedRate },
        { QStringLiteral("unpaused_cpu_rate"), flowing.value(QStringLiteral("cpu_rate")) },
        { QStringLiteral("unpaused_seconds"), flowing.value(QStringLiteral("seconds")) },
        { QStringLiteral("drain_ratio"), unpausedRate > 0 ? drainRate / unpausedRate : 0.0 },
        // The same on CPU time, which moves much less when other work shares the machine.
        { QStringLiteral("drain_cpu_ratio"),
            unpausedCpuRate > 0
                ? drained.value(QStringLiteral("cpu_rate")).toDouble() / unpausedCpuRate
                : 0.0 },
    });
    if (!heldAll) {
        result.insert(QStringLiteral("error"),
            QStringLiteral("%1 waiting, %2 at the gate: not a held world")
                .arg(pending)
                .arg(atGate));
    }
    for (const auto &sender : std::as_const(senders))
        sender->link->close();
    runtime.stopAll();
    return report(result);
}
