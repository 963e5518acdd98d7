#pragma once

#include "runtime/component.h"
#include "runtime/ring/chatbook.h"
#include "runtime/ring/ringprotocol.h"

#include <QObject>
#include <functional>

namespace wb::ring {

// The chat of a ring member (docs/ring.md, "The chat"): what it says gets an id and goes to
// its successor; what comes is shown once as new and passed on, shown as a duplicate when it
// was seen before, or shown as returned when it was said here; what it passed on lately goes
// again to a new successor after a failure. The member gives it its successor and a way to
// send; the chat tells it when the successor's connection failed.
class RingChat final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const NodeContext::SendResult &)>;
    // What the chat needs of its member.
    struct Member
    {
        std::function<ring::Member()> self;
        std::function<std::optional<ring::Member>()> successor; // nullopt: alone
        std::function<void(const QString &addr, const Message &message,
            const NodeContext::SendOptions &options, Done done)>
            send;
        std::function<void(const QString &addr, const QString &why)> connectionFailed;
        std::function<qint64()> nowNs; // run time
    };

    RingChat(Member member, QObject *parent = nullptr);

    // How long an ack may take (a heartbeat) and how far back a resend reaches.
    void setTiming(int answerMs, int resendWindowMs);
    // A new run of the member: nothing is remembered, and its ids are new ones.
    void restart();
    int seenCount() const { return m_book.seenCount(); }

    // False when the text is empty or too long.
    bool say(const QString &text);
    // A chat message came: its ack, and what the chat does with it.
    Ack receive(const Message &message);
    // The successor changed after a failure: what went to the old one goes to the new one.
    void resend();

    // "alice#4 came back after 5 hops in 12.5 ms: hello": what a person reads of an event.
    static QString line(const QString &event, const Message &message, double ms);

Q_SIGNALS:
    // "said", "new", "duplicate", "returned" (ms: the time round the ring), "dropped".
    void event(const QString &event, const wb::ring::Message &message, double ms);
    // A line for the member's log that is not a chat event.
    void note(const QString &line);

private:
    void passOn(const Message &message);
    void send(const ring::Member &to, const Message &message);

    Member m_member;
    ChatBook m_book;
    QString m_incarnation; // tells this run's chat ids from an earlier run's
    quint64 m_nextSeq = 1;
    int m_answerMs = 500;
    int m_resendWindowMs = 10000;
};

} // namespace wb::ring
