#pragma once

// Rings of real `wirebench-node ring` processes on 127.0.0.1 for the app tests, watched the way
// any client can: the `status` message (docs/protocol.md, "The ring") over a WebSocket.

#include "processkit.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <initializer_list>
#include <memory>
#include <vector>

namespace wbtest {

// A member's successor list holds this many when the ring is that big (docs/ring.md).
constexpr size_t kDefaultSuccessors = 3;

// Timings a tenth of the defaults (docs/ring.md): a failure is found in well under a second,
// so that the suite stays short; what the tests check does not depend on them.
inline QStringList fastRingTimings()
{
    return { QStringLiteral("--heartbeat"), QStringLiteral("0.1"), QStringLiteral("--suspect"),
        QStringLiteral("0.4"), QStringLiteral("--probe-timeout"), QStringLiteral("0.3"),
        QStringLiteral("--stabilise"), QStringLiteral("0.1") };
}

// waitFor() for a predicate that runs the event loop itself (asks a member over a socket):
// looked at in a loop of its own, never from inside waitFor()'s, which would recurse.
template<typename Predicate> [[nodiscard]] bool askUntil(Predicate done, int timeoutMs = kWaitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

inline QString ringAddress(quint16 port)
{
    return QStringLiteral("ws://127.0.0.1:%1").arg(port);
}

// A member's answer to {"ring": "status"}; empty when it gave none within the wait (stopped,
// gone) or answered something else.
inline QJsonObject ringStatus(quint16 port, int timeoutMs = 1000)
{
    Client client;
    client.socket.open(QUrl(ringAddress(port) + QStringLiteral("/ring")));
    if (!waitFor(
            [&] {
                return client.socket.state() == QAbstractSocket::ConnectedState
                    || client.disconnected;
            },
            timeoutMs)
        || client.disconnected) {
        client.socket.abort();
        return {};
    }
    client.socket.sendTextMessage(QStringLiteral(R"({"ring": "status"})"));
    const bool answered = waitFor([&] { return !client.received.isEmpty(); }, timeoutMs);
    client.socket.close();
    if (!answered)
        return {};
    const QJsonObject reply = QJsonDocument::fromJson(client.received.first().toUtf8()).object();
    return reply.value(QStringLiteral("ring")).toString() == QLatin1String("state") ? reply
                                                                                    : QJsonObject();
}

inline QString memberAddress(const QJsonValue &member)
{
    return member.toObject().value(QStringLiteral("addr")).toString();
}

struct RingMember
{
    QString name;
    quint16 port = 0;
    qint64 key = 0;
    std::unique_ptr<Process> process;
    bool alive = false; // started, neither killed nor stopped
    bool python = false; // examples/python/ring_node.py instead of wirebench-node ring

    QString address() const { return ringAddress(port); }
    // The lines this member printed about its chat and its neighbours.
    QStringList lines() const { return process ? process->linesOf(name) : QStringList(); }
    // Lines that end in ": TEXT", the chat lines about that text (said, passed by, came back,
    // duplicate).
    QStringList chatLines(const QString &text) const
    {
        QStringList out;
        for (const QString &line : lines()) {
            if (line.endsWith(QStringLiteral(": ") + text))
                out << line;
        }
        return out;
    }
    void say(const QString &text) { process->process.write((text + u'\n').toUtf8()); }
};

// N members, keys spread evenly round the ring in index order, each on a port of its own.
class RingOfProcesses
{
public:
    explicit RingOfProcesses(int count, QStringList extra = fastRingTimings())
        : m_extra(std::move(extra))
    {
        for (int i = 0; i < count; ++i) {
            RingMember m;
            m.name = QStringLiteral("m%1").arg(i);
            m.key = (qint64(1) << 32) / count * i;
            m_members.push_back(std::move(m));
        }
    }
    ~RingOfProcesses()
    {
        // Every process by its PID: a stopped one is woken first so that it dies at once.
        for (RingMember &m : m_members) {
            if (m.process && m.process->process.state() != QProcess::NotRunning) {
                m.process->signal(SIGCONT);
                m.process->process.kill();
                m.process->process.waitForFinished(kWaitMs);
            }
        }
    }

    RingMember &operator[](int i) { return m_members.at(size_t(i)); }
    int size() const { return int(m_members.size()); }

    // Member i's port, unless it has one: a port that was free and is none of the other
    // members' (two draws can meet).
    quint16 drawPort(int i)
    {
        RingMember &m = m_members.at(size_t(i));
        const auto taken = [this, &m](quint16 port) {
            return port == 0
                || std::any_of(m_members.cbegin(), m_members.cend(),
                    [&](const RingMember &o) { return &o != &m && o.port == port; });
        };
        while (taken(m.port))
            m.port = freePort();
        return m.port;
    }
    // Starts member i (again, on its port) joining through `join` (none: a ring of its own);
    // true once it serves.
    [[nodiscard]] bool start(int i, const QString &join = {}, const QStringList &more = {})
    {
        RingMember &m = m_members.at(size_t(i));
        drawPort(i);
        m.process = std::make_unique<Process>();
        QStringList args { QStringLiteral("ring"), QStringLiteral("--port"),
            QString::number(m.port), QStringLiteral("--name"), m.name, QStringLiteral("--key"),
            QString::number(m.key) };
        if (!join.isEmpty())
            args << QStringLiteral("--join") << join;
        if (m.python) {
            m.process->process.start(QStringLiteral(WIREBENCH_PYTHON),
                QStringList {
                    QStringLiteral(WIREBENCH_PEERS_DIR "/../../examples/python/ring_node.py") }
                    + args.mid(1) + m_extra + more);
        } else {
            m.process->startNode(args + m_extra + more);
        }
        m.alive = m.process->waitForServing() == m.port;
        return m.alive;
    }
    // The first alone, every other joining through it; true once all serve.
    [[nodiscard]] bool startAll()
    {
        if (!start(0))
            return false;
        for (int i = 1; i < size(); ++i) {
            if (!start(i, m_members.front().address()))
                return false;
        }
        return true;
    }
    // startAll(), then until every member has its neighbours.
    [[nodiscard]] bool startWhole(int timeoutMs = kWaitMs)
    {
        return startAll() && waitHealed(timeoutMs);
    }
    // SIGKILL or SIGSTOP: the members count as gone; SIGCONT: back. Every one is signalled
    // before any is waited for.
    void signal(std::initializer_list<int> members, int number)
    {
        for (int i : members)
            m_members.at(size_t(i)).process->signal(number);
        for (int i : members) {
            RingMember &m = m_members.at(size_t(i));
            if (number == SIGKILL && !m.process->waitForExit())
                qWarning("%s did not end after SIGKILL", qPrintable(m.name));
            m.alive = number == SIGCONT;
        }
    }
    void signal(int i, int number) { signal({ i }, number); }

    // Whether every live member's predecessor and whole successor list (the default three, or
    // all the others in a smaller ring) are its live neighbours in key order, as their status
    // says: a ring whose first successors are right may still hold a stale second one for a
    // stabilisation round, and a failure then would not heal at once.
    bool healed(QString *why = nullptr) const
    {
        std::vector<const RingMember *> live;
        for (const RingMember &m : m_members) {
            if (m.alive)
                live.push_back(&m);
        }
        std::sort(live.begin(), live.end(), [](const RingMember *a, const RingMember *b) {
            return a->key != b->key ? a->key < b->key : a->address() < b->address();
        });
        const size_t n = live.size();
        for (size_t i = 0; i < n; ++i) {
            const QJsonObject status = ringStatus(live[i]->port);
            const QString next = live[(i + 1) % n]->address();
            const QString previous = live[(i + n - 1) % n]->address();
            const QJsonArray successors = status.value(QStringLiteral("successors")).toArray();
            const QString successor
                = successors.isEmpty() ? QString() : memberAddress(successors.first());
            const QString predecessor = memberAddress(status.value(QStringLiteral("predecessor")));
            if (n > 1 && (successor != next || predecessor != previous)) {
                if (why) {
                    *why = QStringLiteral("%1: successor %2 (want %3), predecessor %4 (want %5)")
                               .arg(live[i]->name, successor, next, predecessor, previous);
                }
                return false;
            }
            const size_t listed = std::min<size_t>(kDefaultSuccessors, n - 1);
            for (size_t k = 1; k < listed; ++k) {
                const QString want = live[(i + 1 + k) % n]->address();
                const QString have = qsizetype(k) < successors.size()
                    ? memberAddress(successors.at(qsizetype(k)))
                    : QString();
                if (have != want) {
                    if (why) {
                        *why = QStringLiteral("%1: successor %2 is %3 (want %4)")
                                   .arg(live[i]->name)
                                   .arg(k + 1)
                                   .arg(have, want);
                    }
                    return false;
                }
            }
        }
        return true;
    }
    [[nodiscard]] bool waitHealed(int timeoutMs = kWaitMs) const
    {
        return askUntil([this] { return healed(); }, timeoutMs);
    }

    // Every member's output, for a failure message.
    QString report() const
    {
        QString why;
        QString text = healed(&why) ? QStringLiteral("ring healed\n") : why + u'\n';
        for (const RingMember &m : m_members) {
            if (m.process)
                text += QStringLiteral("--- %1 (%2)\n").arg(m.name, m.address())
                    + m.process->report();
        }
        return text;
    }

private:
    QStringList m_extra;
    std::vector<RingMember> m_members;
};

} // namespace wbtest
