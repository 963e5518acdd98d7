#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;

namespace wb {

class Circuit;
class MeshRuntime;
class TrafficStats;

// The status bar's summary: whether the mesh runs (and how many nodes listen or failed), what
// the run control holds ("Paused · 3 messages in flight", "Teaching pace 0.5×") and the message
// totals, refreshed with the coalesced traffic counters.
class RunStatus final : public QWidget
{
    Q_OBJECT
public:
    RunStatus(const Circuit *circuit, MeshRuntime *runtime, TrafficStats *stats,
              QWidget *parent = nullptr);

    QString stateText() const;
    QString holdText() const;
    QString totalsText() const;

    // What the run control holds, in words; empty at real time while nothing is paused.
    static QString holdText(bool running, bool paused, int held, bool teaching, double speed);

private:
    void refreshState();
    void refreshTotals();
    void refreshHold();

    const Circuit *m_circuit;
    MeshRuntime *m_runtime;
    TrafficStats *m_stats;
    QLabel *m_dot;
    QLabel *m_state;
    QLabel *m_hold;
    QLabel *m_totals;
    // Paused, a busy circuit holds hundreds of messages a second: counted at most 30 times a
    // second.
    QTimer m_holdTimer;
};

} // namespace wb
