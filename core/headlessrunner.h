#pragma once

#include "nodecommand.h"
#include "recording/recording.h"

#include <QObject>

#include <cstdio>
#include <memory>

namespace wb {

class Circuit;
class MeshRuntime;

// Runs a parsed wirebench-node command in the current event loop: prints every node's
// "[ name ] text" line, exits with the command's rules (clock done, --until-done, a port that
// cannot be bound) and closes every connection with a close frame on SIGINT/SIGTERM.
class HeadlessRunner final : public QObject
{
    Q_OBJECT
public:
    HeadlessRunner(const NodeCommand &command, FILE *out, FILE *err, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void finish(int exitCode);
    void checkDone();

    NodeCommand m_command;
    FILE *m_out;
    FILE *m_err;
    Circuit *m_circuit;
    MeshRuntime *m_runtime;
    std::unique_ptr<Recording> m_recording; // with --record
    int m_clockFailures = 0;
    bool m_finishing = false;
};

} // namespace wb
