#include "headlessrunner.h"

#include "circuit.h"
#include "meshruntime.h"
#include "recording/recorder.h"
#include "recording/recordingfile.h"
#include "signalwatcher.h"

#include <QTimer>

namespace wb {

HeadlessRunner::HeadlessRunner(const NodeCommand &command, FILE *out, FILE *err, QObject *parent)
    : QObject(parent)
    , m_command(command)
    , m_out(out)
    , m_err(err)
    , m_circuit(new Circuit(this))
    , m_runtime(new MeshRuntime(m_circuit, this))
{
    m_circuit->setTitle(command.circuit.title);
    m_circuit->setNodes(command.circuit.nodes);
    connect(m_runtime, &MeshRuntime::logLine, this,
            [this](NodeId, const QString &name, const QString &text, qint64) {
                std::fprintf(m_out, "[ %s ] %s\n", qUtf8Printable(name), qUtf8Printable(text));
                std::fflush(m_out);
            });
    connect(m_runtime, &MeshRuntime::nodeStateChanged, this, [this](NodeId id, NodeState state) {
        if (state != NodeState::Error)
            return;
        std::fprintf(m_err, "wirebench-node: %s: %s\n", qUtf8Printable(m_circuit->node(id)->name),
                     qUtf8Printable(m_runtime->errorString(id)));
        finish(exitcode::kListen);
    });
    connect(m_runtime, &MeshRuntime::clockFinished, this, [this](NodeId id, bool, int failures) {
        m_clockFailures += failures;
        if (failures > 0) {
            std::fprintf(m_err, "wirebench-node: %s: %d tick(s) not acknowledged\n",
                         qUtf8Printable(m_circuit->node(id)->name), failures);
        }
        checkDone();
    });
    if (!command.recordPath.isEmpty()) {
        m_recording = std::make_unique<Recording>();
        new Recorder(m_runtime, m_recording.get(), this);
    }
    auto *signals = new SignalWatcher(this);
    connect(signals, &SignalWatcher::terminationRequested, this, [this](int) {
        std::fprintf(m_out, "[ wirebench-node ] interrupted, closing connections\n");
        std::fflush(m_out);
        finish(exitcode::kOk);
    });
}

void HeadlessRunner::start()
{
    m_runtime->startAll();
    if (m_finishing) {
        // A node could not listen and asked to finish while startAll() went on to start the
        // clocks: stop them before their first tick.
        m_runtime->stopAll();
        return;
    }
    if (m_command.untilDone)
        QTimer::singleShot(0, this, &HeadlessRunner::checkDone);
}

void HeadlessRunner::checkDone()
{
    if (!(m_command.untilDone || m_command.exitWhenClockDone) || !m_runtime->clocksDone())
        return;
    finish(m_clockFailures > 0 ? exitcode::kUnacknowledged : exitcode::kOk);
}

void HeadlessRunner::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_runtime->stopAll();
    if (m_recording) {
        const QString error = recordingfile::save(*m_recording, m_command.recordPath);
        if (error.isEmpty()) {
            std::fprintf(m_out, "[ wirebench-node ] recorded %lld events to %s\n",
                         qint64(m_recording->size()), qUtf8Printable(m_command.recordPath));
        } else {
            std::fprintf(m_err, "wirebench-node: --record %s\n", qUtf8Printable(error));
            if (exitCode == exitcode::kOk)
                exitCode = exitcode::kRecord;
        }
        std::fflush(m_out);
    }
    // Let the close frames leave before the process ends.
    QTimer::singleShot(150, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

} // namespace wb
