#include "healthvisuals.h"

#include "statevisuals.h"
#include "theme.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace wb::healthvisuals {

QColor color(PeerHealth health)
{
    const theme::Colors c = theme::colors();
    switch (health) {
    case PeerHealth::Unknown:
        return c.idle;
    case PeerHealth::Alive:
        return c.running;
    case PeerHealth::Suspect:
        return c.warning;
    case PeerHealth::Dead:
        return c.error;
    case PeerHealth::Reconnecting:
        return c.accent;
    }
    return c.idle;
}

QString text(PeerHealth health)
{
    switch (health) {
    case PeerHealth::Unknown:
        return QCoreApplication::translate("healthvisuals", "unknown");
    case PeerHealth::Alive:
        return QCoreApplication::translate("healthvisuals", "alive");
    case PeerHealth::Suspect:
        return QCoreApplication::translate("healthvisuals", "suspect");
    case PeerHealth::Dead:
        return QCoreApplication::translate("healthvisuals", "dead");
    case PeerHealth::Reconnecting:
        return QCoreApplication::translate("healthvisuals", "reconnecting");
    }
    return peerHealthName(health);
}

QIcon icon(PeerHealth health)
{
    // Views ask for decorations on every paint: one pixmap per health and colour.
    const QColor colour = color(health);
    static QHash<QPair<int, QRgb>, QIcon> cache;
    const QPair<int, QRgb> key(int(health), colour.rgba());
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return it.value();
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(7, 7, 18, 18);
    switch (health) {
    case PeerHealth::Unknown: // nothing known yet: a ring
        painter.setPen(QPen(colour, 3));
        painter.drawEllipse(box.adjusted(1.5, 1.5, -1.5, -1.5));
        break;
    case PeerHealth::Alive:
        painter.setPen(QPen(colour.darker(130), 2));
        painter.setBrush(colour);
        painter.drawEllipse(box);
        break;
    case PeerHealth::Suspect: { // a warning triangle
        QPainterPath triangle;
        triangle.moveTo(16, 5);
        triangle.lineTo(27, 26);
        triangle.lineTo(5, 26);
        triangle.closeSubpath();
        painter.setPen(QPen(colour.darker(130), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(colour);
        painter.drawPath(triangle);
        break;
    }
    case PeerHealth::Dead: // a cross
        painter.setPen(QPen(colour, 5, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(box.topLeft() + QPointF(2, 2), box.bottomRight() - QPointF(2, 2));
        painter.drawLine(box.topRight() + QPointF(-2, 2), box.bottomLeft() + QPointF(2, -2));
        break;
    case PeerHealth::Reconnecting: // an open ring, going round
        painter.setPen(QPen(colour, 4, Qt::SolidLine, Qt::RoundCap));
        painter.drawArc(box.adjusted(1, 1, -1, -1), 90 * 16, 270 * 16);
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(16, 8), 3.5, 3.5);
        break;
    }
    painter.end();
    const QIcon result(pixmap);
    cache.insert(key, result);
    return result;
}

QString summary(const PeerStatus &status)
{
    if (isReachable(status.health) && status.rttNs >= 0)
        return QStringLiteral("%1 · %2").arg(
            text(status.health), statevisuals::durationText(status.rttNs));
    return text(status.health);
}

QString details(const PeerStatus &status)
{
    QStringList lines;
    lines << (status.health == PeerHealth::Unknown
            ? QCoreApplication::translate("healthvisuals",
                "health unknown: not watched (nothing runs), "
                "or the first attempt is under way")
            : QCoreApplication::translate("healthvisuals", "health: %1").arg(text(status.health)));
    if (status.rttNs >= 0)
        lines << QCoreApplication::translate("healthvisuals", "last ping round trip: %1")
                     .arg(statevisuals::durationText(status.rttNs));
    if (!status.error.isEmpty())
        lines << status.error;
    if (status.retryInMs >= 0)
        lines << QCoreApplication::translate("healthvisuals", "next attempt in %L1 s")
                     .arg(double(status.retryInMs) / 1000, 0, 'f', 1);
    return lines.join(u'\n');
}

} // namespace wb::healthvisuals
