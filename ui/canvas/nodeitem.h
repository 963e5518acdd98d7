#pragma once

#include "canvasitem.h"
#include "document/nodespec.h"
#include "nodecard.h"
#include "queuecard.h"
#include "runtime/liveness/peerhealth.h"
#include "runtime/localnode.h"
#include "spritecache.h"

#include <QPixmap>
#include <QVariantMap>
#include <functional>
#include <memory>
#include <optional>

namespace wb {

class TimeSource;

// One node of the circuit on the canvas: a component card with its icon, name, address, state
// badge and live widget, an input port on the left (kinds that accept input) and an output port
// on the right (clock, iopin, proxy). An external node's badge is its health (ping/pong); tags on
// the top edge mark a node found in the registry ("discovered") and a local node that listens
// beyond loopback ("LAN"). It shows what the scene tells it; it never edits the document.
class NodeItem final : public CanvasItem
{
public:
    enum { Type = UserType + 1 };
    enum class Port { None, Input, Output };
    static constexpr qreal kWidth = nodecard::kWidth;
    static constexpr qreal kHeight = nodecard::kHeight;

    NodeItem(const NodeSpec &spec, const CanvasTheme *theme);

    int type() const override { return Type; }
    NodeId id() const { return m_spec.id; }
    NodeKind kind() const { return m_spec.kind; }
    QString name() const { return m_spec.name; }

    // The document changed this node (name, host, port, params).
    void setSpec(const NodeSpec &spec);
    // The port the running server really listens on, shown when the document says 0.
    void setListeningPort(quint16 port);
    QString addressText() const { return m_address; }

    // Runtime state, for the badge and the tooltip.
    void setNodeState(NodeState state, const QString &error);
    NodeState nodeState() const { return m_state; }
    QString errorString() const { return m_error; }
    // A crashed or hung node: a greyed card whose badge says which, no live widget.
    void setNodeFault(NodeFault fault);
    NodeFault nodeFault() const { return m_fault; }
    // An external node's health and last ping round trip.
    void setPeerStatus(const PeerStatus &status);
    PeerHealth peerHealth() const { return m_peer.health; }
    // What the badge says: the state of a local node, the health of an external one.
    QString badgeText() const;
    // The tags on the card's top edge, left to right ("discovered", "LAN").
    QStringList tags() const;
    bool isDiscovered() const { return m_spec.discovered; }
    // A local server listening beyond loopback (its host is not 127.0.0.1, ::1 or localhost).
    bool listensOnLan() const;
    // Its LAN tag as painted: whether clients need the token and the node speaks TLS, from the
    // process's socket policy ("LAN · token", "LAN · TLS · token", "LAN · open").
    QString lanTagText() const;
    // The process's socket policy changed (Run ▸ Network Security…): the LAN tag is stale.
    void securityChanged();

    // Merges a component's live state ({"on": bool}, {"buzzing": bool}, {"tick": n},
    // {"bits": [...]}); the scene then gives the item frames until its animation settles.
    void applyLiveState(const QVariantMap &state, qint64 nowMs);
    QVariantMap liveState() const { return m_live; }
    // A replay (ui/replay) shows a recording's state instead of the run's, as if running; the
    // run's state, kept up to date meanwhile, comes back when it ends (nullopt). A new "tick"
    // pulses as a live one does.
    void setReplayState(const std::optional<QVariantMap> &state, qint64 nowMs);
    bool isReplaying() const { return m_replaying; }
    // An iopin sent one bit of its stream to one of its `targets`.
    void noteBitSent(int targets);
    int currentBit() const { return m_currentBit; }
    // The lower part of a keyboard's, queue's, worker's or console's card; null for others.
    const QueueCard *queueCard() const { return m_queueCard.get(); }
    // The run's clock, for what a card shows in run time (a worker's progress).
    void setTimeSource(const TimeSource *time);

    bool step(qint64 nowMs) override;
    // Repaints only the live area unless the card itself changed.
    void updateFrame();
    // The theme's colours changed: the cached card is stale.
    void themeChanged();
    // The area a live-state frame repaints (item coordinates): the live widget with the LED's
    // glow, and the detail text.
    static QRectF liveArea();

    bool hasInput() const { return kinds::acceptsInput(m_spec.kind); }
    bool hasOutput() const { return kinds::hasOutput(m_spec.kind); }
    QPointF inputPortPos() const;  // scene coordinates
    QPointF outputPortPos() const; // scene coordinates
    Port portAt(QPointF scenePos) const;
    // While a wire is dragged: the input port it would end at, valid or not.
    void setDropHighlight(bool on, bool valid);
    // Where the name is drawn (item coordinates), for the inline rename editor.
    QRectF nameRect() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

    // Called by the scene when the item moved, so that wires follow.
    using MovedCallback = std::function<void(NodeItem *)>;
    void setMovedCallback(MovedCallback callback) { m_moved = std::move(callback); }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    // The detail text's sprite key (the live widgets use small ones).
    static constexpr quint64 kDetailSprite = 1000;

    void updateTexts();
    void updateDetail();
    void updateToolTip();
    // The queue card follows the node's state and badge.
    void syncQueueCard();
    // The card, the badge, the ports and the tags changed: re-render the cache, repaint whole.
    void invalidateBody();
    void paintStatic(QPainter *painter) const;
    void paintDynamic(QPainter *painter, qreal levelOfDetail);
    bool isActive() const
    {
        return m_replaying || m_state == NodeState::Running || m_state == NodeState::Listening;
    }
    // `sprites`, when given, has begun on `painter`: the LED and the clock are blitted from it.
    void paintLive(QPainter *painter, const QRectF &rect, SpriteCache *sprites) const;
    void paintDetail(QPainter *painter, bool sprites);
    // How much of the live area the widget uses; the detail text gets the rest.
    qreal liveWidth() const;
    qint64 clockCount() const;

    NodeSpec m_spec;
    quint16 m_listeningPort = 0;
    QString m_address;
    QString m_detail;
    // Laid out once per change, never per paint.
    QString m_elidedName;
    QString m_elidedAddress;
    QString m_elidedDetail;
    bool m_detailDirty = true;
    // The static part of the card rendered at the view's scale: a frame blits it and paints
    // only the live widget on top (issue 6: repainting 200 whole cards missed every frame).
    QPixmap m_body;
    qreal m_bodyScale = 0;
    bool m_bodyValid = false;
    // The live widget's parts and the detail text, blitted frame after frame.
    SpriteCache m_sprites;
    NodeState m_state = NodeState::Stopped;
    NodeFault m_fault = NodeFault::None;
    QString m_error;
    PeerStatus m_peer;
    QVariantMap m_live;
    QVariantMap m_liveBeforeReplay;
    bool m_replaying = false;
    QList<int> m_bits;
    int m_currentBit = -1;
    int m_bitsSent = 0;
    qreal m_ledLevel = 0;
    qint64 m_pulseStartMs = -1;
    qreal m_pulse = 0;
    qreal m_phase = 0;
    Port m_hoverPort = Port::None;
    bool m_dropHighlight = false;
    bool m_dropValid = false;
    MovedCallback m_moved;
    std::unique_ptr<QueueCard> m_queueCard;
};

} // namespace wb
