#include "statevisuals.h"

#include "theme.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace wb::statevisuals {

QColor color(NodeState state)
{
    const theme::Colors c = theme::colors();
    switch (state) {
    case NodeState::Stopped:
        return c.idle;
    case NodeState::Listening:
        return c.accent;
    case NodeState::Running:
        return c.running;
    case NodeState::Error:
        return c.error;
    }
    return c.idle;
}

// The window's words for the states; the core's nodeStateName() stays English, as lesson checks
// and wirebench-node's output spell them.
QString text(NodeState state)
{
    switch (state) {
    case NodeState::Stopped:
        return QCoreApplication::translate("wb::statevisuals", "stopped");
    case NodeState::Listening:
        return QCoreApplication::translate("wb::statevisuals", "listening");
    case NodeState::Running:
        return QCoreApplication::translate("wb::statevisuals", "running");
    case NodeState::Error:
        return QCoreApplication::translate("wb::statevisuals", "error");
    }
    return nodeStateName(state);
}

QColor color(NodeState state, NodeFault fault)
{
    switch (fault) {
    case NodeFault::None:
        break;
    case NodeFault::Crashed:
        return theme::colors().error;
    case NodeFault::Hung:
        return theme::colors().warning;
    }
    return color(state);
}

QString text(NodeState state, NodeFault fault)
{
    switch (fault) {
    case NodeFault::None:
        return text(state);
    case NodeFault::Crashed:
        return QCoreApplication::translate("wb::statevisuals", "crashed");
    case NodeFault::Hung:
        return QCoreApplication::translate("wb::statevisuals", "hung");
    }
    return nodeFaultName(fault);
}

QIcon dot(const QColor &colour)
{
    // Views ask for decorations on every paint; a theme has only a handful of colours.
    static QHash<QRgb, QIcon> cache;
    if (const auto it = cache.constFind(colour.rgba()); it != cache.constEnd())
        return it.value();
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(130), 2));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(7, 7, 18, 18));
    painter.end();
    const QIcon icon(pixmap);
    cache.insert(colour.rgba(), icon);
    return icon;
}

QIcon icon(NodeState state, NodeFault fault)
{
    const QColor colour = color(state, fault);
    // Views ask for decorations on every paint: one pixmap per shape and colour.
    static QHash<QPair<int, QRgb>, QIcon> cache;
    const int shape = fault != NodeFault::None ? 10 + int(fault) : int(state);
    const QPair<int, QRgb> key(shape, colour.rgba());
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return it.value();
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(7, 7, 18, 18);
    const QPen outline(colour.darker(130), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (fault == NodeFault::Crashed) { // a cross
        painter.setPen(QPen(colour, 5, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(box.topLeft() + QPointF(2, 2), box.bottomRight() - QPointF(2, 2));
        painter.drawLine(box.topRight() + QPointF(-2, 2), box.bottomLeft() + QPointF(2, -2));
    } else if (fault == NodeFault::Hung) { // two bars, as a pause sign
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(8, 6, 6, 20), 1.5, 1.5);
        painter.drawRoundedRect(QRectF(18, 6, 6, 20), 1.5, 1.5);
    } else {
        switch (state) {
        case NodeState::Stopped: // an open ring
            painter.setPen(QPen(colour, 3));
            painter.drawEllipse(box.adjusted(1.5, 1.5, -1.5, -1.5));
            break;
        case NodeState::Listening: // a ring round a dot: waiting for clients
            painter.setPen(QPen(colour, 2.5));
            painter.drawEllipse(box.adjusted(1, 1, -1, -1));
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawEllipse(box.center(), 4, 4);
            break;
        case NodeState::Running:
            painter.setPen(outline);
            painter.setBrush(colour);
            painter.drawEllipse(box);
            break;
        case NodeState::Error: { // a warning triangle
            QPainterPath triangle;
            triangle.moveTo(16, 5);
            triangle.lineTo(27, 26);
            triangle.lineTo(5, 26);
            triangle.closeSubpath();
            painter.setPen(outline);
            painter.setBrush(colour);
            painter.drawPath(triangle);
            break;
        }
        }
    }
    painter.end();
    const QIcon result(pixmap);
    cache.insert(key, result);
    return result;
}

QString durationText(qint64 ns)
{
    if (ns < 0)
        return {};
    const double ms = double(ns) / 1e6;
    if (ms < 10)
        return QStringLiteral("%L1 ms").arg(ms, 0, 'f', 2);
    if (ms < 1000)
        return QStringLiteral("%L1 ms").arg(ms, 0, 'f', 1);
    return QStringLiteral("%L1 s").arg(ms / 1000, 0, 'f', 2);
}

} // namespace wb::statevisuals
