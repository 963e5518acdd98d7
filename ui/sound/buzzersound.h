#pragma once

#include "document/nodespec.h"

#include <QObject>
#include <QSet>

namespace wb {

class AudioRecorder;
class Circuit;
class MeshRuntime;
class TonePlayer;

// What the buzzers of the circuit sound like: the tone plays while any buzzer buzzes (a "1"
// starts it, a "0" ends it), through the speakers unless muted, and into a WAV file while
// recording. Recording ignores mute: it is for checking the sound without speakers.
class BuzzerSound final : public QObject
{
    Q_OBJECT
public:
    BuzzerSound(Circuit *circuit, MeshRuntime *runtime, QObject *parent = nullptr);

    bool isBuzzing() const { return !m_buzzing.isEmpty(); }
    bool isMuted() const;
    void setMuted(bool muted);

    // Returns an error text, empty on success.
    QString startRecording(const QString &path);
    QString stopRecording();
    bool isRecording() const;
    AudioRecorder *recorder() const { return m_recorder; }
    TonePlayer *player() const { return m_player; }

Q_SIGNALS:
    void buzzingChanged(bool buzzing);
    // Something the user should know, once (no audio device, a failed recording).
    void message(const QString &text);

private:
    void setBuzzing(NodeId id, bool on);

    Circuit *m_circuit;
    TonePlayer *m_player;
    AudioRecorder *m_recorder;
    QSet<NodeId> m_buzzing;
};

} // namespace wb
