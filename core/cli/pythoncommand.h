#pragma once

#include <QStringList>
#include <cstdio>

namespace wb {

// wirebench-node export-python CIRCUIT.json NODE [-o FILE]: one node of a circuit file as a
// seed-style Python sketch (docs/python-export.md), on standard output or into FILE.
struct PythonCommand
{
    enum class Mode { Export, Help, Fail };
    Mode mode = Mode::Fail;
    QString circuitPath;
    QString node; // its name in the circuit
    QString outputPath; // empty: stdout
    QString message; // help or error text
    int exitCode = 0;
};

namespace pythoncommand {

// Exit code of an export that cannot be done (no such node, a kind without a Python export, a
// sketch outside the translated subset, an output that cannot be written).
inline constexpr int kNotExported = 2;

// Whether wirebench-node's arguments name the export-python subcommand.
bool isExportPython(const QStringList &arguments);
// Pure: no I/O.
PythonCommand parse(const QStringList &arguments);
// Reads the circuit, writes the sketch; returns the exit code (errors go to err):
// exitcode::kUsage for a bad command line, exitcode::kCircuit for a circuit file that cannot be
// read, kNotExported for the rest.
int run(const PythonCommand &command, FILE *out, FILE *err);

} // namespace pythoncommand
} // namespace wb
