#pragma once

#include "tokenmodel.h"

#include <QFontMetricsF>
#include <QGraphicsItem>

namespace wb {

struct CanvasTheme;

// The tokens of one wire as the last frame placed them: messages in the theme's token colour,
// acks smaller in its ack colour, a burst as a pill with its count ("×12"), a held one ringed
// (a click delivers it), a dropped one as a ✕. Drawn above the cards, so that a token on a
// wire that passes under one is still seen and clicked. Its geometry changes only in
// setTokens(), never in paint().
class TokenItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 7 };

    struct Drawn
    {
        QPointF at; // scene position
        TokenModel::Shown token;

        bool operator==(const Drawn &) const = default;
    };

    explicit TokenItem(const CanvasTheme *theme);

    int type() const override { return Type; }
    void setTokens(const QList<Drawn> &tokens);
    const QList<Drawn> &tokens() const { return m_tokens; }
    // The disc's radius: a held token is drawn larger and so is easier to hit.
    static qreal radius(const TokenModel::Shown &token);
    // "×12" for a burst of twelve.
    static QString countText(int count);

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF rectOf(const TokenModel::Shown &token) const;

    const CanvasTheme *m_theme;
    QFontMetricsF m_metrics; // of the count's font: measured every frame
    QList<Drawn> m_tokens;
    QRectF m_bounds;
};

} // namespace wb
