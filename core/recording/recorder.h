#pragma once

#include "document/nodespec.h"

#include <QObject>

namespace wb {

class MeshRuntime;
class Recording;
struct TrafficEvent;

// Feeds a Recording from a running mesh: every traffic event, with the nodes' names and kinds
// taken from the circuit (renames follow). Each start of the mesh begins a new capture. While
// it records, the runtime builds traffic events (they cost nothing when nobody listens).
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
    void learnNode(NodeId id);

    MeshRuntime *m_runtime;
    Recording *m_recording;
    QMetaObject::Connection m_traffic;
    bool m_recordingOn = false;
};

} // namespace wb
