#pragma once

#include "runtime/ring/ringprotocol.h"
#include "runtime/ring/ringtopology.h"

#include <QObject>
#include <QVariantMap>
#include <optional>

namespace wb::ring {

// What one ring member knows of the ring: itself, its predecessor, its successor list
// (nearest first, never itself; empty: alone) and what it thinks of every member it has heard
// of. It says each change in a line for the log (note) and as changed(), for the reports; what
// the member does about a new successor is the member's (successorChanged).
class RingView final : public QObject
{
    Q_OBJECT
public:
    explicit RingView(QObject *parent = nullptr) : QObject(parent) { }

    // A new run: only itself, alone.
    void reset(const Member &self, int length);
    // The successor list's length (it is cut now when shorter).
    void setLength(int length);

    const Member &self() const { return m_self; }
    const std::optional<Member> &predecessor() const { return m_predecessor; }
    const QList<Member> &successors() const { return m_successors; }
    bool isAlone() const { return m_successors.isEmpty(); }
    // The first of the list; itself when alone.
    Member successor() const { return isAlone() ? m_self : m_successors.first(); }
    std::optional<Member> next() const
    {
        return isAlone() ? std::nullopt : std::optional(m_successors.first());
    }

    void setSuccessors(const QList<Member> &list, bool afterFailure);
    void setPredecessor(const std::optional<Member> &member);
    // Without `addr` (dead, or gone): returns whether it was the successor.
    bool remove(const QString &addr, bool afterFailure);

    MemberTable &members() { return m_members; }
    const MemberTable &members() const { return m_members; }
    // A message came from `member` at run time `nowNs`: it is alive.
    void heard(const Member &member, qint64 nowNs);
    // Suspect, refuted, dead: the status and its line.
    void setStatus(const QString &addr, Status status, qint64 nowNs, const QString &line);
    // Dead, or silent for longer than `silenceNs`.
    bool isGone(const QString &addr, qint64 nowNs, qint64 silenceNs) const;
    // What is known of `addr` (its address alone when nothing is).
    Member member(const QString &addr) const;
    static QString describe(const Member &member);
    // Who may probe `target`: the rest of the successor list, then the predecessor.
    QStringList probers(const QString &target) const;

    // The "ring" map of the member's liveState, and its answer to stabilise (and status).
    QVariantMap state() const;
    Ack stateAck() const;

Q_SIGNALS:
    void note(const QString &line);
    void changed();
    // The first successor is another one now (or none: alone). afterFailure: the old one died
    // or left, and what went to it should go again.
    void successorChanged(bool afterFailure);

private:
    Member m_self;
    std::optional<Member> m_predecessor;
    QList<Member> m_successors;
    int m_length = 3;
    MemberTable m_members;
};

} // namespace wb::ring
