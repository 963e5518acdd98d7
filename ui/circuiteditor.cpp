#include "circuiteditor.h"

#include "commands/editnodecommand.h"
#include "commands/movenodescommand.h"
#include "commands/nodecommands.h"
#include "commands/wirecommands.h"
#include "net/wireprotocol.h"
#include "ring/ringgeometry.h"

#include <QRegularExpression>
#include <QSet>
#include <QUndoStack>

namespace wb {

namespace {

// "led3" copies as "led4", not "led32".
QString nameBase(const QString &name)
{
    static const QRegularExpression trailingDigits(QStringLiteral("\\d+$"));
    QString base = name;
    base.remove(trailingDigits);
    return base.isEmpty() ? name : base;
}

} // namespace

CircuitEditor::CircuitEditor(Circuit *circuit, QObject *parent)
    : QObject(parent)
    , m_circuit(circuit)
    , m_undoStack(new QUndoStack(this))
{
    // A new document is not an edit: its history does not apply to it.
    connect(m_circuit, &Circuit::reset, m_undoStack, &QUndoStack::clear);
}

NodeId CircuitEditor::addNode(NodeKind kind, QPointF position)
{
    if (refuseLocked())
        return 0;
    NodeSpec spec;
    spec.kind = kind;
    spec.name = m_circuit->uniqueName(kinds::name(kind));
    spec.params = kinds::defaultParams(kind);
    spec.port = kinds::hasServer(kind) ? m_circuit->freePort() : 0;
    spec.position = position;
    auto *command = new AddNodesCommand(m_circuit, { spec }, {}, tr("Add %1").arg(spec.name));
    m_undoStack->push(command);
    const QList<NodeId> ids = command->ids();
    return ids.isEmpty() ? 0 : ids.first();
}

QList<NodeId> CircuitEditor::addCopies(
    const QList<NodeSpec> &nodes, const QList<Wire> &wires, QPointF offset)
{
    if (refuseLocked())
        return {};
    if (nodes.isEmpty())
        return {};
    QSet<QString> names;
    QSet<quint16> ports;
    QList<NodeSpec> copies;
    for (NodeSpec spec : nodes) {
        QString name = m_circuit->uniqueName(nameBase(spec.name));
        for (int i = 2; names.contains(name); ++i)
            name = m_circuit->uniqueName(nameBase(spec.name) + QString::number(i));
        names.insert(name);
        spec.name = name;
        // A copy of a local node needs its own server; an external one still points at the
        // same remote node.
        if (kinds::isLocal(spec.kind) && kinds::hasServer(spec.kind)) {
            quint16 port = m_circuit->freePort();
            while (ports.contains(port))
                port = m_circuit->freePort(port + 1);
            ports.insert(port);
            spec.port = port;
        }
        if (spec.position)
            spec.position = *spec.position + offset;
        spec.discovered = false; // a copy is the file's own external node, at the same address
        copies << spec;
    }
    const QString text = copies.size() == 1 ? tr("Add %1").arg(copies.first().name)
                                             : tr("Add %n nodes", nullptr, int(copies.size()));
    auto *command = new AddNodesCommand(m_circuit, copies, wires, text);
    m_undoStack->push(command);
    return command->ids();
}

QList<NodeId> CircuitEditor::addRing(const QList<QPointF> &corners)
{
    if (refuseLocked())
        return {};
    const int n = int(corners.size());
    if (n < ringgeometry::kMinMembers || n > ringgeometry::kMaxMembers) {
        Q_EMIT refused(tr("A ring has %1 to %2 members.")
                           .arg(ringgeometry::kMinMembers)
                           .arg(ringgeometry::kMaxMembers));
        return {};
    }
    const QList<qint64> keys = ringgeometry::keys(n);
    const QString base = kinds::name(NodeKind::Ring);
    QSet<quint16> ports;
    QList<NodeSpec> members;
    QList<Wire> wires;
    int number = 1;
    for (int i = 0; i < n; ++i) {
        NodeSpec spec;
        spec.id = i + 1; // the batch's own ids: the command gives the document's
        spec.kind = NodeKind::Ring;
        while (m_circuit->idByName(base + QString::number(number)) != 0)
            ++number;
        spec.name = base + QString::number(number++);
        spec.params = kinds::defaultParams(NodeKind::Ring);
        spec.params.insert(QStringLiteral("key"), keys.at(i));
        quint16 port = m_circuit->freePort();
        while (port != 0 && ports.contains(port))
            port = m_circuit->freePort(port + 1);
        ports.insert(port);
        spec.port = port;
        spec.position = corners.at(i);
        members << spec;
        wires << Wire { 0, i + 1, (i + 1) % n + 1, {}, {} };
    }
    auto *command
        = new AddNodesCommand(m_circuit, members, wires, tr("Insert a ring of %n", nullptr, n));
    m_undoStack->push(command);
    return command->ids();
}

void CircuitEditor::removeNodes(const QList<NodeId> &ids)
{
    if (refuseLocked())
        return;
    QList<NodeId> existing;
    for (NodeId id : ids) {
        if (m_circuit->contains(id) && !existing.contains(id) && !refuseDiscovered(id))
            existing << id;
    }
    if (existing.isEmpty())
        return;
    const QString text = existing.size() == 1
        ? tr("Remove %1").arg(m_circuit->node(existing.first())->name)
        : tr("Remove %n nodes", nullptr, int(existing.size()));
    m_undoStack->push(new RemoveNodesCommand(m_circuit, existing, text));
}

bool CircuitEditor::renameNode(NodeId id, const QString &name)
{
    const NodeSpec *spec = m_circuit->node(id);
    if (!spec)
        return false;
    if (spec->name == name)
        return true;
    if (refuseLocked())
        return false;
    if (refuseDiscovered(id))
        return false;
    if (const QString error = m_circuit->nameError(id, name); !error.isEmpty()) {
        Q_EMIT refused(error);
        return false;
    }
    m_undoStack->push(new EditNodeCommand(m_circuit, id, NodeField::Name, {}, spec->name, name,
                                          tr("Rename %1 to %2").arg(spec->name, name)));
    return true;
}

bool CircuitEditor::setHost(NodeId id, const QString &host)
{
    const NodeSpec *spec = m_circuit->node(id);
    if (!spec)
        return false;
    if (spec->host == host)
        return true;
    if (refuseLocked())
        return false;
    if (refuseDiscovered(id))
        return false;
    QString error;
    if (!kinds::hasServer(spec->kind))
        error = tr("A clock has no server, so no host.");
    else if (host.isEmpty() || host.size() > 253 || host.contains(u' '))
        error = tr("A host is a name or an address of at most 253 characters, without spaces.");
    else if (kinds::isLocal(spec->kind) && !wire::listenAddress(host))
        error = tr("%1 runs here, so its host must be an IP address of this machine or "
                   "localhost.")
                    .arg(spec->name);
    if (!error.isEmpty()) {
        Q_EMIT refused(error);
        return false;
    }
    m_undoStack->push(new EditNodeCommand(m_circuit, id, NodeField::Host, {}, spec->host, host,
                                          tr("Set host of %1 to %2").arg(spec->name, host)));
    return true;
}

bool CircuitEditor::setPort(NodeId id, int port)
{
    const NodeSpec *spec = m_circuit->node(id);
    if (!spec)
        return false;
    if (spec->port == port)
        return true;
    if (refuseLocked())
        return false;
    if (refuseDiscovered(id))
        return false;
    QString error;
    if (!kinds::hasServer(spec->kind))
        error = tr("A clock has no server, so no port.");
    else if (port < 1 || port > 65535)
        error = tr("A port is a number from 1 to 65535.");
    if (!error.isEmpty()) {
        Q_EMIT refused(error);
        return false;
    }
    m_undoStack->push(new EditNodeCommand(m_circuit, id, NodeField::Port, {}, spec->port, port,
                                          tr("Set port of %1 to %2").arg(spec->name).arg(port)));
    return true;
}

bool CircuitEditor::setParam(NodeId id, const QString &key, const QVariant &value)
{
    const NodeSpec *spec = m_circuit->node(id);
    if (!spec || refuseDiscovered(id))
        return false;
    QVariant normalised = value;
    // No value unsets an optional parameter (an iopin's seed, a ring's key or contacts).
    if (const QString error
        = value.isValid() ? kinds::validateParam(spec->kind, key, normalised) : QString();
        !error.isEmpty()) {
        Q_EMIT refused(QStringLiteral("%1: %2 %3").arg(spec->name, key, error));
        return false;
    }
    if (spec->params.value(key) == normalised)
        return true;
    if (refuseLocked())
        return false;
    m_undoStack->push(new EditNodeCommand(m_circuit, id, NodeField::Params, key,
                                          spec->params.value(key), normalised,
                                          tr("Set %1 of %2").arg(key, spec->name)));
    return true;
}

bool CircuitEditor::moveNodes(const QHash<NodeId, QPointF> &from, const QHash<NodeId, QPointF> &to,
                              bool continuing)
{
    if (refuseLocked())
        return false;
    QHash<NodeId, QPointF> before;
    QHash<NodeId, QPointF> after;
    for (auto it = to.cbegin(); it != to.cend(); ++it) {
        const NodeSpec *spec = m_circuit->node(it.key());
        // A discovered node's place is the view's: it has none in the document.
        if (!spec || spec->discovered || spec->position == it.value())
            continue;
        before.insert(it.key(), from.value(it.key(), spec->position.value_or(it.value())));
        after.insert(it.key(), it.value());
    }
    if (!after.isEmpty())
        m_undoStack->push(new MoveNodesCommand(m_circuit, before, after, continuing));
    return true;
}

void CircuitEditor::setLocked(bool locked, const QString &reason)
{
    m_lockReason = reason;
    if (m_locked == locked)
        return;
    m_locked = locked;
    Q_EMIT lockedChanged(locked);
}

bool CircuitEditor::refuseLocked()
{
    if (!m_locked)
        return false;
    Q_EMIT refused(m_lockReason);
    return true;
}

void CircuitEditor::undo()
{
    if (!refuseLocked())
        m_undoStack->undo();
}

void CircuitEditor::redo()
{
    if (!refuseLocked())
        m_undoStack->redo();
}

bool CircuitEditor::refuseDiscovered(NodeId id)
{
    const NodeSpec *spec = m_circuit->node(id);
    if (!spec || !spec->discovered)
        return false;
    Q_EMIT refused(tr("%1 was discovered in the registry: it is not part of the circuit and "
                      "cannot be changed or deleted here.")
                       .arg(spec->name));
    return true;
}

WireId CircuitEditor::addWire(NodeId from, NodeId to)
{
    if (refuseLocked())
        return 0;
    // Checked here, not in the command: a refused wire never becomes an undo step.
    if (const QString error = m_circuit->wireError(from, to); !error.isEmpty()) {
        Q_EMIT refused(error);
        return 0;
    }
    const QString text =
        tr("Wire %1 to %2").arg(m_circuit->node(from)->name, m_circuit->node(to)->name);
    auto *command = new AddWireCommand(m_circuit, from, to, text);
    m_undoStack->push(command);
    return command->id();
}

void CircuitEditor::removeWire(WireId id)
{
    if (refuseLocked())
        return;
    const Wire *wire = m_circuit->wire(id);
    if (!wire)
        return;
    const QString text
        = tr("Unwire %1 from %2")
              .arg(m_circuit->node(wire->from)->name, m_circuit->node(wire->to)->name);
    m_undoStack->push(new RemoveWireCommand(m_circuit, id, text));
}

bool CircuitEditor::setWireFaults(WireId id, const WireFaults &faults)
{
    const Wire *wire = m_circuit->wire(id);
    if (!wire)
        return false;
    if (wire->faults == faults)
        return true;
    if (refuseLocked())
        return false;
    if (const QString error = faults::validate(faults); !error.isEmpty()) {
        Q_EMIT refused(error);
        return false;
    }
    Wire after = *wire;
    after.faults = faults;
    const QString text
        = tr("Set faults of %1 to %2")
              .arg(m_circuit->node(wire->from)->name, m_circuit->node(wire->to)->name);
    m_undoStack->push(new EditWireCommand(m_circuit, *wire, after, text));
    return true;
}

bool CircuitEditor::setWireChannel(WireId id, const QString &channel)
{
    const Wire *wire = m_circuit->wire(id);
    if (!wire)
        return false;
    if (wire->channel == channel)
        return true;
    if (refuseLocked())
        return false;
    if (const QString error = wires::channelError(channel); !error.isEmpty()) {
        Q_EMIT refused(error);
        return false;
    }
    Wire after = *wire;
    after.channel = channel;
    const QString text
        = tr("Set channel of %1 to %2")
              .arg(m_circuit->node(wire->from)->name, m_circuit->node(wire->to)->name);
    m_undoStack->push(new EditWireCommand(m_circuit, *wire, after, text));
    return true;
}

bool CircuitEditor::setSeed(std::optional<quint64> seed)
{
    if (seed == m_circuit->seed())
        return true;
    if (refuseLocked())
        return false;
    m_undoStack->push(new RunSettingsCommand(
        m_circuit, { seed, m_circuit->schedule() }, tr("Set the run's seed")));
    return true;
}

bool CircuitEditor::setSchedule(const QList<ScheduledFault> &schedule)
{
    if (schedule == m_circuit->schedule())
        return true;
    if (refuseLocked())
        return false;
    if (const QString error = m_circuit->scheduleError(schedule); !error.isEmpty()) {
        Q_EMIT refused(error);
        return false;
    }
    m_undoStack->push(new RunSettingsCommand(
        m_circuit, { m_circuit->seed(), schedule }, tr("Set the fault schedule")));
    return true;
}

} // namespace wb
