#include "runstatus.h"

#include "document/circuit.h"
#include "pacescale.h"
#include "runtime/meshruntime.h"
#include "runtime/trafficstats.h"
#include "statevisuals.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace wb {

RunStatus::RunStatus(
    const Circuit *circuit, MeshRuntime *runtime, TrafficStats *stats, QWidget *parent)
    : QWidget(parent)
    , m_circuit(circuit)
    , m_runtime(runtime)
    , m_stats(stats)
    , m_dot(new QLabel(this))
    , m_state(new QLabel(this))
    , m_hold(new QLabel(this))
    , m_totals(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_state);
    layout->addSpacing(14);
    layout->addWidget(m_hold);
    layout->addSpacing(14);
    layout->addWidget(m_totals);
    m_hold->setObjectName(QStringLiteral("runHold"));
    m_hold->setToolTip(tr("Run ▸ Pause (Space) holds every message where it is, Run ▸ Step (N) "
                          "delivers one; teaching pace slows every hop down"));
    m_totals->setToolTip(tr("Messages sent over all wires, acknowledged, and failed"));

    DeliveryController *delivery = m_runtime->delivery();
    m_holdTimer.setSingleShot(true);
    m_holdTimer.setInterval(33);
    connect(&m_holdTimer, &QTimer::timeout, this, &RunStatus::refreshHold);
    connect(delivery, &DeliveryController::heldChanged, this, [this] {
        if (!m_holdTimer.isActive())
            m_holdTimer.start();
    });
    connect(delivery, &DeliveryController::pausedChanged, this, &RunStatus::refreshHold);
    connect(delivery, &DeliveryController::paceChanged, this, &RunStatus::refreshHold);
    connect(delivery->timeSource(), &TimeSource::speedChanged, this, &RunStatus::refreshHold);
    connect(m_runtime, &MeshRuntime::runningChanged, this, &RunStatus::refreshHold);

    connect(m_runtime, &MeshRuntime::runningChanged, this, &RunStatus::refreshState);
    connect(m_runtime, &MeshRuntime::nodeStateChanged, this, &RunStatus::refreshState);
    connect(m_circuit, &Circuit::reset, this, &RunStatus::refreshTotals);
    connect(m_stats, &TrafficStats::changed, this, &RunStatus::refreshTotals);
    refreshState();
    refreshHold();
    refreshTotals();
}

QString RunStatus::stateText() const
{
    return m_state->text();
}

QString RunStatus::holdText() const
{
    return m_hold->text();
}

QString RunStatus::holdText(bool running, bool paused, int held, bool teaching, double speed)
{
    paused = paused && running;
    QStringList parts;
    if (paused)
        parts << tr("Paused");
    if (teaching && !paused)
        parts << tr("Teaching pace %1").arg(pacescale::factorText(speed));
    if (running && (paused || teaching)) {
        if (held == 1)
            parts << tr("1 message in flight");
        else if (held > 1)
            parts << tr("%1 messages in flight").arg(QLocale().toString(held));
        else if (paused)
            parts << tr("nothing in flight");
    }
    // Paused, the pace comes last: what is held is the news.
    if (teaching && paused)
        parts << tr("Teaching pace %1").arg(pacescale::factorText(speed));
    return parts.join(QStringLiteral(" · "));
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

void RunStatus::refreshHold()
{
    m_holdTimer.stop();
    const DeliveryController *delivery = m_runtime->delivery();
    const QString text
        = holdText(m_runtime->isRunning(), delivery->isPaused(), delivery->heldCount(),
            delivery->pace() == DeliveryController::Pace::Teaching, delivery->speed());
    m_hold->setText(text);
    m_hold->setVisible(!text.isEmpty());
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
