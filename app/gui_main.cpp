// wirebench [CIRCUIT] [--run] [--replay FILE] [--record-audio FILE.wav]: the workbench window.
#include "analyzer/logicanalyzer.h"
#include "autosave.h"
#include "circuiteditor.h"
#include "classroom/teachermode.h"
#include "classroom/userguide.h"
#include "crashrecovery.h"
#include "document/circuit.h"
#include "document/circuitformat.h"
#include "documentcontroller.h"
#include "gracefulquit.h"
#include "lesson/lesson.h"
#include "lesson/lessoncontroller.h"
#include "mainwindow.h"
#include "net/fdlimit.h"
#include "net/socketcredentials.h"
#include "networksecurity.h"
#include "networksecuritycontrol.h"
#include "nodeselection.h"
#include "queue/consolepanel.h"
#include "ring/ringchat.h"
#include "runcontrol.h"
#include "runtime/meshruntime.h"
#include "theme.h"
#include "translation/languagemenu.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

// Autosaves live beside the settings: a test or a profile given --settings keeps its own.
QString recoveryDirectory(const QSettings &settings, bool givenSettings)
{
    if (givenSettings)
        return QFileInfo(settings.fileName()).absolutePath() + QStringLiteral("/recovery");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/recovery");
}

// --set NODE.PARAM=VALUE: an edit like the inspector's, undoable and unsaved.
QString applySetting(wb::MainWindow &window, const QString &assignment)
{
    const qsizetype dot = assignment.indexOf(u'.');
    const qsizetype equals = assignment.indexOf(u'=');
    if (dot <= 0 || equals <= dot + 1)
        return QStringLiteral("--set %1: expected NODE.PARAM=VALUE").arg(assignment);
    const QString node = assignment.left(dot);
    const QString key = assignment.mid(dot + 1, equals - dot - 1);
    const QString text = assignment.mid(equals + 1);
    const wb::NodeId id = window.circuit()->idByName(node);
    if (id == 0)
        return QStringLiteral("--set %1: no node is named \"%2\"").arg(assignment, node);
    bool number = false;
    const double value = text.toDouble(&number);
    if (!window.editor()->setParam(id, key, number ? QVariant(value) : QVariant(text)))
        return QStringLiteral("--set %1: refused (see the log)").arg(assignment);
    return {};
}

bool saveScreenshot(QWidget &window, const QString &file)
{
    QSaveFile out(file);
    return out.open(QIODevice::WriteOnly)
        && window.grab().save(&out, qPrintable(QFileInfo(file).suffix())) && out.commit();
}

// --help, --version and an option's missing or unexpected value, answered before the
// QApplication exists: it needs a display, and these need none. An unknown option waits for the
// second pass, because QApplication's own (-platform, -style...) are unknown to `parser`.
// Returns the exit code when the program is done.
std::optional<int> answerWithoutDisplay(QCommandLineParser *parser, int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool parsed = parser->parse(arguments);
    if (parser->isSet(QStringLiteral("help"))) {
        // Without a QCoreApplication the usage line cannot know the program's name.
        const QString help = parser->helpText().replace(QStringLiteral("<executable_name>"),
                                                        arguments.value(0));
        std::fputs(qPrintable(help), stdout);
        return 0;
    }
    if (parser->isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (!parsed && parser->unknownOptionNames().isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
                     qPrintable(parser->errorText()));
        return 1;
    }
    return std::nullopt;
}

// Whether Qt has a display to open the window on. Without one QApplication aborts, telling
// the user to reinstall: we answer ourselves, on Qt's offscreen platform.
bool hasDisplay(int argc, char *argv[])
{
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" }) {
        if (!qEnvironmentVariableIsEmpty(name))
            return true;
    }
    for (int i = 1; i < argc; ++i) {
        // QGuiApplication reads -platform NAME (or --platform NAME), nothing else.
        const QByteArrayView arg(argv[i]);
        if (arg == "-platform" || arg == "--platform")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    wb::raiseOpenFileLimit(); // every node is a listening socket: more than 1024 descriptors
    QCoreApplication::setOrganizationName(QStringLiteral("Wirebench"));
    QCoreApplication::setApplicationName(QStringLiteral("wirebench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WIREBENCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A circuit workbench whose components are real WebSocket nodes.\n"
                       "--token-file, --tls-cert, --tls-key and --tls-pin win over Run > "
                       "Network Security... for this run (docs/security.md).\n"
                       "Exit codes: 0 done, 1 bad command line or no display, 2 --record-audio "
                       "cannot write its file."));
    // QApplication's options are single-dash words (-reverse, -stylesheet): read as bundled
    // letters they would be -v or -h to the first pass.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("circuit"),
                                 QStringLiteral("The circuit to open (default: the last one, "
                                                "or the seed circuit)."),
                                 QStringLiteral("[CIRCUIT]"));
    const QCommandLineOption run(QStringLiteral("run"), QStringLiteral("Run the circuit at once."));
    const QCommandLineOption replay(QStringLiteral("replay"),
        QStringLiteral("Open a recording (.csv or .vcd) and replay it on the canvas."),
        QStringLiteral("FILE"));
    const QCommandLineOption record(QStringLiteral("record-audio"),
                                    QStringLiteral("Write the buzzers' sound to a WAV file."),
                                    QStringLiteral("FILE.wav"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("light, dark, high-contrast or system (saved)."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption settingsFile(
        QStringLiteral("settings"), QStringLiteral("Keep the settings in this INI file."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of the window and quit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption screenshotAfter(
        QStringLiteral("screenshot-after"),
        QStringLiteral("Milliseconds to wait before the screenshot (default 3000)."),
        QStringLiteral("MS"), QStringLiteral("3000"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QStringLiteral("Select this node at start."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                       QStringLiteral("Quit after this many milliseconds."),
                                       QStringLiteral("MS"));
    const QCommandLineOption recover(
        QStringLiteral("recover"),
        QStringLiteral("Unsaved changes left by a Wirebench that crashed: ask (default), yes "
                       "(recover the newest) or no (discard them)."),
        QStringLiteral("ask|yes|no"), QStringLiteral("ask"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("Change a parameter after opening, as an edit "
                                                "(repeatable)."),
                                 QStringLiteral("NODE.PARAM=VALUE"));
    const QCommandLineOption show(QStringLiteral("show"),
        QStringLiteral("Bring this panel to the front: chart, analyzer, "
                       "log, mesh, chat (the ring chat), console or inspector."),
        QStringLiteral("PANEL"));
    const QCommandLineOption hide(QStringLiteral("hide"),
        QStringLiteral("Hide this panel (as --show names them; repeatable): room for the "
                       "canvas."),
        QStringLiteral("PANEL"));
    const QCommandLineOption teaching(QStringLiteral("teaching-pace"),
                                      QStringLiteral("Run at teaching pace at this speed "
                                                     "(0.05 to 4)."),
                                      QStringLiteral("SPEED"));
    const QCommandLineOption say(QStringLiteral("say"),
        QStringLiteral("Say a line at a ring node in the Ring Chat: the "
                       "first 2 s after --run, then one every 2 s "
                       "(repeatable)."),
        QStringLiteral("NODE=TEXT"));
    const QCommandLineOption typeLine(QStringLiteral("type"),
        QStringLiteral("Type a line at a keyboard node in the Console dock, "
                       "1 s after --run, all in order (repeatable)."),
        QStringLiteral("NODE=TEXT"));
    // Classroom (docs/classroom.md); --guide's window is what --screenshot then takes.
    const QCommandLineOption teacherMode(QStringLiteral("teacher-mode"),
        QStringLiteral("Start in teacher mode (editing locked, the presentation layout)."));
    const QCommandLineOption lesson(QStringLiteral("lesson"),
        QStringLiteral("Open a lesson: a built-in one by name (01-seed, seed) or a lesson folder."),
        QStringLiteral("LESSON"));
    const QCommandLineOption guide(QStringLiteral("guide"),
        QStringLiteral("Open the user guide at this page (e.g. faults.md)."),
        QStringLiteral("PAGE"));
    const QCommandLineOption language(QStringLiteral("lang"),
        QStringLiteral("The window's language for this run: en, de, fr or es (default: View > "
                       "Language, else the system's)."),
        QStringLiteral("LANG"));
    // As wirebench-node's (docs/security.md); they win over Run ▸ Network Security… for this run.
    const auto [tokenFile, tlsCert, tlsKey, tlsPin] = wb::credentialOptions();
    parser.addOptions({ run, replay, record, theme, settingsFile, select, screenshot,
        screenshotAfter, quitAfter, recover, set, show, hide, teaching, say, typeLine, teacherMode,
        lesson, guide, language, tokenFile, tlsCert, tlsKey, tlsPin });
    if (const std::optional<int> code = answerWithoutDisplay(&parser, argc, argv))
        return *code;

    // --help-all lists QApplication's options too, and an unknown option may be one of them:
    // both need the QApplication, which needs a display unless it is told to go offscreen.
    const bool display = hasDisplay(argc, argv);
    if (!display || parser.isSet(QStringLiteral("help-all")))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Wirebench"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.wirebench.Wirebench"));
    // Again, now that QApplication has taken its own options (-platform, -style...) out.
    parser.process(app);
    if (!display) {
        std::fprintf(stderr,
                     "wirebench: no display to show the window on: set DISPLAY or "
                     "WAYLAND_DISPLAY (QT_QPA_PLATFORM=offscreen for a window nobody sees); "
                     "wirebench-node runs circuits without one\n");
        return 1;
    }

    // Checked before any window: a bad file is a bad command line. Only the options given are
    // checked here; the saved settings under them are the window's to report.
    const wb::NetworkSecurity::CommandLine securityOptions { parser.value(tokenFile),
                                                             parser.value(tlsCert),
                                                             parser.value(tlsKey),
                                                             parser.value(tlsPin) };
    const bool securityGiven = parser.isSet(tokenFile) || parser.isSet(tlsCert)
        || parser.isSet(tlsKey) || parser.isSet(tlsPin)
        || qEnvironmentVariableIsSet("WIREBENCH_TOKEN");
    if (securityGiven) {
        wb::SocketPolicy policy;
        const wb::NetworkSecurity::Problem problem
            = wb::NetworkSecurity().overriddenBy(securityOptions)
                  .makePolicy({}, wb::SocketPolicy::processDefaults(), &policy);
        if (!problem.ok()) {
            std::fprintf(stderr, "wirebench: %s\n", qPrintable(problem.text));
            return 1;
        }
    }

    std::unique_ptr<QSettings> settings = parser.isSet(settingsFile)
        ? std::make_unique<QSettings>(parser.value(settingsFile), QSettings::IniFormat)
        : std::make_unique<QSettings>();
    if (parser.isSet(theme))
        settings->setValue(QStringLiteral("view/theme"), parser.value(theme));
    // Before any window: its texts are translated as they are made.
    QString languageProblem;
    if (!wb::languagesetting::apply(settings.get(), parser.value(language), &languageProblem)) {
        std::fprintf(stderr, "wirebench: %s\n", qPrintable(languageProblem));
        return 1;
    }
    if (!languageProblem.isEmpty())
        std::fprintf(stderr, "wirebench: %s\n", qPrintable(languageProblem));

    const QString recoverMode = parser.value(recover);
    if (!QStringList { QStringLiteral("ask"), QStringLiteral("yes"), QStringLiteral("no") }
             .contains(recoverMode)) {
        std::fprintf(stderr, "wirebench: --recover %s: expected ask, yes or no\n",
                     qPrintable(recoverMode));
        return 1;
    }

    wb::MainWindow window(settings.get());
    if (securityGiven)
        window.networkSecurity()->setCommandLine(securityOptions);
    window.openInitial(parser.positionalArguments().value(0));
    window.show();
    if (parser.isSet(lesson)) {
        const QString folder = wb::lessonformat::resolve(parser.value(lesson));
        if (const wb::lessonformat::Result loaded = wb::lessonformat::load(folder); !loaded.ok()) {
            std::fprintf(stderr, "wirebench: --lesson %s: %s\n", qPrintable(parser.value(lesson)),
                qPrintable(loaded.error));
            return 1;
        }
        // Nothing to ask about at launch: the lesson opens within this call.
        bool opened = false;
        window.lessons()->openLesson(folder, [&opened](bool ok) { opened = ok; });
        if (!opened) {
            std::fprintf(stderr, "wirebench: --lesson %s: its circuit cannot be opened\n",
                qPrintable(parser.value(lesson)));
            return 1;
        }
    } else if (parser.positionalArguments().isEmpty()) {
        window.lessons()->showStartPageAtLaunch(); // no file: recent files, examples, lessons
    }
    const QStringList assignments = parser.values(set);
    for (const QString &assignment : assignments) {
        if (const QString error = applySetting(window, assignment); !error.isEmpty()) {
            std::fprintf(stderr, "wirebench: %s\n", qPrintable(error));
            return 1;
        }
    }

    // Declared after the window, so destroyed before it: a clean exit removes the autosave.
    const QString recoveryDir = recoveryDirectory(*settings, parser.isSet(settingsFile));
    wb::Autosave autosave(window.documents(), recoveryDir);
    autosave.setInterval(int(1000
                             * settings->value(QStringLiteral("documents/autosaveSeconds"),
                                               wb::Autosave::kDefaultIntervalMs / 1000)
                                   .toDouble()));
    QObject::connect(&autosave, &wb::Autosave::failed, &window, [&window](const QString &error) {
        std::fprintf(stderr, "wirebench: autosave: %s\n", qPrintable(error));
        window.showMessage(QObject::tr("Autosave failed: %1").arg(error));
    });
    // SIGTERM, SIGINT, SIGHUP, the session's end: as closing the window, without questions.
    wb::GracefulQuit gracefulQuit(&window, &autosave);
    wb::CrashRecovery recovery(window.documents(), &autosave, recoveryDir, &window);
    if (recoverMode != QLatin1String("ask")) {
        recovery.answerAlways(recoverMode == QLatin1String("yes") ? wb::CrashRecovery::Answer::Recover
                                                                  : wb::CrashRecovery::Answer::Discard);
    }
    QObject::connect(&recovery, &wb::CrashRecovery::recovered, &window,
                     [&window](const wb::RecoveryFile &r) {
                         const QString what = r.path.isEmpty() ? r.name : r.path;
                         std::fprintf(stderr, "wirebench: recovered the unsaved changes to %s\n",
                                      qPrintable(what));
                         window.showMessage(QObject::tr("Recovered the unsaved changes to %1")
                                                .arg(window.documents()->displayName()));
                     });
    // Once the window is up, so that the question has a parent on screen.
    QTimer::singleShot(0, &recovery, &wb::CrashRecovery::start);
    if (const wb::NodeId id = window.circuit()->idByName(parser.value(select)); id != 0)
        window.selection()->set({ id });

    if (parser.isSet(record)) {
        const QString error = window.startRecording(parser.value(record));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "wirebench: %s\n", qPrintable(error));
            return 2;
        }
    }
    if (parser.isSet(show)) {
        const QString name = parser.value(show) + QStringLiteral("Dock");
        auto *dock = window.findChild<QDockWidget *>(name);
        if (!dock) {
            std::fprintf(stderr, "wirebench: --show: no panel named %s\n",
                         qPrintable(parser.value(show)));
            return 1;
        }
        dock->show();
        dock->raise();
    }
    for (const QString &panel : parser.values(hide)) {
        auto *dock = window.findChild<QDockWidget *>(panel + QStringLiteral("Dock"));
        if (!dock) {
            std::fprintf(stderr, "wirebench: --hide: no panel named %s\n", qPrintable(panel));
            return 1;
        }
        dock->hide();
    }
    if (parser.isSet(teaching)) {
        bool ok = false;
        const double speed = parser.value(teaching).toDouble(&ok);
        if (!ok || speed < 0.05 || speed > 4) {
            std::fprintf(stderr, "wirebench: --teaching-pace: %s is not a speed from 0.05 to 4\n",
                         qPrintable(parser.value(teaching)));
            return 1;
        }
        window.runControl()->setTeachingSpeed(speed);
        window.runControl()->setTeaching(true);
    }
    if (parser.isSet(teacherMode))
        window.teacherMode()->enter();
    if (parser.isSet(guide)) {
        const QString page = parser.value(guide);
        if (!QFileInfo::exists(wb::UserGuide::root() + u'/' + page)) {
            std::fprintf(stderr, "wirebench: --guide: the guide has no page %s\n",
                         qPrintable(page));
            return 1;
        }
        window.userGuide()->show();
        window.userGuide()->open(page);
    }
    if (parser.isSet(run))
        window.runtime()->startAll();
    // After --run: a run that starts ends a replay.
    if (parser.isSet(replay)) {
        const QString error = window.analyzer()->openRecording(parser.value(replay));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "wirebench: --replay: %s\n", qPrintable(error));
            return 1;
        }
    }

    // Scripted lines go round the ring as typed ones do, once the ring has had time to form.
    const QStringList lines = parser.values(say);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString node = lines.at(i).section(u'=', 0, 0);
        const QString text = lines.at(i).section(u'=', 1);
        const wb::NodeId id = window.circuit()->idByName(node);
        if (id == 0 || text.isEmpty()) {
            std::fprintf(stderr,
                "wirebench: --say %s: expected NODE=TEXT with a node of the "
                "circuit\n",
                qPrintable(lines.at(i)));
            return 1;
        }
        QTimer::singleShot(int(2000 * (i + 1)), &window, [&window, id, text] {
            window.ringChat()->pick(id);
            if (!window.ringChat()->say(text))
                std::fprintf(
                    stderr, "wirebench: --say: %s\n", qPrintable(window.ringChat()->errorText()));
        });
    }

    // Scripted lines are typed as at the keyboard, at once: those the queue has no room for
    // wait in the keyboard.
    QList<QPair<wb::NodeId, QString>> typed;
    for (const QString &line : parser.values(typeLine)) {
        const QString node = line.section(u'=', 0, 0);
        const QString text = line.section(u'=', 1);
        const wb::NodeId id = window.circuit()->idByName(node);
        const wb::NodeSpec *spec = window.circuit()->node(id);
        if (!spec || spec->kind != wb::NodeKind::Keyboard || text.isEmpty()) {
            std::fprintf(stderr,
                "wirebench: --type %s: expected NODE=TEXT with a keyboard of the circuit\n",
                qPrintable(line));
            return 1;
        }
        typed.append({ id, text });
    }
    if (!typed.isEmpty()) {
        QTimer::singleShot(1000, &window, [&window, typed] {
            for (const auto &[id, text] : typed) {
                window.consolePanel()->pickKeyboard(id);
                if (!window.consolePanel()->type(text))
                    std::fprintf(stderr, "wirebench: --type: %s\n",
                        qPrintable(window.consolePanel()->errorText()));
            }
        });
    }

    // Scripted runs end without questions: the document is not theirs to save.
    const auto quitNow = [&window] {
        window.stopRecording();
        window.documents()->setPrompt(
            [](const QString &, std::function<void(wb::DocumentController::Answer)> answer) {
                answer(wb::DocumentController::Answer::Discard);
            });
        window.close();
    };
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const bool ofGuide = parser.isSet(guide);
        QTimer::singleShot(parser.value(screenshotAfter).toInt(), &window,
            [&window, file, quitNow, ofGuide] {
            if (!saveScreenshot(ofGuide ? *window.userGuide()->window()
                                        : static_cast<QWidget &>(window), file))
                std::fprintf(stderr, "wirebench: cannot write %s\n", qPrintable(file));
            quitNow();
        });
    }
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &window, quitNow);

    const int code = QApplication::exec();
    window.stopRecording();
    return code;
}
