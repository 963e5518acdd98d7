// The product's runtime on the seed circuit, in process: the seed's clock -> iopin -> buzzer
// loaded from the built-in circuit, servers on ephemeral ports, run by MeshRuntime exactly as
// the workbench and wirebench-node run it, but with nobody listening to its log.
//
//   bench_wb_pipeline --ticks N [--sequence 3] [--latency-out FILE] [--timeout-ms 60000]
//
// With --latency-out the runtime's TrafficEvents time each tick: from the clock's Sent to the
// iopin's AckReceived for the tick's last bit (the buzzer's last ack is back).
#include "benchutil.h"

#include "document/circuit.h"
#include "document/circuitformat.h"
#include "runtime/meshruntime.h"

#include <QCoreApplication>
#include <QTimer>

using namespace wb::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options(QCoreApplication::arguments());
    const qint64 ticks = std::max<qint64>(1, options.integer(QStringLiteral("ticks"), 1000));
    const qint64 sequence = std::max<qint64>(1, options.integer(QStringLiteral("sequence"), 3));
    const QString latencyOut = options.text(QStringLiteral("latency-out"));

    const auto loaded = wb::circuitformat::load(wb::circuitformat::seedCircuitPath());
    if (!loaded.ok())
        return report({ { QStringLiteral("ok"), false }, { QStringLiteral("error"), loaded.error } });
    QList<wb::NodeSpec> nodes = loaded.document.nodes;
    wb::NodeId clockId = 0;
    wb::NodeId pinId = 0;
    for (wb::NodeSpec &spec : nodes) {
        if (wb::kinds::hasServer(spec.kind))
            spec.port = 0; // ephemeral: never collide with a real seed running on 8765
        if (spec.kind == wb::NodeKind::Clock) {
            clockId = spec.id;
            spec.params.insert(QStringLiteral("tacks"), ticks);
            spec.params.insert(QStringLiteral("delay"), 0);
        }
        if (spec.kind == wb::NodeKind::IoPin) {
            pinId = spec.id;
            spec.params.insert(QStringLiteral("sequence"), sequence);
            spec.params.insert(QStringLiteral("seed"), 42);
        }
    }
    wb::Circuit circuit;
    circuit.setContents(nodes, loaded.document.wires);
    wb::MeshRuntime runtime(&circuit);

    QList<qint64> latencies;
    if (!latencyOut.isEmpty()) {
        latencies.reserve(ticks);
        QObject::connect(&runtime, &wb::MeshRuntime::traffic, &app,
                         [&, tickSentNs = qint64(0), acks = qint64(0)](
                             const wb::TrafficEvent &event) mutable {
                             if (event.node == clockId
                                 && event.type == wb::TrafficEvent::Type::Sent) {
                                 tickSentNs = event.timeNs;
                             } else if (event.node == pinId
                                        && event.type == wb::TrafficEvent::Type::AckReceived
                                        && ++acks % sequence == 0) {
                                 latencies << event.timeNs - tickSentNs;
                             }
                         });
    }

    QVariantMap result { { QStringLiteral("ok"), false } };
    Stopwatch stopwatch;
    QObject::connect(&runtime, &wb::MeshRuntime::clockFinished, &app,
                     [&](wb::NodeId, bool ok, int failures) {
                         result = stopwatch.result(ticks);
                         result.insert(QStringLiteral("ok"), ok);
                         result.insert(QStringLiteral("failures"), failures);
                         app.quit();
                     });
    QTimer::singleShot(int(options.integer(QStringLiteral("timeout-ms"), 60000)), &app,
                       &QCoreApplication::quit);
    stopwatch.start();
    runtime.startAll();
    app.exec();
    runtime.stopAll();
    if (!latencyOut.isEmpty() && !writeSamplesUs(latencyOut, latencies))
        result.insert(QStringLiteral("ok"), false);
    return report(result);
}
