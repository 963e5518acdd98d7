// Many local nodes in one process: half servers (buzzers and LEDs alternately, ephemeral
// ports) and half clocks, each clock wired to its own server, all run by one MeshRuntime.
// Reports the time startAll() takes (every server listening, every clock started), the time
// until every clock has its first ack (every connection open), the resident memory each node
// costs, and the total ticks per second while all clocks run flat out.
//
//   bench_wb_scale [--nodes 1000] [--ticks 40] [--timeout-ms 60000]
#include "benchutil.h"
#include "document/circuit.h"
#include "runtime/endpoint.h"
#include "runtime/meshruntime.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>

using namespace wb::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options(QCoreApplication::arguments());
    const qint64 pairs = std::max<qint64>(1, options.integer(QStringLiteral("nodes"), 1000) / 2);
    const qint64 ticks = std::max<qint64>(1, options.integer(QStringLiteral("ticks"), 40));

    // Network and WebSocket statics are paid once per process, not per node: pay them first.
    {
        wb::Endpoint warmup(QStringLiteral("warmup"));
        warmup.listen(QStringLiteral("127.0.0.1"), 0);
    }
    QCoreApplication::processEvents();
    const qint64 baselineKiB = residentKiB();

    QList<wb::NodeSpec> nodes;
    QList<wb::Wire> wires;
    for (qint64 i = 0; i < pairs; ++i) {
        wb::NodeSpec server;
        server.id = wb::NodeId(2 * i + 2);
        server.kind = i % 2 == 0 ? wb::NodeKind::Buzzer : wb::NodeKind::Led;
        server.name = wb::kinds::name(server.kind) + QString::number(i);
        server.params = wb::kinds::defaultParams(server.kind);
        wb::NodeSpec clock;
        clock.id = wb::NodeId(2 * i + 1);
        clock.kind = wb::NodeKind::Clock;
        clock.name = QStringLiteral("clock") + QString::number(i);
        clock.params = { { QStringLiteral("tacks"), ticks }, { QStringLiteral("delay"), 0 } };
        nodes << clock << server;
        wires.append({ wb::WireId(i + 1), clock.id, server.id, {}, {} });
    }
    wb::Circuit circuit;
    circuit.setContents(nodes, wires);
    wb::MeshRuntime runtime(&circuit);

    QVariantMap result { { QStringLiteral("ok"), false } };
    Stopwatch stopwatch;
    qint64 startNs = 0;
    qint64 startedNs = 0;
    qint64 connectedNs = 0;
    qint64 finished = 0;
    int failures = 0;
    QSet<wb::NodeId> acked;
    // Only until every clock has its first ack, so that the flat-out phase has no listener.
    QMetaObject::Connection firstAcks;
    firstAcks = QObject::connect(
        &runtime, &wb::MeshRuntime::traffic, &app, [&](const wb::TrafficEvent &event) {
            if (event.type != wb::TrafficEvent::Type::AckReceived)
                return;
            acked.insert(event.node);
            if (acked.size() == pairs) {
                connectedNs = nowNs();
                QObject::disconnect(firstAcks);
            }
        });
    QObject::connect(&runtime, &wb::MeshRuntime::clockFinished, &app,
                     [&](wb::NodeId, bool, int clockFailures) {
                         failures += clockFailures;
                         if (++finished < pairs)
                             return;
                         const qint64 runningKiB = residentKiB();
                         const qint64 nodeCount = 2 * pairs;
                         result = stopwatch.result(ticks * pairs);
                         result.insert({
                             { QStringLiteral("ok"), failures == 0 && connectedNs != 0 },
                             { QStringLiteral("nodes"), nodeCount },
                             { QStringLiteral("failures"), failures },
                             { QStringLiteral("start_ms"), double(startedNs - startNs) / 1e6 },
                             { QStringLiteral("connected_ms"), double(connectedNs - startNs) / 1e6 },
                             { QStringLiteral("baseline_kib"), baselineKiB },
                             { QStringLiteral("running_kib"), runningKiB },
                             { QStringLiteral("kib_per_node"),
                               double(runningKiB - baselineKiB) / double(nodeCount) },
                         });
                         app.quit();
                     });
    QTimer::singleShot(int(options.integer(QStringLiteral("timeout-ms"), 60000)), &app,
                       &QCoreApplication::quit);
    stopwatch.start();
    startNs = nowNs();
    runtime.startAll();
    startedNs = nowNs();
    const qint64 listeningKiB = residentKiB();
    app.exec();
    result.insert(QStringLiteral("listening_kib"), listeningKiB);
    runtime.stopAll();
    return report(result);
}
