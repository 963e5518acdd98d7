#include "runstatus.h"

#include "document/circuit.h"
#include "runtime/meshruntime.h"
#include "runtime/trafficstats.h"
#include "statevisuals.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace wb {

RunStatus::RunStatus(const Circuit *circuit, MeshRuntime *runtime, TrafficStats *stats,
                     QWidget *parent)
    : QWidget(parent)
    , m_circuit(circuit)
    , m_runtime(runtime)
    , m_stats(stats)
    , m_dot(new QLabel(this))
    , m_state(new QLabel(this))
    , m_totals(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_state);
    layout->addSpacing(14);
    layout->addWidget(m_totals);
    m_totals->setToolTip(tr("Messages sent over all wires, acknowledged, and failed"));

    connect(m_runtime, &MeshRuntime::runningChanged, this, &RunStatus::refreshState);
    connect(m_runtime, &MeshRuntime::nodeStateChanged, this, &RunStatus::refreshState);
    connect(m_circuit, &Circuit::reset, this, &RunStatus::refreshTotals);
    connect(m_stats, &TrafficStats::changed, this, &RunStatus::refreshTotals);
    refreshState();
    refreshTotals();
}

QString RunStatus::stateText() const
{
    return m_state->text();
}

QString RunStatus::totalsText() const
{
    return m_totals->text();
}

void RunStatus::refreshState()
{
    int started = 0;
    int errors = 0;
    const QList<NodeId> ids = m_circuit->nodeIds();
    for (NodeId id : ids) {
        const NodeState state = m_runtime->state(id);
        started += state == NodeState::Running || state == NodeState::Listening;
        errors += state == NodeState::Error;
    }
    QColor colour = theme::colors().idle;
    QString text = tr("Stopped");
    if (m_runtime->isRunning()) {
        colour = theme::colors().running;
        text = started == 1 ? tr("Running · 1 node") : tr("Running · %1 nodes").arg(started);
    }
    if (errors > 0) {
        colour = theme::colors().error;
        text += errors == 1 ? tr(" · 1 error") : tr(" · %1 errors").arg(errors);
    }
    const int size = fontMetrics().height() - 4;
    m_dot->setPixmap(statevisuals::dot(colour).pixmap(size, size));
    m_state->setText(text);
}

void RunStatus::refreshTotals()
{
    quint64 sent = 0;
    quint64 acked = 0;
    quint64 failed = 0;
    const QList<NodeId> ids = m_circuit->nodeIds();
    for (NodeId id : ids) {
        const TrafficStats::NodeCounters c = m_stats->node(id);
        sent += c.messagesOut;
        acked += c.acksIn;
        failed += c.failures;
    }
    const QLocale locale;
    QString text = tr("%1 sent · %2 acked").arg(locale.toString(sent), locale.toString(acked));
    if (failed > 0)
        text += tr(" · %1 failed").arg(locale.toString(failed));
    m_totals->setText(text);
}

} // namespace wb
