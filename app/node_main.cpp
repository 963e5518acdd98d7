// wirebench-node: the headless node. Everything but the process plumbing lives in core/.
#include "cli/chartcommand.h"
#include "cli/headlessrunner.h"
#include "cli/lessoncommand.h"
#include "cli/meshmonitor.h"
#include "cli/nodecommand.h"
#include "cli/pythoncommand.h"
#include "cli/ringrunner.h"
#include "i18n/translation.h"
#include "net/fdlimit.h"
#include "net/socketpolicy.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    wb::raiseOpenFileLimit(); // before any socket: the caps follow from it
    // Qt's own poll() loop rather than GLib's: a third of the system calls per message (see
    // docs/benchmarks.md). QT_NO_GLIB set but empty keeps GLib's.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    const std::optional<QString> language = wb::translation::takeLanguageArgument(&argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wirebench-node"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WIREBENCH_VERSION));
    // English unless asked (--lang, WIREBENCH_LANG): scripts read what a node prints.
    if (language) {
        QString error;
        const QString code = wb::translation::normalize(*language, &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "wirebench-node: --lang %s\n", qUtf8Printable(error));
            return wb::exitcode::kUsage;
        }
        wb::translation::install(code.isEmpty() ? QStringLiteral("en") : code);
    }

    // chart reads a recording and runs no node: its own command line.
    if (wb::chartcommand::isChart(QCoreApplication::arguments()))
        return wb::chartcommand::run(
            wb::chartcommand::parse(QCoreApplication::arguments()), stdout, stderr);
    // lesson runs a lesson's circuit and judges its checks: its own command line.
    if (wb::lessoncommand::isLesson(QCoreApplication::arguments()))
        return wb::lessoncommand::run(QCoreApplication::arguments(), stdout, stderr);
    // export-python writes a node as a Python sketch and runs nothing.
    if (wb::pythoncommand::isExportPython(QCoreApplication::arguments()))
        return wb::pythoncommand::run(
            wb::pythoncommand::parse(QCoreApplication::arguments()), stdout, stderr);
    // ring runs one member of a ring chat: its own options, the nodes' sockets.
    const bool ring = wb::ringcommand::isRing(QCoreApplication::arguments());
    const wb::RingCommand ringCommand
        = ring ? wb::ringcommand::parse(QCoreApplication::arguments()) : wb::RingCommand();
    const wb::NodeCommand command
        = ring ? ringCommand.node : wb::parseNodeCommand(QCoreApplication::arguments());
    wb::SocketPolicy policy = wb::SocketPolicy::processDefaults();
    policy.token = command.token; // sent by every connection we open, required beyond loopback
    policy.allowedOrigins = command.allowedOrigins;
    policy.certificate = command.certificate;
    policy.privateKey = command.privateKey;
    policy.pinnedSha256 = command.pinnedSha256;
    wb::SocketPolicy::setProcessDefaults(policy);
    switch (command.mode) {
    case wb::NodeCommand::Mode::Help:
    case wb::NodeCommand::Mode::Version:
        std::printf("%s\n", qUtf8Printable(command.message));
        return 0;
    case wb::NodeCommand::Mode::Fail:
        std::fprintf(stderr, "wirebench-node: %s\n", qUtf8Printable(command.message));
        return command.exitCode;
    case wb::NodeCommand::Mode::Mesh: {
        wb::MeshMonitor monitor(command, stdout, stderr);
        QObject::connect(&monitor, &wb::MeshMonitor::finished, &app, &QCoreApplication::exit);
        monitor.start();
        return app.exec();
    }
    case wb::NodeCommand::Mode::Run:
        break;
    }
    if (ring) {
        wb::RingRunner runner(ringCommand, stdout, stderr);
        QObject::connect(&runner, &wb::RingRunner::finished, &app, &QCoreApplication::exit);
        runner.start();
        return app.exec();
    }
    wb::HeadlessRunner runner(command, stdout, stderr);
    QObject::connect(&runner, &wb::HeadlessRunner::finished, &app, &QCoreApplication::exit);
    runner.start();
    return app.exec();
}
