#pragma once

#include <QWidget>

class QLabel;

namespace wb {

class Circuit;
class MeshRuntime;
class TrafficStats;

// The status bar's summary: whether the mesh runs (and how many nodes listen or failed) and
// the message totals, refreshed with the coalesced traffic counters.
class RunStatus final : public QWidget
{
    Q_OBJECT
public:
    RunStatus(const Circuit *circuit, MeshRuntime *runtime, TrafficStats *stats,
              QWidget *parent = nullptr);

    QString stateText() const;
    QString totalsText() const;

private:
    void refreshState();
    void refreshTotals();

    const Circuit *m_circuit;
    MeshRuntime *m_runtime;
    TrafficStats *m_stats;
    QLabel *m_dot;
    QLabel *m_state;
    QLabel *m_totals;
};

} // namespace wb
