#include "runtime/ring/ringtopology.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace wb::ring {

quint32 keyOfName(const QString &name)
{
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1);
    return qFromBigEndian<quint32>(digest.constData());
}

bool precedes(const Member &a, const Member &b)
{
    if (a.key != b.key)
        return a.key < b.key;
    return a.addr < b.addr;
}

bool between(const Member &x, const Member &a, const Member &b)
{
    if (a.addr == b.addr)
        return x.addr != a.addr;
    if (x.addr == a.addr || x.addr == b.addr)
        return false;
    if (precedes(a, b))
        return precedes(a, x) && precedes(x, b);
    // The interval wraps past the largest key.
    return precedes(a, x) || precedes(x, b);
}

QList<Member> mergeSuccessors(const Member &self, const Member &successor,
    const QList<Member> &theirs, int length, const QSet<QString> &excluded)
{
    QList<Member> list;
    QSet<QString> taken { self.addr };
    const auto add = [&](const Member &m) {
        if (list.size() < length && !m.isNull() && !taken.contains(m.addr)
            && !excluded.contains(m.addr)) {
            list << m;
            taken.insert(m.addr);
        }
    };
    add(successor);
    for (const Member &m : theirs)
        add(m);
    return list;
}

bool acceptsPredecessor(const Member &self, const std::optional<Member> &current,
    const Member &candidate, bool currentGone)
{
    if (candidate.addr == self.addr)
        return false;
    if (!current || currentGone || current->addr == candidate.addr)
        return true;
    return between(candidate, *current, self);
}

JoinAnswer answerJoin(const Member &self, const QList<Member> &successors, const Member &joiner)
{
    Member last = self;
    for (const Member &s : successors) {
        if (s.addr == joiner.addr)
            continue; // the joiner was here before (a restart): what follows it
        if (between(joiner, last, s))
            return { true, s };
        last = s;
    }
    if (last.addr == self.addr)
        return { true, self }; // alone (or only the joiner): the joiner's successor is us
    return { false, last };
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Alive:
        return QStringLiteral("alive");
    case Status::Suspect:
        return QStringLiteral("suspect");
    case Status::Dead:
        return QStringLiteral("dead");
    }
    return {};
}

std::optional<Status> MemberTable::heard(const Member &member, qint64 nowNs)
{
    auto it = m_entries.find(member.addr);
    if (it == m_entries.end()) {
        m_entries.insert(member.addr, { member, Status::Alive, nowNs, nowNs });
        prune();
        return std::nullopt;
    }
    const Status before = it->status;
    it->member = member; // a restarted member may come back with another name or key
    it->heardNs = nowNs;
    if (before != Status::Alive) {
        it->status = Status::Alive;
        it->changedNs = nowNs;
    }
    return before;
}

bool MemberTable::setStatus(const QString &addr, Status status, qint64 nowNs)
{
    auto it = m_entries.find(addr);
    if (it == m_entries.end() || it->status == status)
        return false;
    it->status = status;
    it->changedNs = nowNs;
    return true;
}

const MemberTable::Entry *MemberTable::find(const QString &addr) const
{
    const auto it = m_entries.constFind(addr);
    return it == m_entries.cend() ? nullptr : &*it;
}

Status MemberTable::status(const QString &addr) const
{
    const Entry *entry = find(addr);
    return entry ? entry->status : Status::Alive;
}

QString MemberTable::name(const QString &addr) const
{
    const Entry *entry = find(addr);
    return entry ? entry->member.name : QString();
}

QSet<QString> MemberTable::dead() const
{
    QSet<QString> set;
    for (const Entry &entry : m_entries) {
        if (entry.status == Status::Dead)
            set.insert(entry.member.addr);
    }
    return set;
}

std::optional<Member> MemberTable::deadBefore(const Member &self, const Member &to) const
{
    std::optional<Member> nearest;
    for (const Entry &entry : m_entries) {
        if (entry.status != Status::Dead || !between(entry.member, self, to))
            continue;
        if (!nearest || between(entry.member, *nearest, to))
            nearest = entry.member;
    }
    return nearest;
}

QVariantMap MemberTable::statusMap() const
{
    QVariantMap map;
    for (const Entry &entry : m_entries)
        map.insert(entry.member.addr, statusName(entry.status));
    return map;
}

QVariantMap MemberTable::nameMap() const
{
    QVariantMap map;
    for (const Entry &entry : m_entries)
        map.insert(entry.member.addr, entry.member.name);
    return map;
}

QMap<QString, QString> MemberTable::statusTexts() const
{
    QMap<QString, QString> map;
    for (const Entry &entry : m_entries)
        map.insert(entry.member.addr, statusName(entry.status));
    return map;
}

void MemberTable::prune()
{
    while (m_entries.size() > kMaxMembers) {
        // The member heard of longest ago goes, the dead first.
        auto oldest = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (oldest == m_entries.end()
                || std::pair(it->status != Status::Dead, it->heardNs)
                    < std::pair(oldest->status != Status::Dead, oldest->heardNs)) {
                oldest = it;
            }
        }
        m_entries.erase(oldest);
    }
}

} // namespace wb::ring
