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
            Q_EMIT captureStarted();
        } else {
            m_recording->setEndNs(monotonicNs());
        }
    });
    Circuit *circuit = m_runtime->circuit();
    connect(circuit, &Circuit::nodeChanged, this, [this](NodeId id, NodeField field) {
        if (field == NodeField::Name && m_recording->node(id))
            learnNode(id);
    });
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

} // namespace wb
