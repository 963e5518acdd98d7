#pragma once

#include "document/circuitformat.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

class QCommandLineParser;

namespace wb {

// The command line of wirebench-node, parsed into the circuit it runs. Pure: no I/O besides
// reading the --mesh or circuit file, so that every rule can be tested without a process.
struct NodeCommand
{
    enum class Mode { Run, Mesh, Help, Version, Fail };

    Mode mode = Mode::Fail;
    circuitformat::Document circuit; // what to run (a sketch is a one-node circuit)
    bool untilDone = false; // exit once every finite clock is done
    bool exitWhenClockDone = false; // the seed's clock sketch exits after its ticks
    // Standard input: every line is typed into this keyboard (0: standard input is not read;
    // run --type NAME, or a circuit's only keyboard).
    NodeId typeInto = 0;
    // Exit once standard input has ended, every keyboard and finite clock has finished and no
    // node has work in hand (a circuit with a keyboard, the keyboard sketch).
    bool untilInputDone = false;
    QString recordPath; // --record: the run's recording goes here at the end
    std::optional<double> speed; // --speed: teaching pace at this speed; none: real time
    QString message; // help, version or error text
    int exitCode = 0; // for Help, Version and Fail

    // Discovery (docs/discovery.md).
    QString registry; // etcd client URL (http://HOST:PORT); empty: no registry
    QString advertise; // the host others reach our nodes at; empty: each node's listen host
    int ttlSeconds = 5; // lease of our registry records
    bool watch = false; // mesh: print every change until interrupted

    // Sockets (docs/security.md).
    QByteArray token; // --token-file or WIREBENCH_TOKEN; never printed
    QStringList allowedOrigins; // --allow-origin
    QSslCertificate certificate; // --tls-cert: servers speak wss
    QSslKey privateKey; // --tls-key
    QByteArray pinnedSha256; // --tls-pin: connections speak wss to this certificate only
};

namespace exitcode {
inline constexpr int kOk = 0;
inline constexpr int kUsage = 1;
inline constexpr int kListen = 2;
inline constexpr int kUnacknowledged = 3;
inline constexpr int kCircuit = 4;
inline constexpr int kNameTaken = 5; // the registry refused our name: another node holds it
inline constexpr int kRegistry = 6; // mesh: the registry could not be read
inline constexpr int kRecord = 7; // --record: the recording could not be saved
// chart: the recording could not be read (or holds no messages), or the chart not written
inline constexpr int kChart = 8;
} // namespace exitcode

// The token comes from --token-file, else from the environment variable WIREBENCH_TOKEN.
NodeCommand parseNodeCommand(const QStringList &arguments);

// What every command that runs nodes reads alike: --token-file (or WIREBENCH_TOKEN),
// --allow-origin, --tls-cert, --tls-key, --tls-pin, --listen (checked only), --registry,
// --advertise and --ttl, each looked up by name in `parser` (options it does not have read as
// unset). --advertise needs --registry unless `advertiseAlone` (a ring member's address).
// Returns the error for the command line, or empty.
QString readConnectionOptions(
    const QCommandLineParser &parser, NodeCommand *command, bool advertiseAlone = false);

} // namespace wb
