#pragma once

#include "document/nodespec.h"

#include <QHash>
#include <QObject>
#include <QVariantMap>

namespace wb {

class MeshRuntime;
class Recording;
struct TrafficEvent;

// Feeds a Recording from a running mesh: every traffic event, with the nodes' names and kinds
// taken from the circuit (renames follow), and each queue's fill (its live state's "fill" of
// "capacity") as a numeric level. Each start of the mesh begins a new capture. While it
// records, the runtime builds traffic events (they cost nothing when nobody listens), and live
// states only while the circuit has a queue (they are most of a flat-out node's work).
class Recorder final : public QObject
{
    Q_OBJECT
public:
    Recorder(MeshRuntime *runtime, Recording *recording, QObject *parent = nullptr);

    Recording *recording() const { return m_recording; }
    bool isRecording() const { return m_recordingOn; }
    void setRecording(bool on);

Q_SIGNALS:
    // A new capture began (the recording was cleared).
    void captureStarted();

private:
    void onTraffic(const TrafficEvent &event);
    void onLiveState(NodeId id, const QVariantMap &state);
    void learnNode(NodeId id);
    void updateLiveStates();

    struct Fill
    {
        qint64 timeNs = 0;
        quint32 fill = 0;
        quint32 capacity = 0;
    };

    MeshRuntime *m_runtime;
    Recording *m_recording;
    QMetaObject::Connection m_traffic;
    QMetaObject::Connection m_live;
    bool m_recordingOn = false;
    // Fills reported while no capture runs: a queue starting up reports its first before the
    // mesh says it runs, and the capture that begins then starts with it.
    QHash<NodeId, Fill> m_pending;
};

} // namespace wb
