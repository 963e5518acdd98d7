#include "cli/signalwatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QString>
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace wb {

namespace {

constexpr int kSignals[] = { SIGINT, SIGTERM, SIGHUP };

int g_fds[2] = { -1, -1 };
// -1: hand the signal to the event loop; else the exit code of an immediate _exit().
volatile sig_atomic_t g_exitCode = -1;
// What the handler says then, prepared beforehand: it may not format.
char g_said[160] = {};
std::size_t g_saidSize = 0;

void onSignal(int number)
{
    if (g_exitCode >= 0) {
        // Only async-signal-safe calls here: write(2) and _exit(2).
        [[maybe_unused]] const auto shown = ::write(STDERR_FILENO, g_said, g_saidSize);
        ::_exit(g_exitCode);
    }
    const char byte = char(number);
    [[maybe_unused]] const auto written = ::write(g_fds[0], &byte, 1);
}

void install()
{
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int number : kSignals)
        ::sigaction(number, &action, nullptr);
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
    if (g_fds[0] == -1 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fds) != 0)
        return;
    ::fcntl(g_fds[0], F_SETFL, O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_fds[1], &byte, 1) == 1)
            Q_EMIT terminationRequested(int(byte));
    });
    install();
}

SignalWatcher::~SignalWatcher()
{
    if (g_exitCode >= 0)
        return; // armed: the handler needs nothing of ours
    for (const int number : kSignals)
        ::signal(number, SIG_DFL);
}

void SignalWatcher::exitAtNextSignal(int exitCode)
{
    const QByteArray said = QCoreApplication::applicationName().toLocal8Bit()
        + ": signalled again while quitting: quitting at once\n";
    g_saidSize = std::min(sizeof g_said, std::size_t(said.size()));
    std::memcpy(g_said, said.constData(), g_saidSize);
    std::atomic_signal_fence(std::memory_order_seq_cst); // the text before the switch
    g_exitCode = exitCode < 0 ? 1 : exitCode;
    install(); // also when no watcher installed it, or one was destroyed
}

QString SignalWatcher::name(int signalNumber)
{
    switch (signalNumber) {
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGHUP:
        return QStringLiteral("SIGHUP");
    default:
        return QStringLiteral("signal %1").arg(signalNumber);
    }
}

} // namespace wb
