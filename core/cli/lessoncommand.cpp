#include "cli/lessoncommand.h"

#include "cli/headlessrunner.h"
#include "cli/nodecommand.h"
#include "discovery/registryclient.h"
#include "lesson/lesson.h"
#include "lesson/lessonchecker.h"
#include "runtime/meshruntime.h"
#include "runtime/timesource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cmath>

namespace wb::lessoncommand {

namespace {

void print(FILE *file, const QString &text)
{
    std::fprintf(file, "%s\n", qUtf8Printable(text));
    std::fflush(file);
}

QString outcomeLine(const CheckOutcome &o)
{
    const QString mark = o.state == CheckOutcome::State::Passed ? QStringLiteral("✓")
        : o.state == CheckOutcome::State::Failed                ? QStringLiteral("✗")
                                                                : QStringLiteral("?");
    return QStringLiteral("%1 %2%3").arg(
        mark, o.text, o.detail.isEmpty() ? QString() : QStringLiteral(" — ") + o.detail);
}

struct Options
{
    QString folder;
    std::optional<double> seconds;
    std::optional<double> speed;
    std::optional<quint64> seed;
    QString registry;
    bool log = false;
    QString error; // a bad command line
    QString help;
};

Options parse(const QStringList &arguments)
{
    Options o;
    QCommandLineParser parser;
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
        QStringLiteral("Run for this many seconds of run time (default: the lesson's run length)."),
        QStringLiteral("N"));
    const QCommandLineOption speed(QStringLiteral("speed"),
        QStringLiteral(
            "Run at teaching pace, run time going X times as fast as the clock (0.05 to 4)."),
        QStringLiteral("X"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Seed of the run, to repeat it."), QStringLiteral("N"));
    const QCommandLineOption registry(QStringLiteral("registry"),
        QStringLiteral("The etcd registry a lesson across laptops finds its nodes in."),
        QStringLiteral("URL"));
    const QCommandLineOption log(
        QStringLiteral("log"), QStringLiteral("Print every node's log lines too."));
    parser.addOptions({ help, seconds, speed, seed, registry, log });
    parser.addPositionalArgument(QStringLiteral("lesson"), QStringLiteral("lesson"));
    parser.addPositionalArgument(QStringLiteral("FOLDER"),
        QStringLiteral(
            "A lesson folder (with lesson.json), or a built-in lesson's name (01-seed, seed)."));
    if (!parser.parse(arguments)) {
        o.error = parser.errorText();
        return o;
    }
    if (parser.isSet(help)) {
        o.help = QStringLiteral(
                     "Usage: wirebench-node lesson FOLDER [options]\n\n"
                     "Runs a lesson's circuit, judges its checks and prints each as ✓ or ✗.\n"
                     "Exit codes: 0 every check passed, 9 a check failed, 1 bad command line,\n"
                     "2 a node cannot listen, 4 the lesson cannot be read.\n\n")
            + parser.helpText().section(u'\n', 2);
        return o;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        o.error = positional.size() < 2
            ? QStringLiteral("lesson: give a lesson folder (lesson --help)")
            : QStringLiteral("unexpected argument: ") + positional.at(2);
        return o;
    }
    o.folder = positional.at(1);
    bool ok = true;
    if (parser.isSet(seconds)) {
        o.seconds = parser.value(seconds).toDouble(&ok);
        if (!ok || !(*o.seconds >= 0.1 && *o.seconds <= 3600))
            o.error = QStringLiteral("--seconds %1: a number from 0.1 to 3600")
                          .arg(parser.value(seconds));
    }
    if (parser.isSet(speed)) {
        o.speed = parser.value(speed).toDouble(&ok);
        if (!ok || !(*o.speed >= TimeSource::kMinSpeed && *o.speed <= TimeSource::kMaxSpeed))
            o.error = QStringLiteral("--speed %1: a number from %2 to %3")
                          .arg(parser.value(speed))
                          .arg(TimeSource::kMinSpeed)
                          .arg(TimeSource::kMaxSpeed);
    }
    if (parser.isSet(seed)) {
        o.seed = parser.value(seed).toULongLong(&ok);
        if (!ok || *o.seed > circuitformat::kMaxSeed)
            o.error = QStringLiteral("--seed %1: a whole number from 0 to 2^53")
                          .arg(parser.value(seed));
    }
    if (parser.isSet(registry)) {
        QString why;
        const auto url = RegistryClient::parseEndpoint(parser.value(registry), &why);
        if (!url)
            o.error = QStringLiteral("--registry %1: %2").arg(parser.value(registry), why);
        else
            o.registry = url->toString();
    }
    o.log = parser.isSet(log);
    return o;
}

} // namespace

bool isLesson(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("lesson");
}

int run(const QStringList &arguments, FILE *out, FILE *err)
{
    const Options options = parse(arguments);
    if (!options.help.isEmpty()) {
        print(out, options.help);
        return exitcode::kOk;
    }
    if (!options.error.isEmpty()) {
        print(err, QStringLiteral("wirebench-node: ") + options.error);
        return exitcode::kUsage;
    }
    const lessonformat::Result loaded = lessonformat::load(lessonformat::resolve(options.folder));
    if (!loaded.ok()) {
        print(err, QStringLiteral("wirebench-node: ") + loaded.error);
        return exitcode::kCircuit;
    }
    const Lesson &lesson = loaded.lesson;
    if (lesson.needsRegistry && options.registry.isEmpty()) {
        print(err,
            QStringLiteral("wirebench-node: this lesson finds its nodes through a registry: "
                           "--registry http://HOST:2379 (docs/discovery.md)"));
        return exitcode::kUsage;
    }
    NodeCommand command;
    command.mode = NodeCommand::Mode::Run;
    command.circuit = lesson.circuit;
    if (options.seed)
        command.circuit.seed = options.seed;
    command.speed = options.speed;
    command.registry = options.registry;
    const double seconds = options.seconds.value_or(lesson.runSeconds);

    HeadlessRunner runner(command, out, err);
    if (!options.log)
        runner.setLogFilter([](const QString &) { return false; });
    LessonChecker checker(runner.runtime(), lesson.checks);
    print(out, QStringLiteral("Lesson: %1").arg(lesson.title));
    print(out, QStringLiteral("running %1 s of run time").arg(seconds));

    bool reported = false;
    const auto report = [&] {
        if (reported)
            return;
        reported = true;
        checker.finish();
        int passed = 0;
        for (const CheckOutcome &o : checker.outcomes()) {
            print(out, outcomeLine(o));
            passed += o.state == CheckOutcome::State::Passed ? 1 : 0;
        }
        print(out,
            QStringLiteral("%1 of %2 checks passed").arg(passed).arg(checker.outcomes().size()));
    };
    // The lesson's length in run time, from the run's start: a pause or slow motion stretches
    // it as it stretches the nodes' own timers.
    RunTimer deadline(runner.runtime()->delivery()->timeSource());
    deadline.setSingleShot(true);
    deadline.setInterval(qint64(std::ceil(seconds * 1000)));
    QObject::connect(runner.runtime(), &MeshRuntime::runningChanged, &runner, [&](bool running) {
        if (running && !reported && !deadline.isActive())
            deadline.start();
    });
    QObject::connect(&deadline, &RunTimer::timeout, &runner, [&] {
        report();
        runner.finish(checker.allPassed() ? exitcode::kOk : kChecksFailed);
    });
    int code = exitcode::kOk;
    QObject::connect(&runner, &HeadlessRunner::finished, &runner, [&](int exitCode) {
        report(); // a node that could not listen ends the run early
        code = exitCode;
        QCoreApplication::exit(exitCode);
    });
    runner.start();
    QCoreApplication::exec();
    return code;
}

} // namespace wb::lessoncommand
