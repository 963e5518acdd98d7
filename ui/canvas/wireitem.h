#pragma once

#include "canvasitem.h"
#include "document/wire.h"
#include "spritecache.h"

#include <QPainterPath>

class QFontMetrics;

namespace wb {

// A wire from a node's output port to another node's input port, drawn as a curve. Messages in
// flight travel along it as tokens and acks come back the other way. Tokens are born from a
// clock, not queued: a message that leaves while the last token is still young joins it and
// raises its count, so at any rate there are a handful of tokens per wire and none lag behind.
class WireItem final : public CanvasItem
{
public:
    enum { Type = UserType + 2 };
    // Tokens launched closer together than this share one token.
    static constexpr qint64 kMergeWindowMs = 120;
    static constexpr qint64 kTravelMs = 450;
    static constexpr int kMaxTokens = 6;

    WireItem(WireId id, NodeId from, NodeId to, const CanvasTheme *theme);

    int type() const override { return Type; }
    WireId id() const { return m_id; }
    NodeId from() const { return m_from; }
    NodeId to() const { return m_to; }

    // Scene coordinates of the output and input ports; recomputes the curve.
    void setEnds(QPointF start, QPointF end);
    void setCounters(quint64 sent, quint64 acked, quint64 failed);
    quint64 sentCount() const { return m_sent; }
    // While the source's accent marks who drives the wire.
    void setColor(const QColor &color);

    void messageSent(qint64 nowMs);
    void ackReceived(qint64 nowMs);
    void messageFailed(qint64 nowMs);
    // Tokens on the wire now, and the messages they stand for.
    int tokenCount() const { return int(m_tokens.size()); }
    int messagesInTokens() const;

    bool step(qint64 nowMs) override;
    // The theme's colours changed: the tokens' and the label's sprites are stale.
    void themeChanged();
    // Sprites rendered so far (tests: frames blit them, a change of the label renders anew).
    int spriteRenders() const { return m_sprites.renderCount(); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    enum class TokenKind { Message, Ack, Failure };
    struct Token
    {
        TokenKind kind;
        qint64 startMs;
        int count;
        qreal progress = 0; // 0..1 along its way
    };

    void launch(TokenKind kind, qint64 nowMs);
    // Where a token `percent` of the way along is (cheap: from m_samples).
    QPointF pointAt(qreal percent) const;
    void updateLabel();
    static QRectF tokenRect(TokenKind kind, int count, const QFontMetrics &metrics);
    void paintToken(QPainter *painter, TokenKind kind, int count, QPointF at) const;
    void paintLabel(QPainter *painter, const QRectF &rect) const;
    void paintLabelSprites(QPainter *painter);

    WireId m_id;
    NodeId m_from;
    NodeId m_to;
    QPainterPath m_path;
    QList<QPointF> m_samples;
    QPointF m_midPoint;
    qreal m_midAngle = 0;
    QRectF m_bounds;
    QRectF m_labelRect;
    QString m_label;
    qreal m_labelWidth = 0; // its characters' advances
    QColor m_color;
    quint64 m_sent = 0;
    quint64 m_acked = 0;
    quint64 m_failed = 0;
    QList<Token> m_tokens;
    bool m_hovered = false;
    SpriteCache m_sprites;
};

} // namespace wb
