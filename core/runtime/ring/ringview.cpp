#include "runtime/ring/ringview.h"

namespace wb::ring {

void RingView::reset(const Member &self, int length)
{
    m_self = self;
    m_length = length;
    m_predecessor.reset();
    m_successors.clear();
    m_members.clear();
    Q_EMIT changed();
}

void RingView::setLength(int length)
{
    m_length = length;
    if (m_successors.size() > length)
        setSuccessors(m_successors.mid(0, length), false);
}

void RingView::setSuccessors(const QList<Member> &list, bool afterFailure)
{
    const QString before = successor().addr;
    const QList<Member> cut = list.mid(0, m_length);
    if (cut == m_successors)
        return;
    m_successors = cut;
    const Member now = successor();
    if (now.addr != before) {
        Q_EMIT note(isAlone() ? QStringLiteral("successor is now %1 (alone)").arg(describe(now))
                              : QStringLiteral("successor is now %1").arg(describe(now)));
        Q_EMIT successorChanged(afterFailure);
    }
    Q_EMIT changed();
}

void RingView::setPredecessor(const std::optional<Member> &member)
{
    if (member == m_predecessor)
        return;
    const QString before = m_predecessor ? m_predecessor->addr : QString();
    m_predecessor = member;
    if ((member ? member->addr : QString()) != before) {
        Q_EMIT note(member ? QStringLiteral("predecessor is now %1").arg(describe(*member))
                           : QStringLiteral("predecessor is now none"));
    }
    Q_EMIT changed();
}

bool RingView::remove(const QString &addr, bool afterFailure)
{
    if (m_predecessor && m_predecessor->addr == addr)
        setPredecessor(std::nullopt);
    const bool wasFirst = !isAlone() && successor().addr == addr;
    QList<Member> rest;
    for (const Member &m : std::as_const(m_successors)) {
        if (m.addr != addr && !m_members.isDead(m.addr))
            rest << m;
    }
    if (rest.size() != m_successors.size())
        setSuccessors(rest, afterFailure && wasFirst);
    return wasFirst;
}

void RingView::heard(const Member &member, qint64 nowNs)
{
    if (member.isNull() || member.addr == m_self.addr)
        return;
    const auto before = m_members.heard(member, nowNs);
    if (before && *before != Status::Alive)
        Q_EMIT note(QStringLiteral("%1 is alive (heard from it)").arg(member.addr));
    if (!before || *before != Status::Alive)
        Q_EMIT changed();
}

void RingView::setStatus(const QString &addr, Status status, qint64 nowNs, const QString &line)
{
    if (addr == m_self.addr)
        return;
    if (!m_members.find(addr))
        m_members.heard(member(addr), nowNs);
    if (m_members.setStatus(addr, status, nowNs)) {
        Q_EMIT note(line);
        Q_EMIT changed();
    }
}

bool RingView::isGone(const QString &addr, qint64 nowNs, qint64 silenceNs) const
{
    const MemberTable::Entry *entry = m_members.find(addr);
    if (!entry)
        return false;
    return entry->status == Status::Dead || nowNs - entry->heardNs > silenceNs;
}

Member RingView::member(const QString &addr) const
{
    if (const MemberTable::Entry *entry = m_members.find(addr))
        return entry->member;
    for (const Member &m : m_successors) {
        if (m.addr == addr)
            return m;
    }
    if (m_predecessor && m_predecessor->addr == addr)
        return *m_predecessor;
    return { addr, 0, QString() };
}

QString RingView::describe(const Member &m)
{
    return m.name.isEmpty() ? m.addr : QStringLiteral("%1 (%2)").arg(m.addr, m.name);
}

QStringList RingView::probers(const QString &target) const
{
    QStringList list;
    for (const Member &m : m_successors) {
        if (m.addr != target && !m_members.isDead(m.addr))
            list << m.addr;
    }
    if (m_predecessor && m_predecessor->addr != target)
        list << m_predecessor->addr;
    return list;
}

QVariantMap RingView::state() const
{
    QVariantList successors;
    for (const Member &m : m_successors)
        successors << m.addr;
    QVariantMap members = m_members.statusMap();
    QVariantMap names = m_members.nameMap();
    members.insert(m_self.addr, statusName(Status::Alive));
    names.insert(m_self.addr, m_self.name);
    return { { QStringLiteral("self"), m_self.addr }, { QStringLiteral("name"), m_self.name },
        { QStringLiteral("key"), qint64(m_self.key) },
        { QStringLiteral("predecessor"), m_predecessor ? m_predecessor->addr : QString() },
        { QStringLiteral("successors"), successors }, { QStringLiteral("members"), members },
        { QStringLiteral("names"), names } };
}

Ack RingView::stateAck() const
{
    Ack state;
    state.type = AckType::State;
    state.self = m_self;
    state.predecessor = m_predecessor;
    state.successors = m_successors;
    return state;
}

} // namespace wb::ring
