#include "cli/headlessrunner.h"

#include "cli/keyboardinput.h"
#include "cli/signalwatcher.h"
#include "discovery/meshdiscovery.h"
#include "discovery/meshregistrar.h"
#include "discovery/registryclient.h"
#include "document/circuit.h"
#include "net/wireprotocol.h"
#include "recording/recorder.h"
#include "recording/recordingfile.h"
#include "runtime/component.h"
#include "runtime/meshruntime.h"

#include <QElapsedTimer>
#include <QTimer>
#include <cstring>
#include <memory>
#include <unistd.h>
#include <utility>

namespace wb {

HeadlessRunner::HeadlessRunner(const NodeCommand &command, FILE *out, FILE *err, QObject *parent)
    : QObject(parent)
    , m_command(command)
    , m_out(out)
    , m_err(err)
    , m_circuit(new Circuit(this))
    , m_runtime(new MeshRuntime(m_circuit, this))
{
    circuitformat::setDocument(m_circuit, command.circuit);
    // Log lines leave in bursts, one write() per 20 ms (or per 16 KiB) at most instead of one
    // per line: a flat-out circuit logs a dozen lines per tick. A terminal gets each line at
    // once.
    m_logToTerminal = isatty(fileno(m_out)) == 1;
    m_logFlush = new QTimer(this);
    m_logFlush->setSingleShot(true);
    m_logFlush->setInterval(20);
    connect(m_logFlush, &QTimer::timeout, this, &HeadlessRunner::flushLog);
    connect(m_runtime, &MeshRuntime::logLine, this,
        [this](NodeId id, const QString &name, const QString &text, qint64) {
            if (!m_logFilter || m_logFilter(text))
                writeLogLine(id, name, text);
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
        const NodeSpec *spec = m_circuit->node(id);
        const bool keyboard = spec && spec->kind == NodeKind::Keyboard;
        if (keyboard)
            m_openKeyboards.remove(id);
        if (failures > 0) {
            flushLog();
            std::fprintf(m_err, "wirebench-node: %s: %d %s\n",
                spec ? qUtf8Printable(spec->name) : "?", failures,
                keyboard ? "line(s) failed: refused or not acknowledged"
                         : "tick(s) not acknowledged");
        }
        if (keyboard)
            checkDoneLater();
        else
            checkDone();
    });
    // A queue drained, a worker done: the run may be over.
    connect(m_runtime, &MeshRuntime::busyChanged, this, [this](bool busy) {
        if (!busy)
            checkDoneLater();
    });
    if (command.speed) {
        m_runtime->delivery()->setPace(DeliveryController::Pace::Teaching);
        m_runtime->delivery()->setSpeed(*command.speed);
    }
    m_faulty = !command.circuit.schedule.isEmpty()
        || std::any_of(command.circuit.wires.cbegin(), command.circuit.wires.cend(),
            [](const Wire &w) { return !w.faults.isNone(); });
    if (m_faulty) {
        // What the gate did, for the summary at the end (counted only when rules can act).
        connect(m_runtime, &MeshRuntime::traffic, this, [this](const TrafficEvent &e) {
            if (e.type == TrafficEvent::Type::Dropped || e.type == TrafficEvent::Type::Duplicated
                || e.type == TrafficEvent::Type::Delayed) {
                ++m_gateCounts[int(e.type)];
            } else if (e.type == TrafficEvent::Type::Sent && e.attempt > 1) {
                ++m_retries;
            }
        });
    }
    if (!command.recordPath.isEmpty()) {
        m_recording = std::make_unique<Recording>();
        new Recorder(m_runtime, m_recording.get(), this);
    }
    m_runtime->setAdvertisedHost(command.advertise);
    if (!command.registry.isEmpty())
        setUpRegistry();
    auto *signals = new SignalWatcher(this);
    connect(signals, &SignalWatcher::terminationRequested, this, [this](int) {
        if (m_interrupt && !m_finishing) {
            const auto handler = std::exchange(m_interrupt, {});
            handler();
            return;
        }
        flushLog();
        std::fprintf(m_out, "[ wirebench-node ] interrupted, closing connections\n");
        std::fflush(m_out);
        finish(exitcode::kOk);
    });
}

HeadlessRunner::~HeadlessRunner()
{
    flushLog();
}

void HeadlessRunner::writeLogLine(NodeId id, const QString &name, const QString &text)
{
    // A flat-out circuit logs a dozen lines per tick: the node's "[ name ] " is encoded once,
    // the text straight into the pending burst, and no format string is parsed per line.
    LogPrefix &prefix = m_logPrefixes[id];
    if (prefix.bytes.isEmpty() || prefix.name != name) {
        prefix.name = name;
        prefix.bytes = "[ " + name.toUtf8() + " ] ";
    }
    const qsizetype at = m_log.size();
    const qsizetype prefixSize = prefix.bytes.size();
    m_log.resize(at + prefixSize + m_utf8.requiredSpace(text.size()) + 1); // keeps its capacity
    char *begin = m_log.data() + at;
    std::memcpy(begin, prefix.bytes.constData(), size_t(prefixSize));
    char *end = m_utf8.appendToBuffer(begin + prefixSize, text);
    *end++ = '\n';
    m_log.truncate(end - m_log.constData());
    if (m_logToTerminal || m_log.size() >= kLogBurstBytes)
        flushLog();
    else if (!m_logFlush->isActive())
        m_logFlush->start();
}

void HeadlessRunner::flushLog()
{
    if (!m_log.isEmpty()) {
        std::fwrite(m_log.constData(), 1, size_t(m_log.size()), m_out);
        m_log.truncate(0);
    }
    std::fflush(m_out);
}

void HeadlessRunner::start()
{
    if (m_registrar)
        m_registrar->start();
    // External nodes named through the registry get their address from its first answer
    // (or go on without one when it cannot be reached): only then do the clocks tick.
    if (m_discovery) {
        m_discovery->start();
        return;
    }
    startNodes();
}

void HeadlessRunner::startNodes()
{
    if (m_started || m_finishing)
        return;
    m_started = true;
    warnOpenNodes();
    m_runtime->startAll();
    if (m_faulty && !m_finishing) {
        const quint64 seed = m_runtime->delivery()->seed();
        printOut(QStringLiteral("seed %1: --seed %1 repeats every fault "
                                "decision of this run")
                     .arg(seed));
    }
    if (m_finishing) {
        // A node could not listen and asked to finish while startAll() went on to start the
        // clocks: stop them before their first tick.
        m_runtime->stopAll();
        return;
    }
    startInput();
    if (m_command.untilDone || m_command.untilInputDone)
        checkDoneLater();
}

void HeadlessRunner::startInput()
{
    for (const NodeSpec &spec : m_command.circuit.nodes) {
        if (spec.kind != NodeKind::Keyboard)
            continue;
        m_openKeyboards.insert(spec.id);
        // Only one keyboard reads standard input: the others have none.
        if (spec.id != m_command.typeInto)
            m_runtime->command(spec.id, QStringLiteral("end"), {});
    }
    if (m_command.typeInto == 0)
        return;
    m_input = new KeyboardInput(m_runtime, m_command.typeInto, STDIN_FILENO, this);
    connect(m_input, &KeyboardInput::problem, this, &HeadlessRunner::printErr);
    connect(m_input, &KeyboardInput::ended, this, &HeadlessRunner::checkDoneLater);
}

void HeadlessRunner::warnOpenNodes()
{
    if (!m_command.token.isEmpty())
        return;
    for (const NodeSpec &spec : m_command.circuit.nodes) {
        const auto address = wire::listenAddress(spec.host);
        if (!kinds::isLocal(spec.kind) || !kinds::hasServer(spec.kind) || !address
            || address->isLoopback()) {
            continue;
        }
        printErr(QStringLiteral("warning: %1 listens on %2 without a token: anyone who reaches "
                                "it can send to it (--token-file, docs/security.md)")
                     .arg(spec.name, spec.host));
    }
}

void HeadlessRunner::checkDoneLater()
{
    if (m_checkPending)
        return;
    m_checkPending = true;
    QTimer::singleShot(0, this, [this] {
        m_checkPending = false;
        checkDone();
    });
}

void HeadlessRunner::checkDone()
{
    if (m_finishing || !m_started)
        return;
    if (m_command.untilInputDone) {
        // Everything typed has been answered, every clock has ticked, and the queues and
        // workers have passed it all on.
        if ((m_input && !m_input->hasEnded()) || !m_openKeyboards.isEmpty()
            || !m_runtime->clocksDone() || m_runtime->isBusy())
            return;
    } else if (!(m_command.untilDone || m_command.exitWhenClockDone) || !m_runtime->clocksDone()
        || (m_command.untilDone && m_runtime->isBusy())) {
        return;
    }
    finish(m_clockFailures > 0 ? exitcode::kUnacknowledged : exitcode::kOk);
}

void HeadlessRunner::printCounts()
{
    // "[ queue ] received 10000, delivered 10000, dropped 0, highest fill 5", in the circuit's
    // order, after every line the nodes logged.
    for (const NodeSpec &spec : m_command.circuit.nodes) {
        const auto counts = m_runtime->counts(spec.id);
        if (counts.isEmpty())
            continue;
        QStringList parts;
        for (const auto &[name, value] : counts)
            parts << name + u' ' + QString::number(value);
        writeLogLine(spec.id, spec.name, parts.join(QStringLiteral(", ")));
    }
    flushLog();
}

void HeadlessRunner::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    if (m_input)
        m_input->stop();
    if (m_started && (exitCode == exitcode::kOk || exitCode == exitcode::kUnacknowledged))
        printCounts();
    m_runtime->stopAll();
    if (m_faulty && m_started) {
        flushLog();
        std::fprintf(m_out,
            "[ wirebench-node ] faults: %d dropped, %d duplicated, %d delayed, %d sent again\n",
            m_gateCounts.value(int(TrafficEvent::Type::Dropped)),
            m_gateCounts.value(int(TrafficEvent::Type::Duplicated)),
            m_gateCounts.value(int(TrafficEvent::Type::Delayed)), m_retries);
        std::fflush(m_out);
    }
    if (m_recording) {
        const QString error = recordingfile::save(*m_recording, m_command.recordPath);
        flushLog();
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
    if (m_discovery)
        m_discovery->stop();
    // Let the close frames leave before the process ends, and the registry forget our nodes
    // (bounded: an unreachable registry lets the leases run out instead).
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto emitted = std::make_shared<bool>(false);
    const auto finishNow = [this, exitCode, clock, emitted] {
        if (*emitted)
            return;
        *emitted = true;
        QTimer::singleShot(std::max<qint64>(0, 150 - clock->elapsed()), this,
            [this, exitCode] { Q_EMIT finished(exitCode); });
    };
    // A node with something to say before it stops (a ring member telling its neighbours it
    // leaves) runs until it has said it, at most Component::kFarewellMs.
    const auto done = [this, finishNow] {
        if (!m_runtime->isRunning()) {
            finishNow();
            return;
        }
        connect(m_runtime, &MeshRuntime::runningChanged, this, [finishNow](bool running) {
            if (!running)
                finishNow();
        });
        QTimer::singleShot(Component::kFarewellMs + 200, this, finishNow);
    };
    if (m_registrar) {
        m_registrar->stop(done);
        QTimer::singleShot(2000, this, done);
    } else {
        done();
    }
}

void HeadlessRunner::setUpRegistry()
{
    const auto url = RegistryClient::parseEndpoint(m_command.registry);
    m_registry = new RegistryClient(url.value_or(QUrl(m_command.registry)), this);
    m_runtime->setPeerWatching(MeshRuntime::PeerWatching::WhileRunning);

    m_registrar = new MeshRegistrar(m_registry, m_runtime, this);
    m_registrar->setAdvertiseHost(m_command.advertise);
    m_registrar->setTtl(m_command.ttlSeconds);
    connect(m_registrar, &MeshRegistrar::registrationChanged, this,
        [this](NodeId id, const registry::NodeRecord &record, NodeRegistration::State state,
            const QString &message) {
            switch (state) {
            case NodeRegistration::State::Registered:
                if (!m_registered.contains(id) && MeshRegistrar::isLoopback(record.host)) {
                    printErr(QStringLiteral("warning: %1 is advertised at %2, which only this "
                                            "machine can reach; use --advertise HOST (and -s "
                                            "0.0.0.0) for other machines")
                                 .arg(record.name, record.host));
                }
                m_registered.insert(id);
                m_lastRegistryError.clear();
                printOut(QStringLiteral("registered %1 as %2 in %3")
                             .arg(record.name, registry::describe(record), m_command.registry));
                break;
            case NodeRegistration::State::Refused:
                printErr(record.name + QStringLiteral(": ") + message);
                if (!m_registered.contains(id))
                    finish(exitcode::kNameTaken);
                break;
            case NodeRegistration::State::Unreachable:
                if (message != m_lastRegistryError) {
                    m_lastRegistryError = message;
                    printErr(message + QStringLiteral("; trying again, the nodes keep running"));
                }
                break;
            case NodeRegistration::State::Idle:
            case NodeRegistration::State::Registering:
                break;
            }
        });

    bool hasExternal = false;
    for (const NodeSpec &spec : m_command.circuit.nodes)
        hasExternal = hasExternal || spec.kind == NodeKind::External;
    if (!hasExternal)
        return;
    m_discovery = new MeshDiscovery(m_registry, m_circuit, this);
    m_discovery->setAddingNodes(false);
    connect(m_discovery, &MeshDiscovery::synced, this, [this] {
        if (!m_lastRegistryError.isEmpty()) {
            m_lastRegistryError.clear();
            printOut(QStringLiteral("registry %1 reachable again").arg(m_command.registry));
        }
        startNodes();
    });
    connect(m_discovery, &MeshDiscovery::unreachable, this, [this](const QString &error, int ms) {
        if (error != m_lastRegistryError) {
            m_lastRegistryError = error;
            printErr(QStringLiteral("%1; trying again in %2 s, the nodes keep running")
                         .arg(error)
                         .arg(ms / 1000.0, 0, 'f', 1));
        }
        startNodes();
    });
    connect(m_discovery, &MeshDiscovery::conflict, this,
        [this](const QString &name, const QString &why) {
            printErr(QStringLiteral("registry record %1: %2").arg(name, why));
        });
    connect(m_discovery, &MeshDiscovery::nodeAnnounced, m_runtime, &MeshRuntime::retryPeer);
}

void HeadlessRunner::printErr(const QString &text)
{
    std::fprintf(m_err, "wirebench-node: %s\n", qUtf8Printable(text));
    std::fflush(m_err);
}

void HeadlessRunner::printOut(const QString &text)
{
    flushLog();
    std::fprintf(m_out, "[ wirebench-node ] %s\n", qUtf8Printable(text));
    std::fflush(m_out);
}

} // namespace wb
