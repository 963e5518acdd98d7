#pragma once

#include "runtime/ring/ringprotocol.h"

#include <QHash>
#include <QSet>
#include <QVariantMap>
#include <optional>

// Chord's arithmetic on the ring (docs/ring.md), as pure functions: where members stand, who
// is whose successor, which predecessor a member takes. No sockets, no timers.
namespace wb::ring {

// The key of a member without one: the first four bytes, big-endian, of the SHA-1 of its name.
quint32 keyOfName(const QString &name);

// Ring order: by key, then by address, so that two members with one key still have an order.
bool precedes(const Member &a, const Member &b);
// Whether `x` lies strictly between `a` and `b`, going round the ring from `a` (with a == b:
// anywhere but at a).
bool between(const Member &x, const Member &a, const Member &b);

// A member's successor list after its successor told it its own: the successor, then the
// successor's list, without the member itself, repeats or the `excluded` addresses (dead), at
// most `length` members.
QList<Member> mergeSuccessors(const Member &self, const Member &successor,
    const QList<Member> &theirs, int length, const QSet<QString> &excluded = {});

// Whether a member takes `candidate`, who notified it, as its predecessor: when it has none,
// when the candidate lies between the current one and itself, or when the current one is gone
// (silent for the suspect time, or dead).
bool acceptsPredecessor(const Member &self, const std::optional<Member> &current,
    const Member &candidate, bool currentGone);

// The answer to a join: the joiner's successor when this member can tell (the first of its
// successors that follows the joiner; itself when alone), or the member to ask instead (the
// last of its successors before the joiner: the walk goes as far as it can).
struct JoinAnswer
{
    bool found = false;
    Member member;
};
JoinAnswer answerJoin(const Member &self, const QList<Member> &successors, const Member &joiner);

// What a member thinks of the members it has heard of (only a member's predecessor and
// successor list decide what it does; this is what it shows).
enum class Status { Alive, Suspect, Dead };
QString statusName(Status status);

class MemberTable
{
public:
    static constexpr int kMaxMembers = 256; // beyond: the dead heard of longest ago go

    struct Entry
    {
        Member member;
        Status status = Status::Alive;
        qint64 heardNs = 0; // run time of the last message from it
        qint64 changedNs = 0; // run time of the last change of status
    };

    // A message came from `member` at `nowNs`: known, alive. Returns its status before
    // (nullopt when it was not known).
    std::optional<Status> heard(const Member &member, qint64 nowNs);
    // Known members only; false when it was that already.
    bool setStatus(const QString &addr, Status status, qint64 nowNs);
    void forget(const QString &addr) { m_entries.remove(addr); }
    void clear() { m_entries.clear(); }

    const Entry *find(const QString &addr) const;
    Status status(const QString &addr) const;
    bool isDead(const QString &addr) const { return status(addr) == Status::Dead; }
    QString name(const QString &addr) const;
    QSet<QString> dead() const;
    // The dead member nearest before `to` going round from `self` (what a notify to `to` says
    // is gone), or none.
    std::optional<Member> deadBefore(const Member &self, const Member &to) const;
    int size() const { return int(m_entries.size()); }

    // {address: "alive" | "suspect" | "dead"} and {address: name}, for liveState.
    QVariantMap statusMap() const;
    QVariantMap nameMap() const;
    QMap<QString, QString> statusTexts() const;

private:
    void prune();

    QHash<QString, Entry> m_entries;
};

} // namespace wb::ring
