#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace wb {

struct NodeCommand;

// wirebench-node's options of the delivery path (docs/delivery.md): --fault adds or overrides a
// wire's fault rules for this run, --speed runs it at teaching pace. Kept apart from the rest
// of the command line, which is about sockets and sketches.
namespace deliveryoptions {

QList<QCommandLineOption> options();

// Applies --fault, --speed and --seed (the run's seed) to the command's circuit; returns an
// error text naming the option and the rule (the command line is at fault: exit 1), or empty.
QString apply(const QCommandLineParser &parser, NodeCommand *command);

} // namespace deliveryoptions
} // namespace wb
