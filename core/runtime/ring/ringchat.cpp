#include "runtime/ring/ringchat.h"

#include "runtime/traffic.h"

#include <QPointer>
#include <QRandomGenerator>

namespace wb::ring {

namespace {

// "alice#4": the origin's name and the id's number.
QString tagOf(const Message &m)
{
    QString number = m.id.mid(m.id.lastIndexOf(u'#') + 1);
    number = number.mid(number.lastIndexOf(u'.') + 1);
    return m.origin.name + u'#' + number;
}

// "1 hop", "3 hops": these lines are read by people and matched by scripts.
QString hopsText(int hops)
{
    return hops == 1 ? QStringLiteral("1 hop") : QStringLiteral("%1 hops").arg(hops);
}

} // namespace

RingChat::RingChat(Member member, QObject *parent) : QObject(parent), m_member(std::move(member))
{
    restart();
}

void RingChat::setTiming(int answerMs, int resendWindowMs)
{
    m_answerMs = std::max(1, answerMs);
    m_resendWindowMs = std::max(0, resendWindowMs);
}

void RingChat::restart()
{
    m_book.clear();
    m_incarnation = QString::number(QRandomGenerator::global()->bounded(0x10000), 16);
    m_nextSeq = 1;
}

bool RingChat::say(const QString &text)
{
    if (text.isEmpty() || text.size() > kMaxTextChars)
        return false;
    const ring::Member self = m_member.self();
    Message m;
    m.type = MessageType::Chat;
    m.from = self;
    m.origin = self;
    m.id = QStringLiteral("%1#%2.%3").arg(self.addr, m_incarnation).arg(m_nextSeq++);
    m.text = text;
    m_book.remember(m.id);
    m_book.said(m.id, monotonicNs());
    Q_EMIT event(QStringLiteral("said"), m, -1);
    if (!m_member.successor()) {
        // A ring of one: it is its own successor, and what it says is back at once.
        m.hops = 0;
        m_book.takeSaid(m.id);
        Q_EMIT event(QStringLiteral("returned"), m, 0.0);
        return true;
    }
    passOn(m);
    return true;
}

Ack RingChat::receive(const Message &message)
{
    Ack ok;
    if (message.origin.addr == m_member.self().addr) {
        // Round the ring and back: the first time it comes back it has returned, any other
        // time (a resend that went round too) it is a duplicate.
        const auto saidAt = m_book.takeSaid(message.id);
        ok.duplicate = !saidAt.has_value();
        if (saidAt)
            Q_EMIT event(QStringLiteral("returned"), message, (monotonicNs() - *saidAt) / 1e6);
        else
            Q_EMIT event(QStringLiteral("duplicate"), message, -1);
        return ok;
    }
    ok.duplicate = !m_book.remember(message.id);
    if (ok.duplicate) {
        Q_EMIT event(QStringLiteral("duplicate"), message, -1);
        return ok;
    }
    Q_EMIT event(QStringLiteral("new"), message, -1);
    if (message.hops >= kMaxHops) {
        Q_EMIT event(QStringLiteral("dropped"), message, -1);
        return ok;
    }
    Message next = message;
    next.from = m_member.self();
    next.hops = message.hops + 1;
    next.attempt = 1;
    passOn(next); // its failures come from the event loop, after the ack has gone
    return ok;
}

void RingChat::passOn(const Message &message)
{
    // Kept for a resend when the successor dies (or, alone, for the next successor).
    m_book.passedOn(message, m_member.nowNs());
    if (const auto successor = m_member.successor())
        send(*successor, message);
}

void RingChat::send(const ring::Member &to, const Message &message)
{
    // A lost frame or ack goes again on the same connection (the receiver knows the id); a
    // successor that does not answer for that long is the detector's to judge.
    const int retries = std::max(1, m_resendWindowMs / (2 * m_answerMs));
    QPointer<RingChat> alive(this);
    m_member.send(to.addr, message, { m_answerMs, retries },
        [this, alive, to, message](const NodeContext::SendResult &result) {
            if (!alive || result.ok)
                return;
            const auto successor = m_member.successor();
            if (!successor || successor->addr != to.addr)
                return; // the successor changed, and the resend took it
            if (result.failure == NodeContext::SendFailure::Connection) {
                m_member.connectionFailed(to.addr, result.error);
                return;
            }
            const auto first = m_book.passedOnAt(message.id);
            if (first && m_member.nowNs() - *first <= qint64(m_resendWindowMs) * 1'000'000) {
                Message again = message;
                ++again.attempt;
                send(to, again);
            } else {
                Q_EMIT event(QStringLiteral("dropped"), message, -1);
            }
        });
}

void RingChat::resend()
{
    const auto successor = m_member.successor();
    if (!successor)
        return;
    const QList<Message> window
        = m_book.resendable(m_member.nowNs(), qint64(m_resendWindowMs) * 1'000'000);
    if (window.isEmpty())
        return;
    Q_EMIT note(QStringLiteral("sending %1 message(s) of the last %2 s again to %3")
                    .arg(window.size())
                    .arg(m_resendWindowMs / 1000.0)
                    .arg(successor->addr));
    for (Message m : window) {
        ++m.attempt;
        m.from = m_member.self();
        send(*successor, m);
    }
}

QString RingChat::line(const QString &event, const Message &m, double ms)
{
    const QString tag = tagOf(m);
    const QString hops = hopsText(m.hops);
    if (event == QLatin1String("said"))
        return QStringLiteral("%1 said: %2").arg(tag, m.text);
    if (event == QLatin1String("new"))
        return QStringLiteral("%1 passed by after %2: %3").arg(tag, hops, m.text);
    if (event == QLatin1String("duplicate")) {
        return QStringLiteral("%1 again after %2 (a duplicate, not passed on): %3")
            .arg(tag, hops, m.text);
    }
    if (event == QLatin1String("returned")) {
        return QStringLiteral("%1 came back after %2 in %3 ms: %4")
            .arg(tag, hops)
            .arg(ms, 0, 'f', 1)
            .arg(m.text);
    }
    return QStringLiteral("%1 dropped after %2: %3").arg(tag, hops, m.text);
}

} // namespace wb::ring
