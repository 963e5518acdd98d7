#pragma once

#include "document/nodespec.h"
#include "recording/recording.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <memory>

namespace wb {

class Circuit;
class CircuitScene;
class LogicAnalyzer;
class ReplayBar;
class ReplayState;
class Replayer;

// Replays the recording the logic analyzer reviews (docs/recording.md, "Replay"): while one is
// open, the replay bar's moment moves the canvas (LED, buzzer and clock states, queue fills,
// tokens on the wires), the analyzer's cursor and whoever follows timeChanged() (the chart)
// together. The recording's nodes are matched to the open circuit's by name; those it does not have
// are named in the bar and the status bar. While a replay lasts the canvas shows the recording, not
// the run: running the circuit ends it (the analyzer goes back to its live capture).
class ReplayController final : public QObject
{
    Q_OBJECT
public:
    ReplayController(LogicAnalyzer *analyzer, CircuitScene *scene, const Circuit *circuit,
        QObject *parent = nullptr);
    ~ReplayController() override;

    Replayer *replayer() const { return m_replayer; }
    ReplayBar *bar() const { return m_bar; }
    bool isReplaying() const { return m_state != nullptr; }
    const ReplayState *state() const { return m_state.get(); }
    // The circuit's node shown for a node of the recording (0: none).
    NodeId circuitNodeOf(NodeId recordingNode) const { return m_nodeMap.value(recordingNode); }
    // The recording's nodes the circuit has no node for, by name.
    QStringList unmatchedNodes() const { return m_unmatched; }
    // What a node's card shows for a recording's node state (ReplayState::NodeState), and for a
    // queue its fill then (Recording::numericAt()).
    static QVariantMap cardState(NodeKind kind, std::optional<bool> level, qint64 tick,
        std::optional<Recording::Value> fill = std::nullopt);

Q_SIGNALS:
    void timeChanged(qint64 timeNs); // the recording's time now shown
    void replayingChanged(bool replaying);
    void statusMessage(const QString &text);

private:
    void start();
    void stop();
    QString startMessage() const;
    void matchNodes();
    void show(qint64 timeNs);
    void showTokens(qint64 timeNs);

    LogicAnalyzer *m_analyzer;
    CircuitScene *m_scene;
    const Circuit *m_circuit;
    Replayer *m_replayer;
    QPointer<ReplayBar> m_bar;
    std::unique_ptr<ReplayState> m_state;
    QHash<NodeId, NodeId> m_nodeMap; // recording → circuit
    QHash<NodeId, QVariantMap> m_shown; // by circuit node: what its card shows now
    QStringList m_unmatched;
};

} // namespace wb
