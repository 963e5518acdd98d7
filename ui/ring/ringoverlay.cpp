#include "ringoverlay.h"

#include "canvas/circuitscene.h"
#include "canvas/nodeitem.h"
#include "ringitems.h"
#include "runtime/meshruntime.h"

namespace wb {

namespace {

QString nameOf(const Circuit *circuit, NodeId id)
{
    const NodeSpec *spec = circuit->node(id);
    return spec ? spec->name : QString();
}

QString bypassToolTip(const Circuit *circuit, const RingPicture::Bypass &bypass)
{
    QStringList wired;
    for (NodeId id : bypass.wired)
        wired << nameOf(circuit, id);
    return QObject::tr("%1's successor is %2, not %3 (where its wire goes): the ring closes "
                       "round it. It goes when the ring is whole again.")
        .arg(nameOf(circuit, bypass.from), nameOf(circuit, bypass.to),
            wired.join(QObject::tr(" or ")));
}

} // namespace

RingOverlay::RingOverlay(CircuitScene *scene, MeshRuntime *runtime)
    : QObject(scene), m_scene(scene), m_runtime(runtime)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &RingOverlay::refresh);
    connect(runtime, &MeshRuntime::liveState, this, &RingOverlay::onLiveState);
    connect(runtime, &MeshRuntime::nodeStateChanged, this, [this](NodeId id, NodeState state) {
        if (state != NodeState::Running && state != NodeState::Listening)
            forget(id);
    });
    connect(runtime, &MeshRuntime::nodeFaultChanged, this, [this](NodeId id, NodeFault fault) {
        if (fault != NodeFault::None) // a crashed or hung member's view is not current
            forget(id);
    });
    connect(runtime, &MeshRuntime::runningChanged, this, [this](bool running) {
        if (!running) {
            m_picture.clear();
            schedule();
        }
    });
    const Circuit *circuit = scene->circuit();
    // What the members said stays theirs; which node is where, and who is wired to whom, is
    // the document's.
    connect(circuit, &Circuit::reset, this, [this] {
        m_picture.clear();
        refresh();
    });
    connect(circuit, &Circuit::nodeAboutToBeRemoved, this, [this](NodeId id) {
        m_picture.forget(id);
        delete m_marks.take(id);
        for (auto it = m_bypasses.begin(); it != m_bypasses.end();) {
            if (it.key().first == id || it.key().second == id) {
                delete it.value();
                it = m_bypasses.erase(it);
            } else {
                ++it;
            }
        }
        schedule();
    });
    connect(circuit, &Circuit::nodeChanged, this, [this](NodeId, NodeField field) {
        if (field != NodeField::Position && field != NodeField::Params)
            schedule(); // a name or an address
    });
    connect(circuit, &Circuit::wireAdded, this, &RingOverlay::schedule);
    connect(circuit, &Circuit::wireRemoved, this, &RingOverlay::schedule);
    connect(scene, &CircuitScene::cardMoved, this, &RingOverlay::place);
}

RingOverlay::~RingOverlay()
{
    qDeleteAll(m_bypasses);
    qDeleteAll(m_marks);
}

WireId RingOverlay::connectorBetween(NodeId from, NodeId to) const
{
    if (const BypassItem *item = m_bypasses.value({ from, to }))
        return item->connectorId();
    return 0;
}

BypassItem *RingOverlay::connector(WireId id) const
{
    for (BypassItem *item : m_bypasses) {
        if (item->connectorId() == id)
            return item;
    }
    return nullptr;
}

void RingOverlay::onLiveState(NodeId id, const QVariantMap &state)
{
    const auto ring = state.constFind(QStringLiteral("ring"));
    if (ring == state.cend())
        return;
    // A report that races the node's stop or crash is not its current view.
    if (m_runtime
        && (m_runtime->fault(id) != NodeFault::None
            || (m_runtime->state(id) != NodeState::Running
                && m_runtime->state(id) != NodeState::Listening)))
        return;
    if (m_picture.setReport(id, ring->toMap()))
        schedule();
}

void RingOverlay::forget(NodeId id)
{
    if (!m_picture.hasReport(id))
        return;
    m_picture.forget(id);
    schedule();
}

void RingOverlay::schedule()
{
    if (!m_settle.isActive())
        m_settle.start();
}

QHash<QString, NodeId> RingOverlay::addresses() const
{
    const Circuit *circuit = m_scene->circuit();
    QHash<NodeId, quint16> listening;
    if (m_runtime) {
        const QList<NodeId> ids = circuit->nodeIds();
        for (NodeId id : ids) {
            if (const quint16 port = m_runtime->listeningPort(id); port != 0)
                listening.insert(id, port);
        }
    }
    return RingPicture::addressesOf(*circuit, listening);
}

void RingOverlay::refresh()
{
    m_settle.stop();
    const Circuit *circuit = m_scene->circuit();
    const QHash<QString, NodeId> known = addresses();

    QHash<NodeId, RingMarkItem *> marks;
    for (const RingPicture::Mark &mark : m_picture.marks(*circuit, known)) {
        const NodeItem *card = m_scene->nodeItem(mark.node);
        if (!card)
            continue;
        RingMarkItem *item = m_marks.take(mark.node);
        if (!item) {
            item = new RingMarkItem(mark.node, &m_scene->theme());
            m_scene->addItem(item);
        }
        item->setMark(mark, card->name());
        item->setPos(card->pos());
        marks.insert(mark.node, item);
    }
    qDeleteAll(m_marks);
    m_marks = marks;

    QHash<QPair<NodeId, NodeId>, BypassItem *> bypasses;
    for (const RingPicture::Bypass &bypass : m_picture.bypasses(*circuit, known)) {
        const NodeItem *from = m_scene->nodeItem(bypass.from);
        const NodeItem *to = m_scene->nodeItem(bypass.to);
        if (!from || !to)
            continue;
        const QPair<NodeId, NodeId> key(bypass.from, bypass.to);
        BypassItem *item = m_bypasses.take(key);
        if (!item) {
            item = new BypassItem(bypass.from, bypass.to, --m_lastConnector, &m_scene->theme());
            m_scene->addItem(item);
        }
        item->setToolTip(bypassToolTip(circuit, bypass));
        item->setAround(bypass.wired.value(0));
        placeBypass(item);
        bypasses.insert(key, item);
    }
    qDeleteAll(m_bypasses);
    m_bypasses = bypasses;
}

void RingOverlay::place(NodeId moved)
{
    if (RingMarkItem *mark = m_marks.value(moved)) {
        if (const NodeItem *card = m_scene->nodeItem(moved))
            mark->setPos(card->pos());
    }
    for (BypassItem *item : std::as_const(m_bypasses)) {
        if (item->from() == moved || item->to() == moved || item->around() == moved)
            placeBypass(item);
    }
}

void RingOverlay::placeBypass(BypassItem *item) const
{
    const NodeItem *from = m_scene->nodeItem(item->from());
    const NodeItem *to = m_scene->nodeItem(item->to());
    const NodeItem *around = m_scene->nodeItem(item->around());
    if (from && to) {
        item->setEnds(from->outputPortPos(), to->inputPortPos(),
            around ? QRectF(around->pos(), QSizeF(NodeItem::kWidth, NodeItem::kHeight)) : QRectF());
    }
}

} // namespace wb
