#pragma once

#include <QObject>

class QSocketNotifier;

namespace wb {

// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal delivered by the event loop (self-pipe), so
// that a headless node or the workbench can close its connections cleanly instead of dying
// mid-frame. SIGHUP (the terminal or the session went away) means the same as SIGTERM.
class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    // From now on the next of these signals ends the process at once with `exitCode`, in the
    // handler itself: a quit that has written what it must keep still answers a second signal
    // when its event loop is busy or already gone. Stays armed until the process ends.
    static void exitAtNextSignal(int exitCode);

    // "SIGTERM", "SIGINT", "SIGHUP" (else "signal N").
    static QString name(int signalNumber);

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace wb
