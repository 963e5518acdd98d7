// wirebench [CIRCUIT] [--run] [--record-audio FILE.wav]: the workbench window.
#include "circuit.h"
#include "circuitformat.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "meshruntime.h"
#include "nodeselection.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Wirebench"));
    QApplication::setApplicationName(QStringLiteral("wirebench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Wirebench"));
    QApplication::setApplicationVersion(QStringLiteral(WIREBENCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.wirebench.Wirebench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A circuit workbench whose components are real WebSocket nodes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("circuit"),
                                 QStringLiteral("The circuit to open (default: the last one, "
                                                "or the seed circuit)."),
                                 QStringLiteral("[CIRCUIT]"));
    const QCommandLineOption run(QStringLiteral("run"), QStringLiteral("Run the circuit at once."));
    const QCommandLineOption record(QStringLiteral("record-audio"),
                                    QStringLiteral("Write the buzzers' sound to a WAV file."),
                                    QStringLiteral("FILE.wav"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("light, dark or system (saved)."),
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
    parser.addOptions(
        { run, record, theme, settingsFile, select, screenshot, screenshotAfter, quitAfter });
    parser.process(app);

    std::unique_ptr<QSettings> settings = parser.isSet(settingsFile)
        ? std::make_unique<QSettings>(parser.value(settingsFile), QSettings::IniFormat)
        : std::make_unique<QSettings>();
    if (parser.isSet(theme))
        settings->setValue(QStringLiteral("view/theme"), parser.value(theme));

    wb::MainWindow window(settings.get());
    window.openInitial(parser.positionalArguments().value(0));
    window.show();
    if (const wb::NodeId id = window.circuit()->idByName(parser.value(select)); id != 0)
        window.selection()->set({ id });

    if (parser.isSet(record)) {
        const QString error = window.startRecording(parser.value(record));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "wirebench: %s\n", qPrintable(error));
            return 2;
        }
    }
    if (parser.isSet(run))
        window.runtime()->startAll();

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
        QTimer::singleShot(parser.value(screenshotAfter).toInt(), &window, [&window, file, quitNow] {
            if (!window.grab().save(file))
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
