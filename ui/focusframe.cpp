#include "focusframe.h"

#include <QEvent>
#include <QPainter>
#include <QWidget>

namespace wb::focusframe {

namespace {

class Repainter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
            static_cast<QWidget *>(watched)->update();
        return false;
    }
};

} // namespace

void install(QWidget *widget)
{
    widget->installEventFilter(new Repainter(widget));
}

void paint(QPainter *painter, const QWidget *widget)
{
    if (!widget->hasFocus())
        return;
    painter->save();
    // Two pixels wide and inside the widget, so that no neighbour covers it.
    QPen pen(widget->palette().color(QPalette::Highlight), 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(widget->rect()).adjusted(1, 1, -1, -1));
    painter->restore();
}

} // namespace wb::focusframe
