#include "cli/deliveryoptions.h"

#include "cli/nodecommand.h"
#include "runtime/deliverycontroller.h"
#include "runtime/faultspec.h"

#include <QCommandLineParser>

namespace wb::deliveryoptions {

namespace {

const QString kFault = QStringLiteral("fault");
const QString kSpeed = QStringLiteral("speed");

NodeId nodeNamed(const circuitformat::Document &circuit, const QString &name)
{
    for (const NodeSpec &spec : circuit.nodes) {
        if (spec.name == name)
            return spec.id;
    }
    return 0;
}

} // namespace

QList<QCommandLineOption> options()
{
    return {
        QCommandLineOption(kFault,
            QStringLiteral("Fault rule of one wire for this run, on top of the circuit's: "
                           "FROM->TO:KEY=VALUE[,...], keys drop, dup, delay (50±10ms), "
                           "jitter-dist, each also as ack.KEY, and cut, timeout, retries; "
                           "repeatable (docs/delivery.md)."),
            QStringLiteral("RULE")),
        QCommandLineOption(kSpeed,
            QStringLiteral("Run at teaching pace: every hop takes 600 ms of run time, run "
                           "time going X times as fast as the clock (0.05 to 4)."),
            QStringLiteral("X")),
    };
}

QString apply(const QCommandLineParser &parser, NodeCommand *command)
{
    circuitformat::Document &circuit = command->circuit;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok || seed > (quint64(1) << 53)) {
            return QStringLiteral("--seed %1: must be a whole number from 0 to 2^53")
                .arg(parser.value(QStringLiteral("seed")));
        }
        circuit.seed = seed;
    }
    if (parser.isSet(kSpeed)) {
        bool ok = false;
        const double speed = parser.value(kSpeed).toDouble(&ok);
        if (!ok || !(speed >= TimeSource::kMinSpeed && speed <= TimeSource::kMaxSpeed)) {
            return QStringLiteral("--speed %1: must be a number from %2 to %3")
                .arg(parser.value(kSpeed))
                .arg(TimeSource::kMinSpeed)
                .arg(TimeSource::kMaxSpeed);
        }
        command->speed = speed;
    }
    for (const QString &spec : parser.values(kFault)) {
        const faultspec::Parsed parsed = faultspec::parse(spec);
        if (!parsed.override)
            return parsed.error;
        const faultspec::Override &rule = *parsed.override;
        const QString where = QStringLiteral("--fault '%1': ").arg(spec);
        const NodeId from = nodeNamed(circuit, rule.from);
        const NodeId to = nodeNamed(circuit, rule.to);
        if (from == 0 || to == 0) {
            return where
                + QStringLiteral("the circuit has no node named \"%1\"")
                      .arg(from == 0 ? rule.from : rule.to);
        }
        Wire *wire = nullptr;
        for (Wire &w : circuit.wires) {
            if (w.from == from && w.to == to)
                wire = &w;
        }
        if (!wire)
            return where
                + QStringLiteral("the circuit has no wire from %1 to %2").arg(rule.from, rule.to);
        const WireFaults faults = faultspec::apply(wire->faults, rule);
        if (const QString problem = faults::validate(faults); !problem.isEmpty())
            return where + problem;
        wire->faults = faults;
    }
    return {};
}

} // namespace wb::deliveryoptions
