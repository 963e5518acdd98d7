// wirebench-node: the headless node. Everything but the process plumbing lives in core/.
#include "cli/headlessrunner.h"
#include "cli/nodecommand.h"
#include "discovery/meshmonitor.h"
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
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wirebench-node"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WIREBENCH_VERSION));

    const wb::NodeCommand command = wb::parseNodeCommand(QCoreApplication::arguments());
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
    wb::HeadlessRunner runner(command, stdout, stderr);
    QObject::connect(&runner, &wb::HeadlessRunner::finished, &app, &QCoreApplication::exit);
    runner.start();
    return app.exec();
}
