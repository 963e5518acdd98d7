#include "runtime/ring/chatbook.h"

namespace wb::ring {

bool ChatBook::remember(const QString &id)
{
    if (m_seen.contains(id))
        return false;
    m_seen.insert(id);
    m_seenOrder.push_back(id);
    while (m_seenOrder.size() > size_t(kSeenIds)) {
        m_seen.remove(m_seenOrder.front());
        m_seenOrder.pop_front();
    }
    return true;
}

void ChatBook::said(const QString &id, qint64 monotonicNs)
{
    m_said.insert(id, monotonicNs);
    m_saidOrder.push_back(id);
    while (m_saidOrder.size() > size_t(kMaxPending)) {
        m_said.remove(m_saidOrder.front());
        m_saidOrder.pop_front();
    }
}

std::optional<qint64> ChatBook::takeSaid(const QString &id)
{
    const auto it = m_said.constFind(id);
    if (it == m_said.cend())
        return std::nullopt;
    const qint64 at = *it;
    m_said.erase(it);
    // Its place in the order goes when it reaches the front; it names nothing meanwhile.
    return at;
}

void ChatBook::passedOn(const Message &message, qint64 runNs)
{
    for (const Passed &p : m_passed) {
        if (p.message.id == message.id)
            return;
    }
    m_passed.push_back({ message, runNs });
    while (m_passed.size() > size_t(kMaxResend))
        m_passed.pop_front();
}

QList<Message> ChatBook::resendable(qint64 nowRunNs, qint64 windowNs)
{
    while (!m_passed.empty() && nowRunNs - m_passed.front().firstRunNs > windowNs)
        m_passed.pop_front();
    QList<Message> list;
    for (const Passed &p : m_passed)
        list << p.message;
    return list;
}

std::optional<qint64> ChatBook::passedOnAt(const QString &id) const
{
    for (const Passed &p : m_passed) {
        if (p.message.id == id)
            return p.firstRunNs;
    }
    return std::nullopt;
}

void ChatBook::clear()
{
    m_seen.clear();
    m_seenOrder.clear();
    m_said.clear();
    m_saidOrder.clear();
    m_passed.clear();
}

} // namespace wb::ring
