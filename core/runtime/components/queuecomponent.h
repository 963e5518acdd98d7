#pragma once

#include "runtime/component.h"
#include "runtime/ring/hangtimers.h"
#include "runtime/timesource.h"

#include <QQueue>

namespace wb {

// The seed's asyncio.Queue as a node: a bounded FIFO between producers and consumers
// (docs/protocol.md, "Queues"). An item taken in is acked "queued F/C" at once; when the
// queue is full, `whenFull` decides: block (the producer's ack waits until its item is in, so
// a stop-and-wait producer is held back), drop-newest (an error ack, the item is not kept) or
// drop-oldest (the oldest waiting item goes). It delivers one item at a time, in order, to
// every target on the channel the item came in on; the item being delivered stays at the head
// (it counts in the fill) until every target has answered, and one whose delivery fails is
// tried again after kRetryMs of run time. Its memory is bounded by its capacity: a blocked
// producer's item is held only as its pending reply, one per producer connection.
//
// Live state, on every change: {"fill", "capacity", "items" (oldest first, at most
// kShownItems, each cut to kShownChars), "highWater", "received", "delivered", "dropped",
// "blocked", "waitMs" (mean wait of delivered items, run time), "lastWaitMs"}.
// Log: "> item (F/C)" when in, "dropped: item" when dropped, a delivery's failure.
// Counts: received, delivered, dropped, highest fill.
class QueueComponent final : public Component
{
    Q_OBJECT
public:
    enum class WhenFull { Block, DropNewest, DropOldest };
    static constexpr int kRetryMs = 1000;
    static constexpr int kShownItems = 64;
    static constexpr int kShownChars = 40;

    explicit QueueComponent(NodeContext *context, QObject *parent = nullptr);

    void setup(const QVariantMap &params) override;
    void loop(const QString &channel, const QString &message, Reply reply) override;
    void start() override;
    void stop() override;
    void setFrozen(bool frozen) override;
    void targetsChanged() override { deliverNext(); }
    QList<QPair<QString, qint64>> counts() const override;
    bool isBusy() const override { return !m_items.isEmpty() || !m_blocked.isEmpty(); }

private:
    struct Item
    {
        QString channel;
        QString text;
        qint64 inNs = 0; // run time it went in
    };
    struct Blocked
    {
        QString channel;
        QString text;
        Reply reply;
    };

    int fill() const { return int(m_items.size()); }
    // Takes the item in and acks it "queued F/C" (plus `suffix`).
    void admit(const QString &channel, const QString &text, const Reply &reply,
        const QString &suffix = {});
    void dropOldest();
    void deliverNext();
    void onDelivered(quint64 ticket, const NodeContext::StreamResult &result);
    void report();

    int m_capacity = 5;
    WhenFull m_whenFull = WhenFull::Block;
    QQueue<Item> m_items;
    QQueue<Blocked> m_blocked;
    bool m_running = false;
    bool m_delivering = false; // the head is on its way
    bool m_headGivenUp = false; // ...but drop-oldest dropped it meanwhile (capacity 1)
    bool m_calling = false; // inside streamToTargets(): an answer now is synchronous
    quint64 m_ticket = 0; // tells a stopped run's answers from the current one's
    qint64 m_received = 0;
    qint64 m_delivered = 0;
    qint64 m_dropped = 0;
    int m_highWater = 0;
    double m_waitSumMs = 0;
    double m_lastWaitMs = 0;
    RunTimer m_retry; // a failed head goes again after kRetryMs of run time
    ring::HangTimers m_hang;
};

} // namespace wb
