#pragma once

// Circuits of the queue seed's components (keyboard, queue, worker, console) in one
// MeshRuntime on 127.0.0.1, with every live state and log line they report.

#include "circuittestkit.h"
#include "document/circuit.h"
#include "runtime/meshruntime.h"
#include "wstestkit.h"

#include <QHash>
#include <QList>
#include <memory>

namespace wbtest {

struct QueueBench
{
    wb::Circuit circuit;
    QHash<wb::NodeId, QList<QVariantMap>> states; // every live state, by node
    QHash<wb::NodeId, QStringList> logs; // every log line, by node
    // Both in the order they came: a live state (QVariantMap) or a log line (QString).
    QList<QPair<wb::NodeId, QVariant>> sequence;
    // Last: it goes first, while what its signals fill is still there.
    std::unique_ptr<wb::MeshRuntime> runtime;

    QueueBench()
    {
        runtime = std::make_unique<wb::MeshRuntime>(&circuit);
        QObject::connect(runtime.get(), &wb::MeshRuntime::liveState, runtime.get(),
            [this](wb::NodeId id, const QVariantMap &state) {
                states[id] << state;
                sequence.append({ id, state });
            });
        QObject::connect(runtime.get(), &wb::MeshRuntime::logLine, runtime.get(),
            [this](wb::NodeId id, const QString &, const QString &text, qint64) {
                logs[id] << text;
                sequence.append({ id, text });
            });
    }

    // A node with the kind's defaults, then `params` over them.
    wb::NodeId add(const QString &name, wb::NodeKind kind, const QVariantMap &params = {})
    {
        wb::NodeSpec spec = nodeSpec(name, kind);
        for (auto it = params.cbegin(); it != params.cend(); ++it)
            spec.params.insert(it.key(), it.value());
        return circuit.addNode(spec);
    }

    // A wire whose ack timeout is long enough for a held ack (a blocked producer waits).
    wb::WireId wire(wb::NodeId from, wb::NodeId to, int ackTimeoutMs = 60000)
    {
        const wb::WireId id = circuit.addWire(from, to);
        wb::WireFaults faults;
        faults.ackTimeoutMs = ackTimeoutMs;
        circuit.setWireFaults(id, faults);
        return id;
    }

    bool type(wb::NodeId keyboard, const QString &text)
    {
        return runtime->command(
            keyboard, QStringLiteral("type"), { { QStringLiteral("text"), text } });
    }

    qint64 count(wb::NodeId id, const QString &name) const
    {
        const auto counts = runtime->counts(id);
        for (const auto &[key, value] : counts) {
            if (key == name)
                return value;
        }
        return -1;
    }

    // The "text" of every console live state, in order (the lines printed).
    QStringList printed(wb::NodeId console) const
    {
        QStringList lines;
        for (const QVariantMap &state : states.value(console)) {
            if (state.contains(QStringLiteral("text")))
                lines << state.value(QStringLiteral("text")).toString();
        }
        return lines;
    }
};

// "0", "1", ... "n-1", one a line.
inline QString numberedLines(int n, const QString &prefix = {})
{
    QStringList lines;
    for (int i = 0; i < n; ++i)
        lines << prefix + QString::number(i);
    return lines.join(u'\n');
}

} // namespace wbtest
