#include "cli/pythoncommand.h"

#include "cli/nodecommand.h"
#include "cli/pythonexport.h"
#include "document/circuit.h"
#include "document/circuitformat.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>

namespace wb::pythoncommand {

namespace {

PythonCommand failure(int code, const QString &message)
{
    PythonCommand command;
    command.mode = PythonCommand::Mode::Fail;
    command.exitCode = code;
    command.message = message;
    return command;
}

QString helpText(const QCommandLineParser &parser)
{
    return QStringLiteral("Usage: wirebench-node export-python CIRCUIT.json NODE [-o FILE]\n\n"
                          "NODE of the circuit as a seed-style Python sketch (asyncio + "
                          "websockets) that runs in its place against the workbench: "
                          "python3 FILE. Clock, iopin, buzzer, led and script nodes (a script "
                          "in the subset of docs/python-export.md).\n\n")
        + parser.helpText().section(u'\n', 2)
        + QStringLiteral("\nExit codes: 0 done, 1 bad command line, 2 the node cannot be "
                         "exported (the reason names it, and the line of a script), 4 bad "
                         "circuit file.\n");
}

} // namespace

bool isExportPython(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("export-python");
}

PythonCommand parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Write the sketch to FILE (default: standard output)."),
        QStringLiteral("FILE"));
    parser.addOptions({ help, output });
    parser.addPositionalArgument(
        QStringLiteral("CIRCUIT"), QStringLiteral("A circuit file (.json)."));
    parser.addPositionalArgument(
        QStringLiteral("NODE"), QStringLiteral("The name of a node of it."));
    QStringList args = arguments;
    args.removeAt(1); // export-python
    if (!parser.parse(args))
        return failure(exitcode::kUsage, parser.errorText());
    if (parser.isSet(help)) {
        PythonCommand command;
        command.mode = PythonCommand::Mode::Help;
        command.message = helpText(parser);
        return command;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return failure(exitcode::kUsage,
            QStringLiteral(
                "export-python takes a circuit file and a node name (export-python --help)"));
    if (parser.isSet(output) && parser.value(output).isEmpty())
        return failure(exitcode::kUsage, QStringLiteral("-o: give a file name"));
    PythonCommand command;
    command.mode = PythonCommand::Mode::Export;
    command.circuitPath = positional.at(0);
    command.node = positional.at(1);
    command.outputPath = parser.value(output);
    return command;
}

int run(const PythonCommand &command, FILE *out, FILE *err)
{
    if (command.mode == PythonCommand::Mode::Help) {
        std::fprintf(out, "%s", qUtf8Printable(command.message));
        return exitcode::kOk;
    }
    if (command.mode == PythonCommand::Mode::Fail) {
        std::fprintf(err, "wirebench-node export-python: %s\n", qUtf8Printable(command.message));
        return command.exitCode;
    }
    const auto loaded = circuitformat::load(command.circuitPath);
    if (!loaded.ok()) {
        std::fprintf(err, "wirebench-node export-python: %s\n", qUtf8Printable(loaded.error));
        return exitcode::kCircuit;
    }
    Circuit circuit;
    circuitformat::setDocument(&circuit, loaded.document);
    const NodeId id = circuit.idByName(command.node);
    if (id == 0) {
        QStringList names;
        for (const NodeSpec &spec : circuit.nodes())
            names << spec.name;
        std::fprintf(err, "wirebench-node export-python: %s: no node named %s (nodes: %s)\n",
            qUtf8Printable(command.circuitPath), qUtf8Printable(command.node),
            qUtf8Printable(names.join(QStringLiteral(", "))));
        return kNotExported;
    }
    const pythonexport::Result result = pythonexport::exportNode(circuit, id);
    if (!result.ok) {
        std::fprintf(err, "wirebench-node export-python: %s: %s\n",
            qUtf8Printable(command.circuitPath), qUtf8Printable(result.error));
        return kNotExported;
    }
    if (command.outputPath.isEmpty()) {
        std::fprintf(out, "%s", qUtf8Printable(result.source));
        return exitcode::kOk;
    }
    QSaveFile file(command.outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.source.toUtf8()) < 0
        || !file.commit()) {
        std::fprintf(err, "wirebench-node export-python: cannot write %s: %s\n",
            qUtf8Printable(command.outputPath), qUtf8Printable(file.errorString()));
        return kNotExported;
    }
    // A sketch with a #! line: executable, as the seed's arduino.py.
    QFile::setPermissions(command.outputPath,
        QFile::permissions(command.outputPath) | QFile::ExeOwner | QFile::ExeGroup
            | QFile::ExeOther);
    return exitcode::kOk;
}

} // namespace wb::pythoncommand
