#pragma once

#include "runtime/ring/ringprotocol.h"

#include <QHash>
#include <QSet>
#include <deque>
#include <optional>

namespace wb::ring {

// What a ring member remembers of the chat (docs/ring.md, "The chat"): the ids it has seen
// (the last kSeenIds, so that a resent message is shown as a duplicate, never twice as new),
// its own messages still on their way round (with when they were said, to time their
// return), and the messages it passed on lately, to send again when its successor dies.
class ChatBook
{
public:
    static constexpr int kSeenIds = 4096;
    static constexpr int kMaxResend = 256;
    static constexpr int kMaxPending = 4096;

    // False when `id` was seen already; remembers it either way.
    bool remember(const QString &id);
    bool seen(const QString &id) const { return m_seen.contains(id); }
    int seenCount() const { return int(m_seen.size()); }

    // This member said `id` at `monotonicNs`.
    void said(const QString &id, qint64 monotonicNs);
    // When `id`, said here, was said; nullopt when it is not on its way (it came back already).
    std::optional<qint64> takeSaid(const QString &id);

    // `message` went to the successor at run time `runNs` (again: it keeps its first time).
    void passedOn(const Message &message, qint64 runNs);
    // The messages passed on within `windowNs` before `nowRunNs`, oldest first; older ones
    // are forgotten.
    QList<Message> resendable(qint64 nowRunNs, qint64 windowNs);
    // The first time `id` was passed on (run time); nullopt when it is not in the window.
    std::optional<qint64> passedOnAt(const QString &id) const;

    void clear();

private:
    struct Passed
    {
        Message message;
        qint64 firstRunNs = 0;
    };
    QSet<QString> m_seen;
    std::deque<QString> m_seenOrder;
    QHash<QString, qint64> m_said; // id -> monotonic time said
    std::deque<QString> m_saidOrder;
    std::deque<Passed> m_passed; // oldest first
};

} // namespace wb::ring
