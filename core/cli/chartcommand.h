#pragma once

#include "chart/chartexport.h"

#include <QStringList>
#include <cstdio>

namespace wb {

// wirebench-node chart RECORDING --format plantuml|mermaid|svg [--from T] [--to T]
// [--output FILE]: a recording's message sequence chart as text (docs/chart.md). Times are
// seconds from the recording's start, or with a unit (ms, us, ns, s).
struct ChartCommand
{
    enum class Mode { Chart, Help, Fail };
    Mode mode = Mode::Fail;
    QString recordingPath;
    chartexport::Format format = chartexport::Format::PlantUml;
    std::optional<qint64> fromNs; // from the recording's start
    std::optional<qint64> toNs;
    QString outputPath; // empty: stdout
    QString message; // help or error text
    int exitCode = 0;
};

namespace chartcommand {

// Whether wirebench-node's arguments name the chart subcommand.
bool isChart(const QStringList &arguments);
// Pure: no I/O.
ChartCommand parse(const QStringList &arguments);
// "1.5", "1.5s", "250ms", "40us", "12ns" -> ns; none with an error on bad input.
std::optional<qint64> parseTime(const QString &text, QString *error);
// Reads the recording, writes the chart; returns the exit code (errors go to err):
// exitcode::kUsage for a bad command line, exitcode::kChart for a recording that cannot be
// read or holds no messages, or an output that cannot be written.
int run(const ChartCommand &command, FILE *out, FILE *err);

} // namespace chartcommand
} // namespace wb
