#include "gracefulquit.h"

#include "autosave.h"
#include "cli/signalwatcher.h"
#include "mainwindow.h"
#include "runtime/component.h"
#include "runtime/meshruntime.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTimer>
#include <cstdio>

#if QT_CONFIG(sessionmanager)
#include <QSessionManager>
#endif

namespace wb {

namespace {

// As wirebench-node: the close frames leave before the process ends.
constexpr int kCloseFramesMs = 150;

} // namespace

GracefulQuit::GracefulQuit(MainWindow *window, Autosave *autosave, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_autosave(autosave)
    , m_signals(new SignalWatcher(this))
    , m_farewell(new QTimer(this))
{
    connect(m_signals, &SignalWatcher::terminationRequested, this,
        [this](int number) { quit(SignalWatcher::name(number)); });
#if QT_CONFIG(sessionmanager)
    // The session manager asks every program to commit its data before the session ends; a
    // cancelled logout would find the workbench gone, its changes kept for the next start.
    connect(qApp, &QGuiApplication::commitDataRequest, this,
        [this](QSessionManager &) { quit(QStringLiteral("session")); });
    // Also sent for a checkpoint ("save the session" while it goes on): the changes reach the
    // recovery file at once, and the workbench goes on.
    connect(qApp, &QGuiApplication::saveStateRequest, this, [this](QSessionManager &) {
        if (m_quitting)
            return;
        if (const QString error = m_autosave->saveNow(); !error.isEmpty())
            report(QStringLiteral("autosave: %1").arg(error));
    });
#endif
    // Wall-clock: this waits for sockets to close, not for the run's clock (which may pause).
    m_farewell->setSingleShot(true);
    connect(m_farewell, &QTimer::timeout, this, &GracefulQuit::finish);
}

GracefulQuit::~GracefulQuit() = default;

void GracefulQuit::quit(const QString &reason)
{
    if (m_quitting) {
        // The files were written by the first request: nothing is left worth waiting for.
        report(QStringLiteral("signalled again while quitting: quitting at once"));
        finish();
        return;
    }
    m_quitting = true;
    report(reason == QLatin1String("session") ? QStringLiteral("the session ends: quitting")
                                              : QStringLiteral("%1: quitting").arg(reason));
    keepFiles(reason);
    // From here a second signal ends the process even if the event loop never comes back.
    std::fflush(stderr);
    SignalWatcher::exitAtNextSignal(m_exitCode);
    Q_EMIT quitting(reason);
    stopNodes();
}

void GracefulQuit::keepFiles(const QString &reason)
{
    if (const QString error = m_autosave->keepForNextStart(reason); !error.isEmpty()) {
        report(QStringLiteral("cannot keep the unsaved changes: %1").arg(error));
        m_exitCode = 1;
    } else if (!m_autosave->filePath().isEmpty() && QFileInfo::exists(m_autosave->filePath())) {
        report(QStringLiteral("the unsaved changes are kept in %1; the next start offers them")
                   .arg(m_autosave->filePath()));
    }
    if (const QString error = m_window->stopRecording(); !error.isEmpty()) {
        report(QStringLiteral("the sound recording failed: %1").arg(error));
        m_exitCode = 1;
    }
}

void GracefulQuit::stopNodes()
{
    // What closing the window does (its settings are stored), but no question: the changes are
    // in the recovery file. The loop must not end with the last window: the nodes still close.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    m_window->closeWithoutAsking();
    MeshRuntime *runtime = m_window->runtime();
    runtime->stopAll();
    if (!runtime->isRunning()) {
        m_farewell->start(kCloseFramesMs);
        return;
    }
    // A node with something to say before it stops (a ring member telling its neighbours it
    // leaves) runs until it has said it, at most Component::kFarewellMs.
    connect(runtime, &MeshRuntime::runningChanged, this, [this](bool running) {
        if (!running && m_farewell->remainingTime() > kCloseFramesMs)
            m_farewell->start(kCloseFramesMs);
    });
    m_farewell->start(Component::kFarewellMs + 200 + kCloseFramesMs);
}

void GracefulQuit::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_farewell->stop();
    std::fflush(stderr);
    QCoreApplication::exit(m_exitCode);
}

void GracefulQuit::report(const QString &text)
{
    // Output for the terminal or the journal, which scripts read: not translated.
    std::fprintf(stderr, "wirebench: %s\n", qPrintable(text));
}

} // namespace wb
