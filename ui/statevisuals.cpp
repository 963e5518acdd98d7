#include "statevisuals.h"

#include "theme.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
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
