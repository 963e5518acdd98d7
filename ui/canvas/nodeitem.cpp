#include "nodeitem.h"

#include "canvastheme.h"
#include "componenticons.h"
#include "discovery/meshregistrar.h"
#include "healthvisuals.h"
#include "livewidgets.h"
#include "networksecurity.h"
#include "nodecard.h"
#include "nodetexts.h"
#include "statevisuals.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace wb {

namespace {

constexpr qreal kPortHitRadius = 12;
constexpr qreal kPulseMs = 350;
constexpr qreal kWaveMs = 900;
// Beyond this many device pixels per unit 200 cached cards would cost too much memory: paint
// directly (few cards fit a view that close anyway).
constexpr qreal kMaxCacheScale = 1.5;

// A discovered node shows the icon of what it says it is.
NodeKind tileKind(const NodeSpec &spec)
{
    if (spec.kind != NodeKind::External || spec.remoteKind.isEmpty())
        return spec.kind;
    return kinds::fromName(spec.remoteKind).value_or(NodeKind::External);
}

} // namespace

NodeItem::NodeItem(const NodeSpec &spec, const CanvasTheme *theme)
    : CanvasItem(theme)
    , m_spec(spec)
{
    setFlags(ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    if (QueueCard::handles(spec.kind)) {
        m_queueCard = std::make_unique<QueueCard>(spec.kind);
        m_queueCard->setParams(spec.params);
    }
    updateTexts();
    updateToolTip();
    syncQueueCard();
}

void NodeItem::setSpec(const NodeSpec &spec)
{
    m_spec = spec;
    if (m_queueCard)
        m_queueCard->setParams(spec.params);
    updateTexts();
    updateToolTip();
    invalidateBody();
}

void NodeItem::setTimeSource(const TimeSource *time)
{
    if (m_queueCard)
        m_queueCard->setTimeSource(time);
}

void NodeItem::syncQueueCard()
{
    if (!m_queueCard)
        return;
    m_queueCard->setActive(isActive());
    m_queueCard->setBadgeLeft(nodecard::badgeRect(badgeText()).left());
}

void NodeItem::setListeningPort(quint16 port)
{
    if (port == m_listeningPort)
        return;
    m_listeningPort = port;
    updateTexts();
    invalidateBody();
}

void NodeItem::setNodeState(NodeState state, const QString &error)
{
    const QString shownError = state == NodeState::Error ? error : QString();
    if (state == m_state && shownError == m_error)
        return;
    const bool wasActive = isActive();
    m_state = state;
    m_error = shownError;
    if (m_queueCard && wasActive && !isActive()) {
        // A stopped keyboard, queue, worker or console holds nothing: its next run starts empty.
        m_live.clear();
        m_queueCard->clear();
    }
    syncQueueCard();
    updateTexts();
    updateToolTip();
    invalidateBody();
}

void NodeItem::setNodeFault(NodeFault fault)
{
    if (fault == m_fault)
        return;
    m_fault = fault;
    syncQueueCard();
    invalidateBody();
}

void NodeItem::setPeerStatus(const PeerStatus &status)
{
    if (status == m_peer)
        return;
    m_peer = status;
    updateTexts();
    updateToolTip();
    invalidateBody();
}

QString NodeItem::badgeText() const
{
    return kinds::isLocal(m_spec.kind) ? statevisuals::text(m_state, m_fault)
                                       : healthvisuals::text(m_peer.health);
}

bool NodeItem::listensOnLan() const
{
    // Reachable from other machines: an explicit choice worth seeing (issue 7).
    return kinds::isLocal(m_spec.kind) && kinds::hasServer(m_spec.kind)
        && !MeshRegistrar::isLoopback(m_spec.host);
}

QString NodeItem::lanTagText() const
{
    return NetworkSecurity::lanTag(SocketPolicy::processDefaults());
}

void NodeItem::securityChanged()
{
    if (!listensOnLan())
        return;
    updateToolTip();
    invalidateBody();
}

QStringList NodeItem::tags() const
{
    QStringList tags;
    if (m_spec.discovered)
        tags << QObject::tr("discovered");
    if (listensOnLan())
        tags << QObject::tr("LAN");
    return tags;
}

void NodeItem::applyLiveState(const QVariantMap &state, qint64 nowMs)
{
    if (m_replaying) { // kept for when the replay ends
        for (auto it = state.cbegin(); it != state.cend(); ++it)
            m_liveBeforeReplay.insert(it.key(), it.value());
        return;
    }
    for (auto it = state.cbegin(); it != state.cend(); ++it)
        m_live.insert(it.key(), it.value());
    if (state.contains(QStringLiteral("tick")))
        m_pulseStartMs = nowMs;
    if (state.contains(QStringLiteral("bits"))) {
        m_bits.clear();
        const QVariantList bits = state.value(QStringLiteral("bits")).toList();
        for (const QVariant &bit : bits)
            m_bits << bit.toInt();
        m_bitsSent = 0;
        m_currentBit = -1;
    }
    if (m_queueCard)
        m_queueCard->apply(state, m_live);
    // Flat-out clocks send hundreds of states between two frames: lay out once per frame.
    m_detailDirty = true;
}

void NodeItem::setReplayState(const std::optional<QVariantMap> &state, qint64 nowMs)
{
    if (state && !m_replaying)
        m_liveBeforeReplay = m_live;
    if (!state && !m_replaying)
        return;
    const QVariant tick = m_live.value(QStringLiteral("tick"));
    m_live = state ? *state : m_liveBeforeReplay;
    if (state && state->contains(QStringLiteral("tick"))
        && state->value(QStringLiteral("tick")) != tick)
        m_pulseStartMs = nowMs;
    const bool changed = m_replaying != state.has_value();
    m_replaying = state.has_value();
    m_detailDirty = true;
    if (m_queueCard) {
        syncQueueCard();
        m_queueCard->show(m_live);
    }
    if (changed)
        invalidateBody(); // active or not shows on the card
}

void NodeItem::noteBitSent(int targets)
{
    ++m_bitsSent;
    m_currentBit = std::min(int(m_bits.size()) - 1, (m_bitsSent - 1) / std::max(1, targets));
    m_detailDirty = true;
}

bool NodeItem::step(qint64 nowMs)
{
    if (m_detailDirty)
        updateDetail();
    bool more = false;
    const qreal ledTarget = isActive() && m_live.value(QStringLiteral("on")).toBool() ? 1.0 : 0.0;
    if (std::abs(ledTarget - m_ledLevel) > 0.03) {
        m_ledLevel += (ledTarget - m_ledLevel) * 0.6;
        more = true;
    } else {
        m_ledLevel = ledTarget;
    }
    if (m_pulseStartMs >= 0) {
        m_pulse = std::max(0.0, 1.0 - qreal(nowMs - m_pulseStartMs) / kPulseMs);
        if (m_pulse > 0)
            more = true;
        else
            m_pulseStartMs = -1;
    }
    if (isActive() && m_live.value(QStringLiteral("buzzing")).toBool()) {
        m_phase = std::fmod(qreal(nowMs) / kWaveMs, 1.0);
        more = true;
    }
    if (m_queueCard && m_queueCard->step())
        more = true;
    return more;
}

void NodeItem::updateTexts()
{
    m_address = nodetexts::address(m_spec, m_listeningPort);
    m_elidedName = QFontMetricsF(nodecard::nameFont())
                       .elidedText(m_spec.name, Qt::ElideRight, nodecard::nameRect().width());
    m_elidedAddress = QFontMetricsF(nodecard::smallFont())
                          .elidedText(m_address, Qt::ElideMiddle, nodecard::addressRect().width());
    updateDetail();
}

void NodeItem::updateDetail()
{
    m_detailDirty = false;
    if (m_queueCard)
        return; // the card lays its own texts out
    m_detail = nodetexts::detail(
        m_spec, { isActive(), m_live, m_bits, m_currentBit, m_peer, m_error });
    const QString elided = QFontMetricsF(nodecard::smallFont())
                               .elidedText(m_detail, Qt::ElideRight,
                                           nodecard::detailRect(liveWidth()).width());
    if (elided != m_elidedDetail) {
        m_elidedDetail = elided;
        m_sprites.remove(kDetailSprite);
    }
}

void NodeItem::updateToolTip()
{
    setToolTip(nodetexts::toolTip(m_spec, m_address, m_state, m_error, m_peer, listensOnLan(),
                                  NetworkSecurity::lanIsOpen(SocketPolicy::processDefaults())));
}

QPointF NodeItem::inputPortPos() const
{
    return mapToScene(QPointF(0, kHeight / 2));
}

QPointF NodeItem::outputPortPos() const
{
    return mapToScene(QPointF(kWidth, kHeight / 2));
}

NodeItem::Port NodeItem::portAt(QPointF scenePos) const
{
    const auto near = [&](QPointF port) {
        const QPointF d = scenePos - port;
        return d.x() * d.x() + d.y() * d.y() <= kPortHitRadius * kPortHitRadius;
    };
    if (hasOutput() && near(outputPortPos()))
        return Port::Output;
    if (hasInput() && near(inputPortPos()))
        return Port::Input;
    return Port::None;
}

void NodeItem::setDropHighlight(bool on, bool valid)
{
    if (on == m_dropHighlight && valid == m_dropValid)
        return;
    m_dropHighlight = on;
    m_dropValid = valid;
    invalidateBody();
}

QRectF NodeItem::nameRect() const
{
    return nodecard::nameRect();
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(0, 0, kWidth, kHeight).adjusted(-14, -14, 14, 16);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    // Winding: where a port's circle overlaps the card, the point is still on the node.
    path.setFillRule(Qt::WindingFill);
    path.addRoundedRect(QRectF(0, 0, kWidth, kHeight), nodecard::kRadius, nodecard::kRadius);
    if (hasInput())
        path.addEllipse(QPointF(0, kHeight / 2), kPortHitRadius, kPortHitRadius);
    if (hasOutput())
        path.addEllipse(QPointF(kWidth, kHeight / 2), kPortHitRadius, kPortHitRadius);
    return path;
}

QRectF NodeItem::liveArea()
{
    // An LED's glow reaches past the live rect, up into the header and below the card.
    const qreal header = nodecard::kHeaderHeight;
    return QRectF(-6, header - 14, kWidth - 6, kHeight - header + 28);
}

void NodeItem::updateFrame()
{
    update(liveArea());
}

void NodeItem::themeChanged()
{
    m_sprites.clear();
    invalidateBody();
}

void NodeItem::invalidateBody()
{
    m_bodyValid = false;
    update();
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QTransform world = painter->worldTransform();
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(world);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    const qreal scale = world.m11() * dpr;
    if (world.type() > QTransform::TxScale || world.m11() != world.m22() || scale <= 0
        || scale > kMaxCacheScale) {
        paintStatic(painter);
        if (m_fault == NodeFault::None)
            paintDynamic(painter, lod);
        return;
    }
    const QRectF bounds = boundingRect();
    if (!m_bodyValid || !qFuzzyCompare(m_bodyScale, scale)) {
        // Rendered outside the frame's clip, once per change of the card or of the zoom.
        const QSize size = (bounds.size() * scale).toSize() + QSize(1, 1);
        m_body = QPixmap(size);
        m_body.setDevicePixelRatio(dpr);
        m_body.fill(Qt::transparent);
        QPainter body(&m_body);
        body.setRenderHints(painter->renderHints());
        body.scale(world.m11(), world.m11());
        body.translate(-bounds.topLeft());
        paintStatic(&body);
        body.end();
        m_bodyScale = scale;
        m_bodyValid = true;
    }
    // Blit at a whole device pixel, 1:1 (no resampling), and draw the live part aligned to it.
    const QPointF exact = world.map(bounds.topLeft()) * dpr;
    const QPointF snapped(std::round(exact.x()), std::round(exact.y()));
    painter->setWorldTransform(QTransform::fromTranslate(snapped.x() / dpr, snapped.y() / dpr));
    painter->drawPixmap(QPointF(0, 0), m_body);
    const QPointF shift = (snapped - exact) / dpr;
    painter->setWorldTransform(world * QTransform::fromTranslate(shift.x(), shift.y()));
    // A crashed or hung node's live widget is frozen or gone: the greyed card says so.
    if (m_fault == NodeFault::None)
        paintDynamic(painter, lod);
    painter->setWorldTransform(world);
}

void NodeItem::paintStatic(QPainter *painter) const
{
    const CanvasTheme &t = theme();
    nodecard::Face face;
    face.kind = m_spec.kind;
    face.tileKind = tileKind(m_spec);
    face.selected = isSelected();
    face.name = m_elidedName;
    face.address = m_elidedAddress;
    face.badge = badgeText();
    face.badgeColor = kinds::isLocal(m_spec.kind) ? statevisuals::color(m_state, m_fault)
                                                  : healthvisuals::color(m_peer.health);
    face.faulted = m_fault != NodeFault::None;
    if (listensOnLan()) {
        face.lanTag = lanTagText();
        face.lanOpen = NetworkSecurity::lanIsOpen(SocketPolicy::processDefaults());
    }
    face.discovered = m_spec.discovered;
    face.input = hasInput();
    face.inputHot = m_dropHighlight || m_hoverPort == Port::Input;
    face.inputRing = !m_dropHighlight ? t.wire
        : m_dropValid                 ? CanvasTheme::stateColor(NodeState::Running)
                                      : t.failure;
    face.output = hasOutput();
    face.outputHot = m_hoverPort == Port::Output;
    nodecard::paint(painter, face, t);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged && m_moved)
        m_moved(this);
    if (change == ItemSelectedHasChanged)
        invalidateBody();
    return CanvasItem::itemChange(change, value);
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const Port port = portAt(event->scenePos());
    if (port != m_hoverPort) {
        m_hoverPort = port;
        setCursor(port == Port::Output ? Qt::CrossCursor : Qt::ArrowCursor);
        invalidateBody();
    }
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    if (m_hoverPort != Port::None) {
        m_hoverPort = Port::None;
        unsetCursor();
        invalidateBody();
    }
}

} // namespace wb
