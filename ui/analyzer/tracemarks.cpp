// The marks of a message row: events that are no message of their own (TracePainter).
#include "theme.h"
#include "tracepainter.h"

#include <QPainter>

namespace wb {

// What is no message of its own: a failure before sending (a dot), the gate's drop (a ✕), a
// retry, a copy or an extra ack (a tick). Held, released and delayed are told by the tooltip.
void TracePainter::paintMark(const TraceFrame &frame, const QRect &rect, const Recording::Record &r)
{
    using Type = Recording::EventType;
    const theme::Colors colors = theme::colors();
    const double x = xFor(frame, rect, r.timeNs);
    if (x < rect.left() - 4 || x > rect.right() + 4)
        return;
    const double y = rect.center().y() + 0.5;
    switch (r.type) {
    case Type::Failed:
        if (r.flags & Recording::kWasSent)
            return;
        m_p->setPen(Qt::NoPen);
        m_p->setBrush(colors.error);
        m_p->drawEllipse(QPointF(x, y), 3.5, 3.5);
        return;
    case Type::Dropped:
        m_p->setPen(QPen(colors.error, 1.6));
        m_p->drawLine(QPointF(x - 3, y - 3), QPointF(x + 3, y + 3));
        m_p->drawLine(QPointF(x - 3, y + 3), QPointF(x + 3, y - 3));
        return;
    case Type::Sent:
    case Type::Received:
    case Type::AckReceived:
    case Type::Duplicated:
        if (r.type != Type::Duplicated && r.attempt <= 1 && !(r.flags & Recording::kDuplicate))
            return;
        m_p->setPen(QPen(colors.warning, 1.4));
        m_p->drawLine(QPointF(x, rect.top() + 3), QPointF(x, rect.bottom() - 3));
        return;
    case Type::AckSent:
    case Type::Held:
    case Type::Released:
    case Type::Delayed:
    case Type::Level:
        return;
    }
}

} // namespace wb
