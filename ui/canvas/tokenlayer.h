#pragma once

#include "tokenitem.h"
#include "tokenmodel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace wb {

class CircuitScene;
class DeliveryController;
class MeshRuntime;
struct TrafficEvent;

// Every message and ack of the run in flight, as tokens on the canvas's wires (TokenModel),
// drawn by one TokenItem per wire that carries any. Fed by the runtime's traffic events and
// the gate's list of held passages; placed along each wire's current path at every frame, so
// that a wire that is routed anew carries its tokens along. Frames come from a wall-clock
// timer of at most 30 a second that runs only while a token moves.
//
// A token the gate holds or delays has the gate's ticket: deliver(), drop() and duplicate()
// act on it (the canvas's click and context menu).
class TokenLayer final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFrameMs = 34; // ≤ 30 Hz

    TokenLayer(CircuitScene *scene, MeshRuntime *runtime);
    ~TokenLayer() override;

    DeliveryController *delivery() const;
    // The tokens as the last frame drew them.
    QList<TokenItem::Drawn> drawn() const;
    // Where the token of a message (or its ack) is drawn, if it is.
    std::optional<TokenItem::Drawn> find(quint64 messageId, bool ack) const;
    // The held or delayed token nearest to `scenePos` within `radius`, if any.
    std::optional<TokenItem::Drawn> heldAt(QPointF scenePos, qreal radius) const;
    bool isAnimating() const { return m_timer.isActive(); }
    // A frame now, rather than at the next tick.
    void refresh();
    // A replay (ui/replay) draws these tokens of a recording instead of the run's, until
    // endReplay(); the run's traffic meanwhile is not shown.
    void showReplay(const QList<TokenModel::Shown> &tokens);
    void endReplay();
    bool isReplaying() const { return m_replay.has_value(); }

private:
    void onTraffic(const TrafficEvent &event);
    // The wire (or ring bypass) a passage between two nodes travels on; `eitherWay`: from
    // `to` to `from` too (an event's node may be either end). 0 when none is drawn.
    WireId connectorBetween(NodeId from, NodeId to, bool eitherWay) const;
    void wake();
    void frame();
    void draw(const QList<TokenModel::Shown> &shown);
    // Points along the wire's path at equal lengths, kept while the path stays the same:
    // pointAtPercent() measures the curve anew on every call.
    const QList<QPointF> &samplesOf(WireId wire, const QPainterPath &path);

    CircuitScene *m_scene;
    QPointer<MeshRuntime> m_runtime;
    TokenModel m_model;
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_gateChanged = true;
    std::optional<QList<TokenModel::Shown>> m_replay;
    QHash<WireId, TokenItem *> m_items;
    struct Samples
    {
        QPainterPath path;
        QList<QPointF> points;
    };
    QHash<WireId, Samples> m_samples;
};

} // namespace wb
