#include "document/circuit.h"

#include <QCoreApplication>

namespace wb {

Circuit::Circuit(QObject *parent) : QObject(parent)
{ }

void Circuit::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    Q_EMIT titleChanged();
}

QList<NodeSpec> Circuit::nodes() const
{
    QList<NodeSpec> list;
    list.reserve(m_order.size());
    for (NodeId id : m_order)
        list << m_nodes.value(id);
    return list;
}

const NodeSpec *Circuit::node(NodeId id) const
{
    const auto it = m_nodes.constFind(id);
    return it == m_nodes.constEnd() ? nullptr : &it.value();
}

NodeId Circuit::idByName(const QString &name) const
{
    for (NodeId id : m_order) {
        if (m_nodes.value(id).name == name)
            return id;
    }
    return 0;
}

QList<NodeId> Circuit::sources(NodeId target) const
{
    QList<NodeId> list;
    for (WireId id : m_in.value(target))
        list << m_wires.value(id).from;
    return list;
}

void Circuit::setContents(const QList<NodeSpec> &nodes, const QList<Wire> &wires,
    std::optional<quint64> seed, const QList<ScheduledFault> &schedule)
{
    m_nodes.clear();
    m_order.clear();
    m_wires.clear();
    m_wireOrder.clear();
    m_out.clear();
    m_in.clear();
    m_nextId = 1;
    m_nextWireId = 1;
    for (const NodeSpec &spec : nodes)
        m_nextId = std::max(m_nextId, spec.id + 1);
    for (NodeSpec spec : nodes) {
        if (spec.id <= 0 || m_nodes.contains(spec.id))
            spec.id = m_nextId++;
        m_nodes.insert(spec.id, spec);
        m_order << spec.id;
    }
    for (const Wire &wire : wires)
        m_nextWireId = std::max(m_nextWireId, wire.id + 1);
    // The document never holds a wire to nowhere, twice, or with a rule it would refuse.
    for (Wire wire : wires) {
        if (!wireError(wire.from, wire.to).isEmpty() || !faults::validate(wire.faults).isEmpty()
            || !wires::channelError(wire.channel).isEmpty()) {
            continue;
        }
        if (wire.id <= 0 || m_wires.contains(wire.id))
            wire.id = m_nextWireId++;
        insertWire(wire, -1);
    }
    m_seed = seed;
    m_schedule.clear();
    for (const ScheduledFault &fault : schedule) {
        if (scheduleError({ fault }).isEmpty())
            m_schedule << fault;
    }
    Q_EMIT reset();
}

NodeId Circuit::addNode(NodeSpec spec, int index)
{
    if (spec.name.isEmpty() || idByName(spec.name) != 0)
        return 0;
    if (spec.id == 0)
        spec.id = m_nextId;
    if (m_nodes.contains(spec.id))
        return 0;
    m_nextId = std::max(m_nextId, spec.id + 1);
    m_nodes.insert(spec.id, spec);
    if (index < 0 || index > m_order.size())
        m_order << spec.id;
    else
        m_order.insert(index, spec.id);
    Q_EMIT nodeAdded(spec.id);
    return spec.id;
}

bool Circuit::removeNode(NodeId id)
{
    if (!m_nodes.contains(id))
        return false;
    // Views drop a wire's item before its ends' items.
    for (WireId wire : m_out.value(id))
        removeWire(wire);
    for (WireId wire : m_in.value(id))
        removeWire(wire);
    const auto scheduled
        = m_schedule.removeIf([id](const ScheduledFault &f) { return f.node == id; });
    if (scheduled > 0)
        Q_EMIT scheduleChanged();
    Q_EMIT nodeAboutToBeRemoved(id);
    m_nodes.remove(id);
    m_order.removeOne(id);
    m_out.remove(id);
    m_in.remove(id);
    Q_EMIT nodeRemoved(id);
    return true;
}

bool Circuit::setName(NodeId id, const QString &name)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end() || it->name == name || !nameError(id, name).isEmpty())
        return false;
    it->name = name;
    Q_EMIT nodeChanged(id, NodeField::Name);
    return true;
}

bool Circuit::setHost(NodeId id, const QString &host)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end() || it->host == host)
        return false;
    it->host = host;
    Q_EMIT nodeChanged(id, NodeField::Host);
    return true;
}

bool Circuit::setPort(NodeId id, quint16 port)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end() || it->port == port)
        return false;
    it->port = port;
    Q_EMIT nodeChanged(id, NodeField::Port);
    return true;
}

bool Circuit::setParam(NodeId id, const QString &key, const QVariant &value)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return false;
    if (!value.isValid()) {
        if (it->params.remove(key) == 0)
            return false;
    } else {
        if (it->params.value(key) == value)
            return false;
        it->params.insert(key, value);
    }
    Q_EMIT nodeChanged(id, NodeField::Params);
    return true;
}

bool Circuit::setPosition(NodeId id, QPointF position)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end() || it->position == position)
        return false;
    it->position = position;
    Q_EMIT nodeChanged(id, NodeField::Position);
    return true;
}

QList<Wire> Circuit::wires() const
{
    QList<Wire> list;
    list.reserve(m_wireOrder.size());
    for (WireId id : m_wireOrder)
        list << m_wires.value(id);
    return list;
}

const Wire *Circuit::wire(WireId id) const
{
    const auto it = m_wires.constFind(id);
    return it == m_wires.constEnd() ? nullptr : &it.value();
}

WireId Circuit::wireBetween(NodeId from, NodeId to) const
{
    for (WireId id : m_out.value(from)) {
        if (m_wires.value(id).to == to)
            return id;
    }
    return 0;
}

QList<NodeId> Circuit::targets(NodeId from) const
{
    const auto it = m_out.constFind(from);
    if (it == m_out.constEnd())
        return {};
    QList<NodeId> list;
    list.reserve(it->size());
    for (WireId id : *it)
        list << m_wires.value(id).to;
    return list;
}

WireId Circuit::addWire(NodeId from, NodeId to, int index, WireId id)
{
    Wire wire;
    wire.id = id;
    wire.from = from;
    wire.to = to;
    return addWire(wire, index);
}

WireId Circuit::addWire(const Wire &given, int index)
{
    if (!wireError(given.from, given.to).isEmpty() || given.id < 0 || m_wires.contains(given.id)
        || !faults::validate(given.faults).isEmpty()
        || !wires::channelError(given.channel).isEmpty()) {
        return 0;
    }
    Wire wire = given;
    if (wire.id == 0)
        wire.id = m_nextWireId;
    m_nextWireId = std::max(m_nextWireId, wire.id + 1);
    insertWire(wire, index);
    Q_EMIT wireAdded(wire.id);
    return wire.id;
}

// Keeps the per-node lists in the document's order: a wire goes in after every wire of the
// same node that comes before it in the document.
void Circuit::insertWire(const Wire &wire, int index)
{
    const bool last = index < 0 || index >= m_wireOrder.size();
    const auto placeIn = [&](QList<WireId> &list, NodeId node, NodeId Wire::*end) {
        if (last) {
            list << wire.id;
            return;
        }
        qsizetype before = 0;
        for (qsizetype i = 0; i < index; ++i) {
            if (m_wires.value(m_wireOrder.at(i)).*end == node)
                ++before;
        }
        list.insert(before, wire.id);
    };
    placeIn(m_out[wire.from], wire.from, &Wire::from);
    placeIn(m_in[wire.to], wire.to, &Wire::to);
    m_wires.insert(wire.id, wire);
    if (last)
        m_wireOrder << wire.id;
    else
        m_wireOrder.insert(index, wire.id);
}

bool Circuit::removeWire(WireId id)
{
    const auto it = m_wires.constFind(id);
    if (it == m_wires.constEnd())
        return false;
    const NodeId from = it->from;
    const NodeId to = it->to;
    Q_EMIT wireAboutToBeRemoved(id);
    m_wires.remove(id);
    m_wireOrder.removeOne(id);
    m_out[from].removeOne(id);
    m_in[to].removeOne(id);
    Q_EMIT wireRemoved(id, from, to);
    return true;
}

bool Circuit::setWireFaults(WireId id, const WireFaults &faults)
{
    auto it = m_wires.find(id);
    if (it == m_wires.end() || it->faults == faults || !faults::validate(faults).isEmpty())
        return false;
    it->faults = faults;
    Q_EMIT wireChanged(id);
    return true;
}

bool Circuit::setWireChannel(WireId id, const QString &channel)
{
    auto it = m_wires.find(id);
    if (it == m_wires.end() || it->channel == channel || !wires::channelError(channel).isEmpty())
        return false;
    it->channel = channel;
    Q_EMIT wireChanged(id);
    return true;
}

bool Circuit::setSeed(std::optional<quint64> seed)
{
    if (seed == m_seed)
        return false;
    m_seed = seed;
    Q_EMIT seedChanged();
    return true;
}

bool Circuit::setSchedule(const QList<ScheduledFault> &schedule)
{
    if (schedule == m_schedule || !scheduleError(schedule).isEmpty())
        return false;
    m_schedule = schedule;
    Q_EMIT scheduleChanged();
    return true;
}

QString Circuit::scheduleError(const QList<ScheduledFault> &schedule) const
{
    for (qsizetype i = 0; i < schedule.size(); ++i) {
        const ScheduledFault &fault = schedule.at(i);
        const QString where = QStringLiteral("schedule[%1].").arg(i);
        const NodeSpec *spec = node(fault.node);
        if (!spec)
            return where + QCoreApplication::translate("wb::CircuitFormat", "node: no such node");
        if (!kinds::isLocal(spec->kind) || spec->discovered) {
            return where
                + QCoreApplication::translate(
                    "wb::CircuitFormat", "node: %1 does not run here: it cannot %2")
                      .arg(spec->name, faults::actionName(fault.action));
        }
        if (const QString error = faults::validate(fault); !error.isEmpty())
            return where + error;
    }
    return {};
}

QString Circuit::wireError(NodeId from, NodeId to) const
{
    const NodeSpec *source = node(from);
    const NodeSpec *target = node(to);
    if (!source || !target)
        return tr("That wire has no node at one of its ends.");
    if (from == to)
        return tr("A node cannot be wired to itself.");
    if (!kinds::hasOutput(source->kind))
        return tr(
            "%1 has no output: only a clock, an iopin, a proxy or a ring node sends messages.")
            .arg(kinds::nameWithArticle(source->kind).replace(0, 1, u'A'));
    if (!kinds::acceptsInput(target->kind))
        return tr("A clock has no input: it only sends ticks.");
    if (wireBetween(from, to) != 0)
        return tr("%1 is already wired to %2.").arg(source->name, target->name);
    return {};
}

QString Circuit::nameError(NodeId id, const QString &name) const
{
    if (!isValidNodeName(name))
        return tr("A name is 1 to 64 letters, digits, '_', '.' or '-'.");
    const NodeId other = idByName(name);
    if (other != 0 && other != id)
        return tr("The name %1 is taken.").arg(name);
    return {};
}

QString Circuit::uniqueName(const QString &base) const
{
    if (idByName(base) == 0)
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = base + QString::number(i);
        if (idByName(candidate) == 0)
            return candidate;
    }
}

quint16 Circuit::freePort(quint16 from) const
{
    for (quint32 port = from; port <= 65535; ++port) {
        bool used = false;
        for (const NodeSpec &spec : m_nodes) {
            if (spec.port == port) {
                used = true;
                break;
            }
        }
        if (!used)
            return quint16(port);
    }
    return 0;
}

} // namespace wb
