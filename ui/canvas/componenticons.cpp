#include "componenticons.h"

#include "canvastheme.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace wb::componenticons {

namespace {

// Glyphs are drawn on a 24×24 grid with 2-unit round strokes, like common line-icon sets.
void drawGlyph(QPainter *p, NodeKind kind)
{
    switch (kind) {
    case NodeKind::Clock: {
        QPainterPath wave;
        wave.moveTo(2.5, 16);
        wave.lineTo(6.5, 16);
        wave.lineTo(6.5, 8);
        wave.lineTo(12, 8);
        wave.lineTo(12, 16);
        wave.lineTo(17.5, 16);
        wave.lineTo(17.5, 8);
        wave.lineTo(21.5, 8);
        p->drawPath(wave);
        break;
    }
    case NodeKind::IoPin:
        p->drawRoundedRect(QRectF(7, 7, 10, 10), 1.5, 1.5);
        for (const qreal at : { 10.0, 14.0 }) {
            p->drawLine(QPointF(at, 3.5), QPointF(at, 7));
            p->drawLine(QPointF(at, 17), QPointF(at, 20.5));
            p->drawLine(QPointF(3.5, at), QPointF(7, at));
            p->drawLine(QPointF(17, at), QPointF(20.5, at));
        }
        break;
    case NodeKind::Buzzer: {
        QPainterPath speaker;
        speaker.moveTo(11, 5);
        speaker.lineTo(6, 9);
        speaker.lineTo(3, 9);
        speaker.lineTo(3, 15);
        speaker.lineTo(6, 15);
        speaker.lineTo(11, 19);
        speaker.closeSubpath();
        p->drawPath(speaker);
        p->drawArc(QRectF(9.5, 8, 8, 8), -50 * 16, 100 * 16);
        p->drawArc(QRectF(8, 4.5, 15, 15), -50 * 16, 100 * 16);
        break;
    }
    case NodeKind::Led: {
        QPainterPath dome;
        dome.moveTo(8, 15);
        dome.lineTo(8, 9.5);
        dome.arcTo(QRectF(8, 5.5, 8, 8), 180, -180);
        dome.lineTo(16, 15);
        p->drawPath(dome);
        p->drawLine(QPointF(6, 15), QPointF(18, 15));
        p->drawLine(QPointF(10, 15), QPointF(10, 21));
        p->drawLine(QPointF(14, 15), QPointF(14, 19));
        p->drawLine(QPointF(19, 4), QPointF(21, 2.5));
        p->drawLine(QPointF(5, 4), QPointF(3, 2.5));
        break;
    }
    case NodeKind::Keyboard:
        // Keys in two rows and the space bar.
        p->drawRoundedRect(QRectF(2.5, 6, 19, 12.5), 2, 2);
        for (const qreal x : { 6.5, 10.0, 13.5, 17.0 })
            p->drawPoint(QPointF(x, 9.5));
        for (const qreal x : { 8.25, 11.75, 15.25 })
            p->drawPoint(QPointF(x, 12.5));
        p->drawLine(QPointF(8.5, 15.5), QPointF(15.5, 15.5));
        break;
    case NodeKind::Queue:
        // A row of places, the two nearest the exit (right) taken.
        p->drawRect(QRectF(2.5, 8, 19, 8));
        for (const qreal x : { 7.25, 12.0, 16.75 })
            p->drawLine(QPointF(x, 8), QPointF(x, 16));
        p->fillRect(QRectF(12, 8, 9.5, 8), p->pen().color());
        break;
    case NodeKind::Worker: {
        // An hourglass: it takes its time.
        p->drawLine(QPointF(5.5, 3), QPointF(18.5, 3));
        p->drawLine(QPointF(5.5, 21), QPointF(18.5, 21));
        QPainterPath glass;
        glass.moveTo(7.5, 3);
        glass.lineTo(7.5, 6.5);
        glass.lineTo(12, 12);
        glass.lineTo(7.5, 17.5);
        glass.lineTo(7.5, 21);
        glass.moveTo(16.5, 3);
        glass.lineTo(16.5, 6.5);
        glass.lineTo(12, 12);
        glass.lineTo(16.5, 17.5);
        glass.lineTo(16.5, 21);
        p->drawPath(glass);
        QPainterPath sand;
        sand.moveTo(9.5, 19.5);
        sand.lineTo(14.5, 19.5);
        sand.lineTo(12, 16.5);
        sand.closeSubpath();
        p->fillPath(sand, p->pen().color());
        break;
    }
    case NodeKind::Console: {
        // A terminal with its prompt.
        p->drawRoundedRect(QRectF(2.5, 4, 19, 16), 2, 2);
        QPainterPath prompt;
        prompt.moveTo(6.5, 9);
        prompt.lineTo(9.5, 12);
        prompt.lineTo(6.5, 15);
        p->drawPath(prompt);
        p->drawLine(QPointF(12, 15.5), QPointF(17, 15.5));
        break;
    }
    case NodeKind::Script: {
        // A page of code: braces on a sheet with a folded corner.
        QPainterPath sheet;
        sheet.moveTo(5, 2.5);
        sheet.lineTo(14.5, 2.5);
        sheet.lineTo(19, 7);
        sheet.lineTo(19, 21.5);
        sheet.lineTo(5, 21.5);
        sheet.closeSubpath();
        p->drawPath(sheet);
        QPainterPath braces;
        braces.moveTo(10, 10);
        braces.lineTo(8, 13.5);
        braces.lineTo(10, 17);
        braces.moveTo(14, 10);
        braces.lineTo(16, 13.5);
        braces.lineTo(14, 17);
        p->drawPath(braces);
        break;
    }
    case NodeKind::External:
        p->drawEllipse(QRectF(3, 3, 18, 18));
        p->drawEllipse(QRectF(8, 3, 8, 18));
        p->drawLine(QPointF(3, 12), QPointF(21, 12));
        break;
    case NodeKind::Proxy: {
        // A relay: the message goes through to the right, its ack comes back to the left,
        // both across the gate in the middle.
        p->drawLine(QPointF(12, 3), QPointF(12, 21));
        QPainterPath there;
        there.moveTo(3, 8.5);
        there.lineTo(20.5, 8.5);
        there.moveTo(17, 5);
        there.lineTo(20.5, 8.5);
        there.lineTo(17, 12);
        p->drawPath(there);
        QPainterPath back;
        back.moveTo(21, 15.5);
        back.lineTo(3.5, 15.5);
        back.moveTo(7, 12);
        back.lineTo(3.5, 15.5);
        back.lineTo(7, 19);
        p->drawPath(back);
        break;
    }
    case NodeKind::Ring: {
        // Members on a circle, the message going round it.
        p->drawArc(QRectF(4, 4, 16, 16), 100 * 16, 300 * 16);
        QPainterPath head;
        head.moveTo(9, 2.5);
        head.lineTo(12.5, 4);
        head.lineTo(9.5, 6.5);
        p->drawPath(head);
        p->setBrush(p->pen().color());
        for (const QPointF c : { QPointF(20, 12), QPointF(7, 19), QPointF(4.5, 9) })
            p->drawEllipse(c, 1.8, 1.8);
        p->setBrush(Qt::NoBrush);
        break;
    }
    }
}

} // namespace

void paintGlyph(QPainter *painter, const QRectF &rect, NodeKind kind, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.topLeft());
    painter->scale(rect.width() / 24.0, rect.height() / 24.0);
    QPen pen(color, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    drawGlyph(painter, kind);
    painter->restore();
}

void paint(QPainter *painter, const QRectF &rect, NodeKind kind, bool dark)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor accent = CanvasTheme::accent(kind, dark);
    QLinearGradient fill(rect.topLeft(), rect.bottomLeft());
    fill.setColorAt(0, accent.lighter(112));
    fill.setColorAt(1, accent.darker(108));
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    const qreal radius = rect.width() * 0.24;
    painter->drawRoundedRect(rect, radius, radius);
    painter->restore();
    const qreal inset = rect.width() * 0.17;
    paintGlyph(painter, rect.adjusted(inset, inset, -inset, -inset), kind, Qt::white);
}

QPixmap pixmap(NodeKind kind, int size, const QPalette &palette, qreal devicePixelRatio)
{
    QPixmap pm(QSize(size, size) * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter painter(&pm);
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    paint(&painter, QRectF(0.5, 0.5, size - 1, size - 1), kind, dark);
    return pm;
}

QIcon icon(NodeKind kind, const QPalette &palette)
{
    QIcon result;
    for (const int size : { 16, 24, 32, 48, 64 })
        result.addPixmap(pixmap(kind, size, palette));
    return result;
}

} // namespace wb::componenticons
