#pragma once

#include "document/circuit.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace wb {

// The ring as its running members see it, from their "ring" reports (RingComponent's
// liveState, docs/ring.md): who some member suspects or believes dead, and which member's
// successor is not the node its wire goes to (a bypass after a failure). No widgets: the
// canvas's RingOverlay draws what this says, and tests ask it directly.
//
// Members are named by their address (ws://HOST:PORT); each report's "self" ties an address to
// the reporting node, and the circuit's own host and port (or the port a node really listens
// on) tie the others.
class RingPicture
{
public:
    enum class Opinion { Suspect, Dead };

    // A member that at least one reporter does not believe alive.
    struct Mark
    {
        NodeId node = 0;
        Opinion opinion = Opinion::Suspect; // dead when anyone believes it dead
        QStringList deadTo; // names of the members that believe it dead
        QStringList suspectTo; // ... and of those that suspect it
        bool operator==(const Mark &) const = default;
    };

    // A member whose successor is not where its wires go.
    struct Bypass
    {
        NodeId from = 0;
        NodeId to = 0; // its real successor
        QList<NodeId> wired; // the ring nodes its wires go to
        bool operator==(const Bypass &) const = default;
    };

    // A report of a member; false (and nothing changes) when it is not a ring report (no
    // "self" address). Later reports replace earlier ones.
    bool setReport(NodeId reporter, const QVariantMap &ring);
    // A stopped, crashed or hung member's view is not current: it is not shown.
    void forget(NodeId reporter);
    void clear();
    bool hasReport(NodeId reporter) const { return m_reports.contains(reporter); }
    QList<NodeId> reporters() const { return m_reports.keys(); }
    // The successor a member reported last (an address), empty when none.
    QString successorOf(NodeId reporter) const;

    // ws://HOST:PORT, lower case, without a path; localhost as 127.0.0.1; wss as ws.
    static QString normalise(const QString &address);
    // The address of each node of `circuit` with a server, from its host and its port, or the
    // port it listens on (`listening`, for port 0).
    static QHash<QString, NodeId> addressesOf(
        const Circuit &circuit, const QHash<NodeId, quint16> &listening = {});
    // The node at `address`: a reporter's own address first, then `addresses`; 0 when none.
    NodeId resolve(const QString &address, const QHash<QString, NodeId> &addresses) const;

    // In the circuit's node order.
    QList<Mark> marks(const Circuit &circuit, const QHash<QString, NodeId> &addresses) const;
    // In the circuit's node order of their `from`.
    QList<Bypass> bypasses(const Circuit &circuit, const QHash<QString, NodeId> &addresses) const;

private:
    struct Report
    {
        QString self;
        QString name;
        QString successor; // empty: none known
        QHash<QString, Opinion> doubted; // the members it does not believe alive
    };

    QHash<NodeId, Report> m_reports;
    // Every reporter's address, kept when its report is forgotten: a dead member is still named
    // by the address it had.
    QHash<QString, NodeId> m_selves;
};

} // namespace wb
