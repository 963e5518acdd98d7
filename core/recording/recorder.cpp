#include "recording/recorder.h"

#include "document/circuit.h"
#include "recording/recording.h"
#include "runtime/meshruntime.h"
#include "runtime/traffic.h"

namespace wb {

Recorder::Recorder(MeshRuntime *runtime, Recording *recording, QObject *parent)
    : QObject(parent), m_runtime(runtime), m_recording(recording)
{
    connect(m_runtime, &MeshRuntime::runningChanged, this, [this](bool running) {
        if (!m_recordingOn)
            return;
        if (running) {
            m_recording->clear();
            m_recording->setStartNs(monotonicNs());
            for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
                const NodeState state = m_runtime->state(it.key());
                if (state == NodeState::Stopped || state == NodeState::Error)
                    continue;
                learnNode(it.key());
                m_recording->appendNumeric(
                    it.key(), m_recording->startNs(), { it->fill, it->capacity });
            }
            Q_EMIT captureStarted();
        } else {
            m_recording->setEndNs(monotonicNs());
        }
        m_pending.clear();
    });
    Circuit *circuit = m_runtime->circuit();
    connect(circuit, &Circuit::nodeChanged, this, [this](NodeId id, NodeField field) {
        if (field == NodeField::Name && m_recording->node(id))
            learnNode(id);
    });
    connect(circuit, &Circuit::reset, this, &Recorder::updateLiveStates);
    connect(circuit, &Circuit::nodeAdded, this, &Recorder::updateLiveStates);
    connect(circuit, &Circuit::nodeRemoved, this, &Recorder::updateLiveStates);
    setRecording(true);
}

void Recorder::setRecording(bool on)
{
    if (on == m_recordingOn)
        return;
    m_recordingOn = on;
    if (on)
        m_traffic = connect(m_runtime, &MeshRuntime::traffic, this, &Recorder::onTraffic);
    else
        disconnect(m_traffic);
    updateLiveStates();
}

void Recorder::updateLiveStates()
{
    bool queues = false;
    const Circuit *circuit = m_runtime->circuit();
    for (const NodeId id : circuit->nodeIds()) {
        const NodeSpec *spec = circuit->node(id);
        queues = queues || (spec && spec->kind == NodeKind::Queue);
    }
    const bool want = m_recordingOn && queues;
    if (want == bool(m_live))
        return;
    if (want) {
        m_live = connect(m_runtime, &MeshRuntime::liveState, this, &Recorder::onLiveState);
    } else {
        disconnect(m_live);
        m_live = {};
        m_pending.clear();
    }
}

void Recorder::learnNode(NodeId id)
{
    if (const NodeSpec *spec = m_runtime->circuit()->node(id))
        m_recording->setNode(id, spec->name, spec->kind);
}

void Recorder::onTraffic(const TrafficEvent &event)
{
    if (!m_recording->node(event.node))
        learnNode(event.node);
    if (event.peer && !m_recording->node(event.peer))
        learnNode(event.peer);
    m_recording->append(event);
}

void Recorder::onLiveState(NodeId id, const QVariantMap &state)
{
    // Only a queue's fill is a level: other kinds' live states repeat what their traffic says.
    const auto fill = state.constFind(QStringLiteral("fill"));
    const auto capacity = state.constFind(QStringLiteral("capacity"));
    if (fill == state.cend() || capacity == state.cend())
        return;
    const NodeSpec *spec = m_runtime->circuit()->node(id);
    if (!spec || spec->kind != NodeKind::Queue)
        return;
    bool fillOk = false;
    bool capacityOk = false;
    const qint64 f = fill->toLongLong(&fillOk);
    const qint64 c = capacity->toLongLong(&capacityOk);
    if (!fillOk || !capacityOk || f < 0 || c < 0 || f > 0xFFFFFFFFLL || c > 0xFFFFFFFFLL)
        return;
    const Fill level { monotonicNs(), quint32(f), quint32(c) };
    if (!m_runtime->isRunning()) {
        m_pending.insert(id, level);
        return;
    }
    if (!m_recording->node(id))
        learnNode(id);
    m_recording->appendNumeric(id, level.timeNs, { level.fill, level.capacity });
}

} // namespace wb
