// The product's runtime on the seed circuit, in process: the seed's clock -> iopin -> buzzer
// loaded from the built-in circuit, servers on ephemeral ports, run by MeshRuntime exactly as
// the workbench and wirebench-node run it, but with nobody listening to its log.
//
//   bench_wb_pipeline --ticks N [--sequence 3] [--rule none|passthrough] [--latency-out FILE]
//                     [--timeout-ms 60000]
//
// --rule passthrough gives every wire a fault rule that the gate must evaluate for every
// message and every ack but that never changes anything: drop probability 1e-12 both ways, with
// the gate's seed fixed (docs/delivery.md). A rule of all zeros would not do: the gate forgets
// rules that are none and takes its fast path. This measures what consulting a rule costs.
// With --latency-out the runtime's TrafficEvents time each tick: from the clock's Sent to the
// iopin's AckReceived for the tick's last bit (the buzzer's last ack is back).
#include "benchutil.h"
#include "document/circuit.h"
#include "document/circuitformat.h"
#include "runtime/meshruntime.h"

#include <QCoreApplication>
#include <QTimer>

using namespace wb::bench;

namespace {

// The pass-through rule (bench/run.py writes the same one into the circuit file of
// `wirebench-node run`): a drawn decision per passage whose odds of firing in a run of a million
// passages are 1 in a million. A drop that did fire would fail the run (the ack never comes).
constexpr double kPassThroughDrop = 1e-12;
constexpr quint64 kPassThroughSeed = 1;

wb::WireFaults passThroughRule()
{
    wb::WireFaults rule;
    rule.message.drop = kPassThroughDrop;
    rule.ack.drop = kPassThroughDrop;
    return rule;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options(QCoreApplication::arguments());
    const qint64 ticks = std::max<qint64>(1, options.integer(QStringLiteral("ticks"), 1000));
    const qint64 sequence = std::max<qint64>(1, options.integer(QStringLiteral("sequence"), 3));
    const QString latencyOut = options.text(QStringLiteral("latency-out"));
    const QString rule = options.text(QStringLiteral("rule"), QStringLiteral("none"));
    if (rule != QLatin1String("none") && rule != QLatin1String("passthrough")) {
        return report({ { QStringLiteral("ok"), false },
            { QStringLiteral("error"),
                QString(QStringLiteral("--rule: none or passthrough, not ") + rule) } });
    }

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
    if (rule == QLatin1String("passthrough")) {
        circuit.setSeed(kPassThroughSeed);
        for (const wb::WireId wire : circuit.wireIds()) {
            if (!circuit.setWireFaults(wire, passThroughRule())) {
                return report({ { QStringLiteral("ok"), false },
                    { QStringLiteral("error"), QStringLiteral("rule refused") } });
            }
        }
    }
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
    int ruleWires = 0; // read back from the gate once the run started
    Stopwatch stopwatch;
    QObject::connect(&runtime, &wb::MeshRuntime::clockFinished, &app,
                     [&](wb::NodeId, bool ok, int failures) {
                         result = stopwatch.result(ticks);
                         result.insert(QStringLiteral("ok"), ok);
                         result.insert(QStringLiteral("failures"), failures);
                         result.insert(QStringLiteral("rule"), rule);
                         result.insert(QStringLiteral("rule_wires"), ruleWires);
                         app.quit();
                     });
    QTimer::singleShot(int(options.integer(QStringLiteral("timeout-ms"), 60000)), &app,
                       &QCoreApplication::quit);
    stopwatch.start();
    runtime.startAll();
    // The wires whose rule the gate holds, read back from it: a rule it dropped as none would
    // measure the fast path under the wrong name.
    for (const wb::WireId wire : circuit.wireIds())
        ruleWires += runtime.delivery()->rules(wire).isNone() ? 0 : 1;
    if (rule == QLatin1String("passthrough") && ruleWires != circuit.wireCount()) {
        runtime.stopAll();
        return report({ { QStringLiteral("ok"), false },
            { QStringLiteral("error"), QStringLiteral("the gate holds no rule") } });
    }
    app.exec();
    runtime.stopAll();
    if (!latencyOut.isEmpty() && !writeSamplesUs(latencyOut, latencies))
        result.insert(QStringLiteral("ok"), false);
    return report(result);
}
