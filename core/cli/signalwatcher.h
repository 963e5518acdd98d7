#pragma once

#include <QObject>

class QSocketNotifier;

namespace wb {

// Turns SIGINT and SIGTERM into a Qt signal delivered by the event loop (self-pipe), so that a
// headless node can close its connections cleanly instead of dying mid-frame.
class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace wb
