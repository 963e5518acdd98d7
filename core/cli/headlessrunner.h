#pragma once

#include "cli/nodecommand.h"
#include "recording/recording.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringEncoder>
#include <cstdio>
#include <functional>
#include <memory>

class QTimer;

namespace wb {

class Circuit;
class KeyboardInput;
class MeshDiscovery;
class MeshRegistrar;
class MeshRuntime;
class RegistryClient;

// Runs a parsed wirebench-node command in the current event loop: prints every node's
// "[ name ] text" line, types standard input into the command's keyboard, exits with the
// command's rules (clock done, --until-done, the input done, a port that cannot be bound),
// prints each node's counts at the end and closes every connection with a close frame on
// SIGINT/SIGTERM. With a
// registry it announces its server nodes there (and withdraws them on a clean exit), resolves
// external nodes by name through it, and watches them with ping/pong.
class HeadlessRunner final : public QObject
{
    Q_OBJECT
public:
    HeadlessRunner(const NodeCommand &command, FILE *out, FILE *err, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    void start();
    // Stops every node and ends the run (finished()), once.
    void finish(int exitCode);
    // Instead of finishing at once on SIGINT/SIGTERM, call `handler` (a ring member leaves
    // first, then finishes); a second signal finishes at once.
    void setInterruptHandler(std::function<void()> handler) { m_interrupt = std::move(handler); }
    // Which log lines are printed (all by default): false leaves a line out.
    void setLogFilter(std::function<bool(const QString &text)> filter)
    {
        m_logFilter = std::move(filter);
    }

    // For commands built on this one (wirebench-node ring).
    Circuit *circuit() const { return m_circuit; }
    MeshRuntime *runtime() const { return m_runtime; }
    MeshRegistrar *registrar() const { return m_registrar; }
    RegistryClient *registry() const { return m_registry; }
    void printErr(const QString &text);
    void printOut(const QString &text);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void checkDone();
    void checkDoneLater(); // from inside a node's signal: once it has returned
    void startInput();
    void printCounts();
    void startNodes();
    void warnOpenNodes();
    void setUpRegistry();
    void writeLogLine(NodeId id, const QString &name, const QString &text);
    void flushLog();

    NodeCommand m_command;
    FILE *m_out;
    FILE *m_err;
    Circuit *m_circuit;
    MeshRuntime *m_runtime;
    std::unique_ptr<Recording> m_recording; // with --record
    RegistryClient *m_registry = nullptr;
    MeshRegistrar *m_registrar = nullptr;
    MeshDiscovery *m_discovery = nullptr;
    QSet<NodeId> m_registered; // nodes that were registered at least once
    QString m_lastRegistryError;
    int m_clockFailures = 0; // ticks or lines not acknowledged
    KeyboardInput *m_input = nullptr; // with typeInto
    QSet<NodeId> m_openKeyboards; // keyboards that have not finished yet
    bool m_checkPending = false;
    bool m_faulty = false; // the circuit has fault rules or a schedule
    QHash<int, int> m_gateCounts; // TrafficEvent::Type -> how many
    int m_retries = 0;
    bool m_finishing = false;
    std::function<void()> m_interrupt;
    std::function<bool(const QString &)> m_logFilter;
    bool m_started = false;
    struct LogPrefix
    {
        QString name;
        QByteArray bytes; // "[ name ] " in UTF-8
    };
    QHash<NodeId, LogPrefix> m_logPrefixes;
    static constexpr qsizetype kLogBurstBytes = 16 * 1024;
    QByteArray m_log; // lines not written yet
    QTimer *m_logFlush = nullptr;
    bool m_logToTerminal = false;
    QStringEncoder m_utf8 { QStringEncoder::Utf8 };
};

} // namespace wb
