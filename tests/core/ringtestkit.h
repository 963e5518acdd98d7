#pragma once

// A ring of local ring nodes in one MeshRuntime, on 127.0.0.1 with fixed free ports (so that
// a restarted node is found where it was), wired as successors, with keys spread evenly round
// the ring as Insert ▸ Ring of N gives them: what each node reports (chat events, its view of
// the ring, its log) is kept for the test to read. Header-only.

#include "circuittestkit.h"
#include "document/circuit.h"
#include "runtime/meshruntime.h"
#include "wstestkit.h"

#include <QHash>
#include <memory>

// QVERIFY for a condition about a RingBench: when it fails, every node's view and log are
// printed first (a failure's own message is cut short).
#define RING_VERIFY(ring, ...)                                                                     \
    do {                                                                                           \
        const bool ringHolds = (__VA_ARGS__);                                                      \
        if (!ringHolds)                                                                            \
            qWarning().noquote() << (ring).dump();                                                 \
        QVERIFY2(ringHolds, #__VA_ARGS__);                                                         \
    } while (false)

namespace wbtest {

// Fast timings, so that a test sees suspicion, death and healing within a second or two.
inline QVariantMap quickRing()
{
    return { { QStringLiteral("heartbeat"), 0.1 }, { QStringLiteral("suspect"), 0.5 },
        { QStringLiteral("probeTimeout"), 0.3 }, { QStringLiteral("stabilise"), 0.1 },
        { QStringLiteral("resendWindow"), 10.0 } };
}

struct RingBench
{
    wb::Circuit circuit;
    QList<wb::NodeId> ids;
    QList<quint16> ports;
    QHash<wb::NodeId, QList<QVariantMap>> chats; // every chat event, per node
    QHash<wb::NodeId, QVariantMap> views; // the last ring report, per node
    QHash<wb::NodeId, QStringList> logs;
    // Last: it goes first, while what its signals fill is still there.
    std::unique_ptr<wb::MeshRuntime> runtime;

    explicit RingBench(int n, const QVariantMap &timing = quickRing())
    {
        for (int i = 0; i < n; ++i) {
            const quint16 port = freePort();
            wb::NodeSpec spec = nodeSpec(name(i), wb::NodeKind::Ring, port);
            for (auto it = timing.cbegin(); it != timing.cend(); ++it)
                spec.params.insert(it.key(), it.value());
            spec.params.insert(QStringLiteral("key"), qint64(i) * (Q_INT64_C(4294967296) / n));
            ids << circuit.addNode(spec);
            ports << port;
        }
        for (int i = 0; i < n; ++i)
            circuit.addWire(ids.at(i), ids.at((i + 1) % n));
        runtime = std::make_unique<wb::MeshRuntime>(&circuit);
        QObject::connect(runtime.get(), &wb::MeshRuntime::liveState, runtime.get(),
            [this](wb::NodeId id, const QVariantMap &state) {
                if (state.contains(QStringLiteral("chat")))
                    chats[id] << state.value(QStringLiteral("chat")).toMap();
                if (state.contains(QStringLiteral("ring")))
                    views[id] = state.value(QStringLiteral("ring")).toMap();
            });
        QObject::connect(runtime.get(), &wb::MeshRuntime::logLine, runtime.get(),
            [this](
                wb::NodeId id, const QString &, const QString &text, qint64) { logs[id] << text; });
    }

    static QString name(int i) { return QStringLiteral("m%1").arg(i); }
    QString address(int i) const { return QStringLiteral("ws://127.0.0.1:%1").arg(ports.at(i)); }
    wb::NodeId id(int i) const { return ids.at(i); }

    QVariantMap view(int i) const { return views.value(ids.at(i)); }
    QString successorOf(int i) const
    {
        return view(i).value(QStringLiteral("successors")).toList().value(0).toString();
    }
    QString predecessorOf(int i) const
    {
        return view(i).value(QStringLiteral("predecessor")).toString();
    }
    QString statusAt(int i, int of) const
    {
        return view(i).value(QStringLiteral("members")).toMap().value(address(of)).toString();
    }

    // Whether `members` (indexes, in ring order) form a closed ring: each one's successor is
    // the next, each one's predecessor the one before.
    bool closed(const QList<int> &members) const
    {
        const qsizetype n = members.size();
        for (qsizetype k = 0; k < n; ++k) {
            const int i = members.at(k);
            if (successorOf(i) != address(members.at((k + 1) % n))
                || predecessorOf(i) != address(members.at((k + n - 1) % n))) {
                return false;
            }
        }
        return true;
    }
    // Closed, and every successor list as long as it can be: the ring has settled.
    bool settled() const
    {
        const int full = std::min(3, int(ids.size()) - 1);
        for (int i = 0; i < ids.size(); ++i) {
            if (view(i).value(QStringLiteral("successors")).toList().size() != full)
                return false;
        }
        return closed();
    }
    // Every node's view and log, for a failure's message.
    QString dump() const
    {
        QString text;
        for (int i = 0; i < ids.size(); ++i) {
            text += QStringLiteral("\n%1 %2: successors %3, predecessor %4\n    ")
                        .arg(name(i), address(i),
                            view(i).value(QStringLiteral("successors")).toStringList().join(u' '),
                            predecessorOf(i));
            text += logs.value(ids.at(i)).join(QStringLiteral("\n    "));
        }
        return text;
    }
    bool closed() const
    {
        QList<int> all;
        for (int i = 0; i < ids.size(); ++i)
            all << i;
        return closed(all);
    }

    bool say(int i, const QString &text)
    {
        return runtime->command(
            ids.at(i), QStringLiteral("say"), { { QStringLiteral("text"), text } });
    }
    // Chat events of `event` at node i, for messages whose text is `text`.
    QList<QVariantMap> events(int i, const QString &event, const QString &text) const
    {
        QList<QVariantMap> list;
        for (const QVariantMap &e : chats.value(ids.at(i))) {
            if (e.value(QStringLiteral("event")) == event
                && e.value(QStringLiteral("text")) == text)
                list << e;
        }
        return list;
    }
    int count(int i, const QString &event, const QString &text) const
    {
        return int(events(i, event, text).size());
    }
    bool logged(int i, const QString &part) const
    {
        for (const QString &line : logs.value(ids.at(i))) {
            if (line.contains(part))
                return true;
        }
        return false;
    }
    int loggedCount(const QString &part) const
    {
        int n = 0;
        for (const QStringList &lines : logs) {
            for (const QString &line : lines)
                n += line.contains(part) ? 1 : 0;
        }
        return n;
    }
};

} // namespace wbtest
