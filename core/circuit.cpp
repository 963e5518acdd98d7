#include "circuit.h"

namespace wb {

Circuit::Circuit(QObject *parent)
    : QObject(parent)
{
}

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
    for (NodeId id : m_order) {
        if (m_nodes.value(id).targets.contains(target))
            list << id;
    }
    return list;
}

void Circuit::setNodes(const QList<NodeSpec> &nodes)
{
    m_nodes.clear();
    m_order.clear();
    m_nextId = 1;
    for (const NodeSpec &spec : nodes)
        m_nextId = std::max(m_nextId, spec.id + 1);
    for (NodeSpec spec : nodes) {
        if (spec.id <= 0 || m_nodes.contains(spec.id))
            spec.id = m_nextId++;
        m_nodes.insert(spec.id, spec);
        m_order << spec.id;
    }
    // Drop dangling targets so that the document never holds a wire to nowhere.
    for (auto &spec : m_nodes) {
        spec.targets.removeIf([this](NodeId t) { return !m_nodes.contains(t); });
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
    spec.targets.removeIf([this](NodeId t) { return !m_nodes.contains(t); });
    m_nodes.insert(spec.id, spec);
    if (index < 0 || index > m_order.size())
        m_order << spec.id;
    else
        m_order.insert(index, spec.id);
    Q_EMIT nodeAdded(spec.id);
    return spec.id;
}

void Circuit::removeNode(NodeId id)
{
    if (!m_nodes.contains(id))
        return;
    for (NodeId source : sources(id))
        removeWire(source, id);
    Q_EMIT nodeAboutToBeRemoved(id);
    m_nodes.remove(id);
    m_order.removeOne(id);
    Q_EMIT nodeRemoved(id);
}

void Circuit::setName(NodeId id, const QString &name)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end() || it->name == name || !nameError(id, name).isEmpty())
        return;
    it->name = name;
    Q_EMIT nodeChanged(id, NodeField::Name);
}

void Circuit::setHost(NodeId id, const QString &host)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end() || it->host == host)
        return;
    it->host = host;
    Q_EMIT nodeChanged(id, NodeField::Host);
}

void Circuit::setPort(NodeId id, quint16 port)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end() || it->port == port)
        return;
    it->port = port;
    Q_EMIT nodeChanged(id, NodeField::Port);
}

void Circuit::setParam(NodeId id, const QString &key, const QVariant &value)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return;
    if (!value.isValid()) {
        if (it->params.remove(key) == 0)
            return;
    } else {
        if (it->params.value(key) == value)
            return;
        it->params.insert(key, value);
    }
    Q_EMIT nodeChanged(id, NodeField::Params);
}

void Circuit::setPosition(NodeId id, QPointF position)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end() || it->position == position)
        return;
    it->position = position;
    Q_EMIT nodeChanged(id, NodeField::Position);
}

bool Circuit::addWire(NodeId from, NodeId to, int index)
{
    if (!wireError(from, to).isEmpty())
        return false;
    auto &targets = m_nodes[from].targets;
    if (index < 0 || index > targets.size())
        targets.append(to);
    else
        targets.insert(index, to);
    Q_EMIT wireAdded(from, to);
    return true;
}

void Circuit::removeWire(NodeId from, NodeId to)
{
    auto it = m_nodes.find(from);
    if (it == m_nodes.end() || !it->targets.removeOne(to))
        return;
    Q_EMIT wireRemoved(from, to);
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
        return tr("%1 has no output: only a clock or an iopin sends messages.")
            .arg(kinds::nameWithArticle(source->kind).replace(0, 1, u'A'));
    if (!kinds::acceptsInput(target->kind))
        return tr("A clock has no input: it only sends ticks.");
    if (source->targets.contains(to))
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
