#include "buzzersound.h"

#include "audiorecorder.h"
#include "document/circuit.h"
#include "runtime/meshruntime.h"
#include "runtime/traffic.h"
#include "toneplayer.h"

namespace wb {

BuzzerSound::BuzzerSound(Circuit *circuit, MeshRuntime *runtime, QObject *parent)
    : QObject(parent)
    , m_circuit(circuit)
    , m_player(new TonePlayer({}, this))
    , m_recorder(new AudioRecorder({}, this))
{
    connect(runtime, &MeshRuntime::liveState, this, [this](NodeId id, const QVariantMap &state) {
        const NodeSpec *spec = m_circuit->node(id);
        if (spec && spec->kind == NodeKind::Buzzer && state.contains(QStringLiteral("buzzing")))
            setBuzzing(id, state.value(QStringLiteral("buzzing")).toBool());
    });
    connect(runtime, &MeshRuntime::nodeStateChanged, this, [this](NodeId id, NodeState state) {
        if (state == NodeState::Stopped || state == NodeState::Error)
            setBuzzing(id, false);
    });
    connect(runtime, &MeshRuntime::runningChanged, this, [this](bool running) {
        if (!running)
            m_player->release();
    });
    connect(m_circuit, &Circuit::nodeRemoved, this, [this](NodeId id) { setBuzzing(id, false); });
    connect(m_circuit, &Circuit::reset, this, [this] {
        const QSet<NodeId> ids = m_buzzing;
        for (NodeId id : ids)
            setBuzzing(id, false);
    });
    connect(m_player, &TonePlayer::message, this, &BuzzerSound::message);
    connect(m_recorder, &AudioRecorder::failed, this, &BuzzerSound::message);
}

bool BuzzerSound::isMuted() const
{
    return m_player->isMuted();
}

void BuzzerSound::setMuted(bool muted)
{
    m_player->setMuted(muted);
}

QString BuzzerSound::startRecording(const QString &path)
{
    const QString error = m_recorder->start(path);
    if (error.isEmpty() && isBuzzing())
        m_recorder->setBuzzing(true, m_recorder->startNs());
    return error;
}

QString BuzzerSound::stopRecording()
{
    return m_recorder->stop();
}

bool BuzzerSound::isRecording() const
{
    return m_recorder->isRecording();
}

void BuzzerSound::setBuzzing(NodeId id, bool on)
{
    const bool before = isBuzzing();
    if (on)
        m_buzzing.insert(id);
    else
        m_buzzing.remove(id);
    const bool after = isBuzzing();
    if (after == before)
        return;
    m_player->setBuzzing(after);
    m_recorder->setBuzzing(after, monotonicNs());
    Q_EMIT buzzingChanged(after);
}

} // namespace wb
