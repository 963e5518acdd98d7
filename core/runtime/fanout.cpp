#include "runtime/fanout.h"

#include "runtime/link.h"

namespace wb {

std::shared_ptr<Fanout> Fanout::create(
    QStringList items, int targets, NodeContext::StreamDone done, Log log)
{
    return std::shared_ptr<Fanout>(
        new Fanout(std::move(items), targets, std::move(done), std::move(log)));
}

Fanout::Fanout(QStringList items, int targets, NodeContext::StreamDone done, Log log)
    : m_items(std::move(items))
    , m_targets(targets)
    , m_left(targets)
    , m_done(std::move(done))
    , m_log(std::move(log))
{ }

void Fanout::start(int index, Link *link)
{
    m_targets[index].link = link;
    if (m_items.isEmpty())
        finish(index);
    else
        sendNext(index);
}

void Fanout::fail(int index, const QString &error)
{
    finish(index, error, false);
}

void Fanout::sendNext(int index)
{
    Target &target = m_targets[index];
    if (!target.link) {
        finish(index, QObject::tr("stopped"), false);
        return;
    }
    const QString &item = m_items.at(target.next);
    if (m_log)
        m_log(QStringLiteral("> sending payload: ") + item);
    // The link calls back exactly once; the fan-out lives as long as a target waits.
    target.link->send(item, [self = shared_from_this(), index](const Link::Delivery &delivery) {
        Target &t = self->m_targets[index];
        if (delivery.ok) {
            if (self->m_log)
                self->m_log(QStringLiteral("< ") + delivery.ack);
            t.acks << delivery.ack;
            if (++t.next < self->m_items.size()) {
                self->sendNext(index);
                return;
            }
            self->finish(index);
            return;
        }
        if (self->m_log)
            self->m_log(delivery.error);
        self->finish(index, delivery.error, false);
    });
}

void Fanout::finish(int index, const QString &error, bool ok)
{
    Target &target = m_targets[index];
    if (target.done)
        return;
    target.done = true;
    if (!ok)
        target.error = error.isEmpty() ? QObject::tr("failed") : error;
    if (--m_left > 0)
        return;
    NodeContext::StreamResult result;
    for (const Target &t : std::as_const(m_targets)) {
        result.acks += t.acks;
        if (!t.error.isEmpty() && result.ok) {
            result.ok = false;
            result.error = t.error;
        }
    }
    // The callback may start the next stream, which makes a fan-out of its own.
    const NodeContext::StreamDone done = std::move(m_done);
    done(result);
}

} // namespace wb
