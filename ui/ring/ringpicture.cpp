#include "ringpicture.h"

#include <QUrl>

namespace wb {

namespace {

bool isRingEnd(const NodeSpec *spec)
{
    // An external node may be another machine's ring member (wirebench-node ring).
    return spec && (spec->kind == NodeKind::Ring || spec->kind == NodeKind::External);
}

} // namespace

bool RingPicture::setReport(NodeId reporter, const QVariantMap &ring)
{
    const QString self = normalise(ring.value(QStringLiteral("self")).toString());
    if (reporter == 0 || self.isEmpty())
        return false;
    Report report;
    report.self = self;
    report.name = ring.value(QStringLiteral("name")).toString();
    const QVariantList successors = ring.value(QStringLiteral("successors")).toList();
    if (!successors.isEmpty())
        report.successor = normalise(successors.first().toString());
    const QVariantMap members = ring.value(QStringLiteral("members")).toMap();
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        const QString state = it.value().toString();
        const QString address = normalise(it.key());
        if (address.isEmpty() || address == self)
            continue;
        if (state == QLatin1String("dead"))
            report.doubted.insert(address, Opinion::Dead);
        else if (state == QLatin1String("suspect"))
            report.doubted.insert(address, Opinion::Suspect);
    }
    // An address moves with its node: a restarted member on another port is the same node.
    for (auto it = m_selves.begin(); it != m_selves.end();)
        it = it.value() == reporter && it.key() != self ? m_selves.erase(it) : std::next(it);
    m_selves.insert(self, reporter);
    m_reports.insert(reporter, report);
    return true;
}

void RingPicture::forget(NodeId reporter)
{
    m_reports.remove(reporter);
}

void RingPicture::clear()
{
    m_reports.clear();
    m_selves.clear();
}

QString RingPicture::successorOf(NodeId reporter) const
{
    return m_reports.value(reporter).successor;
}

QString RingPicture::normalise(const QString &address)
{
    const QUrl url(address.trimmed());
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0)
        return {};
    QString host = url.host().toLower();
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    return QStringLiteral("ws://%1:%2").arg(host).arg(url.port());
}

QHash<QString, NodeId> RingPicture::addressesOf(
    const Circuit &circuit, const QHash<NodeId, quint16> &listening)
{
    QHash<QString, NodeId> addresses;
    const QList<NodeId> ids = circuit.nodeIds();
    for (NodeId id : ids) {
        const NodeSpec *spec = circuit.node(id);
        if (!kinds::hasServer(spec->kind))
            continue;
        const quint16 port = spec->port != 0 ? spec->port : listening.value(id);
        if (port == 0)
            continue;
        const QString address = normalise(QStringLiteral("ws://%1:%2").arg(spec->host).arg(port));
        if (!address.isEmpty())
            addresses.insert(address, id);
    }
    return addresses;
}

NodeId RingPicture::resolve(const QString &address, const QHash<QString, NodeId> &addresses) const
{
    if (const NodeId id = m_selves.value(address); id != 0)
        return id;
    return addresses.value(address);
}

QList<RingPicture::Mark> RingPicture::marks(
    const Circuit &circuit, const QHash<QString, NodeId> &addresses) const
{
    QHash<NodeId, Mark> byNode;
    const QList<NodeId> order = circuit.nodeIds();
    for (NodeId reporter : order) {
        const auto found = m_reports.constFind(reporter);
        if (found == m_reports.cend())
            continue;
        const NodeSpec *spec = circuit.node(reporter);
        const QString observer = spec ? spec->name : found->name;
        for (auto it = found->doubted.cbegin(); it != found->doubted.cend(); ++it) {
            const NodeId node = resolve(it.key(), addresses);
            if (node == 0 || node == reporter || !circuit.contains(node))
                continue;
            Mark &mark = byNode[node];
            mark.node = node;
            if (it.value() == Opinion::Dead) {
                mark.deadTo << observer;
                mark.opinion = Opinion::Dead;
            } else {
                mark.suspectTo << observer;
            }
        }
    }
    QList<Mark> list;
    for (NodeId id : order) {
        if (const auto it = byNode.constFind(id); it != byNode.cend())
            list << *it;
    }
    return list;
}

QList<RingPicture::Bypass> RingPicture::bypasses(
    const Circuit &circuit, const QHash<QString, NodeId> &addresses) const
{
    QList<Bypass> list;
    const QList<NodeId> order = circuit.nodeIds();
    for (NodeId reporter : order) {
        const auto found = m_reports.constFind(reporter);
        if (found == m_reports.cend() || found->successor.isEmpty())
            continue;
        const NodeId successor = resolve(found->successor, addresses);
        if (successor == 0 || successor == reporter || !circuit.contains(successor))
            continue;
        QList<NodeId> wired;
        const QList<NodeId> targets = circuit.targets(reporter);
        for (NodeId target : targets) {
            if (isRingEnd(circuit.node(target)))
                wired << target;
        }
        // Without a wire into the ring, nothing says where its successor should be.
        if (!wired.isEmpty() && !wired.contains(successor))
            list << Bypass { reporter, successor, wired };
    }
    return list;
}

} // namespace wb
