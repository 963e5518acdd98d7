#include "cli/chartcommand.h"

#include "chart/sequencemodel.h"
#include "cli/nodecommand.h"
#include "recording/recording.h"
#include "recording/recordingfile.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QSaveFile>

namespace wb::chartcommand {

namespace {

ChartCommand failure(int code, const QString &message)
{
    ChartCommand command;
    command.mode = ChartCommand::Mode::Fail;
    command.exitCode = code;
    command.message = message;
    return command;
}

QString helpText(const QCommandLineParser &parser)
{
    return QStringLiteral("Usage: wirebench-node chart RECORDING [options]\n\n"
                          "The message sequence chart of a recording (.csv, as saved by "
                          "--record or the workbench) as text: PlantUML, Mermaid or SVG. "
                          "docs/chart.md.\n\n")
        + parser.helpText().section(u'\n', 2)
        + QStringLiteral("\nTimes are seconds from the recording's start (1.5), or with a "
                         "unit: 250ms, 40us, 12ns, 2s.\nExit codes: 0 done, 1 bad command "
                         "line, 8 recording not read or chart not written.\n");
}

} // namespace

bool isChart(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("chart");
}

std::optional<qint64> parseTime(const QString &text, QString *error)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE]([+-]?[0-9]+))?\\s*"
                       "(ns|us|µs|ms|s)?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        *error = QStringLiteral("not a time: seconds (1.5) or with a unit (250ms, 40us, "
                                "12ns, 2s)");
        return std::nullopt;
    }
    const QString unit = match.captured(3);
    const double scale = unit == QLatin1String("ns")                  ? 1.0
        : unit == QLatin1String("us") || unit == QStringLiteral("µs") ? 1e3
        : unit == QLatin1String("ms")                                 ? 1e6
                                                                      : 1e9;
    const QString mantissa = match.captured(1)
        + (match.captured(2).isEmpty() ? QString() : QStringLiteral("e") + match.captured(2));
    const double ns = mantissa.toDouble() * scale;
    // Up to about 292 years of nanoseconds.
    if (!(ns < 9.2e18)) {
        *error = QStringLiteral("too large");
        return std::nullopt;
    }
    return qint64(std::llround(ns));
}

ChartCommand parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption format({ QStringLiteral("f"), QStringLiteral("format") },
        QStringLiteral("plantuml (default), mermaid or svg."), QStringLiteral("FORMAT"));
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("Only messages sent at or after T (default: the start)."),
        QStringLiteral("T"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("Only messages sent at or before T (default: the end)."),
        QStringLiteral("T"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Write to FILE (default: standard output)."), QStringLiteral("FILE"));
    parser.addOptions({ help, format, from, to, output });
    parser.addPositionalArgument(QStringLiteral("RECORDING"),
        QStringLiteral("A recording: .csv (every message); a .vcd holds signals only."));
    if (!parser.parse(arguments))
        return failure(exitcode::kUsage, QStringLiteral("chart: ") + parser.errorText());
    if (parser.isSet(help)) {
        ChartCommand command;
        command.mode = ChartCommand::Mode::Help;
        command.message = helpText(parser);
        return command;
    }
    const QStringList positional = parser.positionalArguments(); // "chart" first
    if (positional.size() < 2)
        return failure(
            exitcode::kUsage, QStringLiteral("chart: missing RECORDING (see chart --help)"));
    if (positional.size() > 2)
        return failure(exitcode::kUsage,
            QStringLiteral("chart: unexpected argument: %1 (one RECORDING)").arg(positional.at(2)));
    ChartCommand command;
    command.mode = ChartCommand::Mode::Chart;
    command.recordingPath = positional.at(1);
    if (parser.isSet(format)) {
        const auto f = chartexport::formatFromName(parser.value(format));
        if (!f)
            return failure(exitcode::kUsage,
                QStringLiteral("chart: --format %1: expected plantuml, mermaid or svg")
                    .arg(parser.value(format)));
        command.format = *f;
    }
    for (const auto &[option, target] :
        { std::pair { &from, &command.fromNs }, std::pair { &to, &command.toNs } }) {
        if (!parser.isSet(*option))
            continue;
        QString error;
        *target = parseTime(parser.value(*option), &error);
        if (!*target)
            return failure(exitcode::kUsage,
                QStringLiteral("chart: --%1 %2: %3")
                    .arg(option->names().constFirst(), parser.value(*option), error));
    }
    if (command.fromNs && command.toNs && *command.fromNs > *command.toNs)
        return failure(exitcode::kUsage,
            QStringLiteral("chart: --from %1 is after --to %2")
                .arg(parser.value(from), parser.value(to)));
    command.outputPath = parser.value(output);
    return command;
}

int run(const ChartCommand &command, FILE *out, FILE *err)
{
    const auto fail = [&](int code, const QString &message) {
        std::fprintf(err, "wirebench-node: %s\n", qUtf8Printable(message));
        return code;
    };
    switch (command.mode) {
    case ChartCommand::Mode::Help:
        std::fprintf(out, "%s", qUtf8Printable(command.message));
        return exitcode::kOk;
    case ChartCommand::Mode::Fail:
        return fail(command.exitCode, command.message);
    case ChartCommand::Mode::Chart:
        break;
    }
    Recording recording(std::numeric_limits<qsizetype>::max());
    if (const QString error = recordingfile::open(command.recordingPath, &recording);
        !error.isEmpty())
        return fail(exitcode::kChart, QStringLiteral("chart: ") + error);
    SequenceModel model(&recording);
    model.update();
    if (model.size() == 0) {
        const bool vcd
            = recordingfile::formatFor(command.recordingPath) == recordingfile::Format::Vcd;
        return fail(exitcode::kChart,
            QStringLiteral("chart: %1: %2")
                .arg(command.recordingPath,
                    vcd ? QStringLiteral("a VCD holds the signals only, no messages: chart the "
                                         "run's .csv recording")
                        : QStringLiteral("no messages in this recording")));
    }
    chartexport::Options options;
    if (command.fromNs)
        options.fromNs = recording.startNs() + *command.fromNs;
    if (command.toNs)
        options.toNs = recording.startNs() + *command.toNs;
    const QByteArray text = chartexport::write(command.format, model, options).toUtf8();
    if (command.outputPath.isEmpty()) {
        std::fwrite(text.constData(), 1, std::size_t(text.size()), out);
        std::fflush(out);
        return exitcode::kOk;
    }
    QSaveFile file(command.outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return fail(exitcode::kChart,
            QStringLiteral("chart: --output %1: %2").arg(command.outputPath, file.errorString()));
    return exitcode::kOk;
}

} // namespace wb::chartcommand
