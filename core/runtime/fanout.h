#pragma once

#include "runtime/component.h"

#include <QList>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <memory>

namespace wb {

class Link;

// One streamToTargets() call, the seed's stream() to every target: each target gets the items
// one by one, each waiting for the ack of the one before (one in flight per target). `done` is
// called once every target has answered its last item or failed, with the acks in target order
// (item order within a target) and the first failure in target order: whatever order the
// targets answered in, the result is the same, so that a seeded run decides the same way again.
class Fanout final : public std::enable_shared_from_this<Fanout>
{
public:
    // `log` gets the seed's stream() lines ("> sending payload: …", "< ack"); empty: quiet.
    using Log = std::function<void(const QString &text)>;

    static std::shared_ptr<Fanout> create(
        QStringList items, int targets, NodeContext::StreamDone done, Log log);

    // Target `index` starts streaming on `link`, or fails at once without one.
    void start(int index, Link *link);
    void fail(int index, const QString &error);

private:
    struct Target
    {
        QPointer<Link> link;
        qsizetype next = 0;
        QStringList acks;
        QString error;
        bool done = false;
    };

    Fanout(QStringList items, int targets, NodeContext::StreamDone done, Log log);
    void sendNext(int index);
    void finish(int index, const QString &error = {}, bool ok = true);

    QStringList m_items;
    QList<Target> m_targets;
    int m_left = 0;
    NodeContext::StreamDone m_done;
    Log m_log;
};

} // namespace wb
