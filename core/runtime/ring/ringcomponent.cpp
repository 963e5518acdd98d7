#include "runtime/ring/ringcomponent.h"

#include "runtime/traffic.h"

#include <QPointer>

namespace wb {

using ring::Ack;
using ring::AckType;
using ring::Member;
using ring::Message;
using ring::MessageType;
using ring::Status;

namespace {

int msOf(const QVariantMap &params, const char *key, int fallback)
{
    const QVariant value = params.value(QLatin1String(key));
    return value.isValid() ? std::max(10, int(value.toDouble() * 1000.0)) : fallback;
}

} // namespace

RingComponent::RingComponent(NodeContext *context, QObject *parent)
    : Component(context, parent)
    , m_view(new ring::RingView(this))
    , m_detector(new ring::RingDetector(
          context, [this](const QString &target) { return m_view->probers(target); }, this))
    , m_chat(new ring::RingChat(
          {
              [this] { return m_view->self(); },
              [this] { return m_view->next(); },
              [this](const QString &addr, const Message &message,
                  const NodeContext::SendOptions &options,
                  Done done) { send(addr, message, options, std::move(done)); },
              [this](const QString &addr, const QString &why) { onDead(addr, why); },
              [this] { return nowNs(); },
          },
          this))
    , m_tick(context->timeSource(), this)
    , m_timers(context->timeSource())
{
    m_tick.setSingleShot(true);
    m_timers.add(&m_tick);
    connect(&m_tick, &RunTimer::timeout, this, &RingComponent::tick);
    m_report.setSingleShot(true);
    m_report.setInterval(33);
    connect(&m_report, &QTimer::timeout, this, &RingComponent::report);
    connect(m_view, &ring::RingView::note, this, &RingComponent::note);
    connect(m_view, &ring::RingView::changed, this, &RingComponent::changed);
    connect(m_view, &ring::RingView::successorChanged, this, &RingComponent::onSuccessorChanged);
    connect(m_detector, &ring::RingDetector::pong, this,
        [this](const Member &from) { m_view->heard(from, nowNs()); });
    connect(m_detector, &ring::RingDetector::suspected, this, [this](const QString &addr) {
        m_view->setStatus(addr, Status::Suspect, nowNs(), QStringLiteral("suspect ") + addr);
    });
    connect(m_detector, &ring::RingDetector::refuted, this,
        [this](const QString &addr, const QString &via) {
            m_view->setStatus(addr, Status::Alive, nowNs(),
                via == m_view->self().addr
                    ? QStringLiteral("%1 is alive (it answered at last)").arg(addr)
                    : QStringLiteral("%1 is alive (probe via %2)").arg(addr, via));
        });
    connect(m_detector, &ring::RingDetector::died, this, &RingComponent::onDead);
    connect(m_chat, &ring::RingChat::note, this, &RingComponent::note);
    connect(m_chat, &ring::RingChat::event, this, &RingComponent::chatEvent);
}

void RingComponent::setup(const QVariantMap &params)
{
    Params p;
    if (params.contains(QStringLiteral("key")))
        p.key = quint32(params.value(QStringLiteral("key")).toLongLong());
    p.successors = std::clamp(params.value(QStringLiteral("successors"), 3).toInt(), 1, 16);
    p.heartbeatMs = msOf(params, "heartbeat", p.heartbeatMs);
    p.suspectMs = msOf(params, "suspect", p.suspectMs);
    p.probeTimeoutMs = msOf(params, "probeTimeout", p.probeTimeoutMs);
    p.probes = std::clamp(params.value(QStringLiteral("probes"), 3).toInt(), 0, 8);
    p.stabiliseMs = msOf(params, "stabilise", p.stabiliseMs);
    const QVariant window = params.value(QStringLiteral("resendWindow"));
    p.resendWindowMs = window.isValid() ? int(window.toDouble() * 1000.0) : p.resendWindowMs;
    m_params = p;
    m_detector->setTiming({ p.heartbeatMs, p.suspectMs, p.probeTimeoutMs, p.probes });
    m_chat->setTiming(answerMs(), p.resendWindowMs);
    // Edited while running: a shorter list now; a new key waits for the next start (a member
    // does not move round the ring under its neighbours' feet).
    if (m_running)
        m_view->setLength(p.successors);
}

void RingComponent::start()
{
    stop();
    const QString name = context()->nodeName();
    const Member self { context()->selfAddress(), m_params.key.value_or(ring::keyOfName(name)),
        name };
    if (self.addr.isEmpty())
        return; // not listening: nobody could reach it
    ++m_generation;
    m_running = true;
    m_joined = m_joining = m_left = m_stabilising = false;
    m_notifying.clear();
    m_view->reset(self, m_params.successors);
    m_chat->restart();
    m_detector->setSelf(self);
    note(QStringLiteral("ring member %1, key %2").arg(self.addr).arg(self.key));
    tick();
    report();
}

void RingComponent::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_tick.stop();
    m_detector->stop();
    changed();
}

void RingComponent::setFrozen(bool frozen)
{
    m_timers.setFrozen(frozen);
    m_detector->setFrozen(frozen);
}

bool RingComponent::farewell(std::function<void()> done)
{
    return leave(std::move(done));
}

bool RingComponent::command(const QString &name, const QVariantMap &args)
{
    if (!m_running)
        return false;
    if (name == QLatin1String("say"))
        return m_chat->say(args.value(QStringLiteral("text")).toString());
    if (name == QLatin1String("leave")) {
        leave({});
        return true;
    }
    return false;
}

// --- messages ---------------------------------------------------------------------------------

void RingComponent::loop(const QString &, const QString &text, Reply reply)
{
    QString error;
    const auto message = ring::parseMessage(text, m_view->self().addr, &error);
    if (!message) {
        reply.refuse(error);
        return;
    }
    if (!m_running) {
        reply.refuse(QStringLiteral("ring: this member is not running"));
        return;
    }
    m_view->heard(message->from, nowNs());
    const auto ok = [&reply] {
        reply(ring::encode(Ack {}));
    };
    switch (message->type) {
    case MessageType::Chat:
        reply(ring::encode(m_chat->receive(*message)));
        return;
    case MessageType::Ping: {
        Ack pong;
        pong.type = AckType::Pong;
        pong.from = m_view->self();
        pong.seq = message->seq;
        reply(ring::encode(pong));
        return;
    }
    case MessageType::Probe:
        onProbe(*message, reply);
        return;
    case MessageType::Join:
        onJoin(*message, reply);
        return;
    case MessageType::Stabilise:
        reply(ring::encode(m_view->stateAck()));
        return;
    case MessageType::Notify:
        onNotify(*message);
        ok();
        return;
    case MessageType::Leave:
        onLeave(*message);
        ok();
        return;
    case MessageType::Status: {
        Ack state = m_view->stateAck();
        QMap<QString, QString> members = m_view->members().statusTexts();
        members.insert(m_view->self().addr, ring::statusName(Status::Alive));
        state.members = members;
        state.seen = m_chat->seenCount();
        reply(ring::encode(state));
        return;
    }
    }
}

void RingComponent::onJoin(const Message &message, const Reply &reply)
{
    const Member joiner { message.from.addr, message.key, message.from.name };
    const auto answer = ring::answerJoin(m_view->self(), m_view->successors(), joiner);
    Ack ack;
    ack.type = answer.found ? AckType::Successor : AckType::Redirect;
    ack.member = answer.member;
    reply(ring::encode(ack));
}

void RingComponent::onNotify(const Message &message)
{
    const auto &current = m_view->predecessor();
    // Gone: silent for the suspect time, dead to us, or found dead by the member before it
    // (which notifies us because it was its successor): then the ring closes at once.
    const bool gone = current
        && (current->addr == message.gone
            || m_view->isGone(current->addr, nowNs(), qint64(m_params.suspectMs) * 1'000'000));
    if (ring::acceptsPredecessor(m_view->self(), current, message.from, gone))
        m_view->setPredecessor(message.from);
    // Alone, the first member that says it precedes us is our successor too (Chord's ring
    // of two).
    if (m_view->isAlone() && !m_left)
        m_view->setSuccessors({ message.from }, true);
}

void RingComponent::onLeave(const Message &message)
{
    const Member &leaver = message.from;
    m_view->members().forget(leaver.addr);
    note(QStringLiteral("%1 left the ring").arg(ring::RingView::describe(leaver)));
    if (m_view->predecessor() && m_view->predecessor()->addr == leaver.addr) {
        const auto before = message.predecessor;
        m_view->setPredecessor(
            before && before->addr != m_view->self().addr ? before : std::nullopt);
    }
    const QList<Member> &mine = m_view->successors();
    const bool wasFirst = !mine.isEmpty() && mine.first().addr == leaver.addr;
    if (!wasFirst && !mine.contains(leaver))
        return;
    // Its list takes its place in ours: the ring closes at once.
    QList<Member> rest = message.successors;
    for (const Member &m : mine) {
        if (m.addr != leaver.addr)
            rest << m;
    }
    m_view->setSuccessors(
        ring::mergeSuccessors(m_view->self(), rest.value(0), rest.mid(1), m_params.successors,
            m_view->members().dead() + QSet<QString> { leaver.addr }),
        wasFirst);
}

void RingComponent::onProbe(const Message &message, const Reply &reply)
{
    const QString target = message.target;
    const quint64 generation = m_generation;
    QPointer<RingComponent> alive(this);
    m_detector->probe(target, [this, alive, generation, reply, target](bool heard) {
        if (!alive || generation != m_generation)
            return;
        Ack probed;
        probed.type = AckType::Probed;
        probed.target = target;
        probed.alive = heard;
        reply(ring::encode(probed));
    });
}

// --- the ring's upkeep ------------------------------------------------------------------------

void RingComponent::tick()
{
    if (!m_running)
        return;
    m_tick.start(m_params.stabiliseMs);
    if (m_left)
        return;
    if (!m_joined && !m_joining)
        tryJoin();
    const auto &predecessor = m_view->predecessor();
    if (!m_view->isAlone()) {
        stabilise();
    } else if (predecessor
        && !m_view->isGone(predecessor->addr, nowNs(), qint64(m_params.suspectMs) * 1'000'000)) {
        // Alone with a predecessor: the ring of two closes through it (Chord).
        m_view->setSuccessors({ *predecessor }, true);
    }
}

void RingComponent::tryJoin()
{
    const QStringList contacts = context()->contacts();
    if (contacts.isEmpty())
        return; // a ring of one until someone joins through it, or a contact appears
    m_joining = true;
    joinVia(contacts, 0, contacts.first(), 0);
}

// Asks `addr` where the joiner belongs; a redirect asks the next member, up to kMaxHops of
// them; a contact that does not answer makes way for the next contact.
void RingComponent::joinVia(const QStringList &contacts, int index, const QString &addr, int steps)
{
    if (index >= contacts.size()) {
        m_joining = false; // nobody answered: again at the next tick
        return;
    }
    Message join;
    join.type = MessageType::Join;
    join.from = m_view->self();
    join.key = join.from.key;
    send(addr, join, { m_params.suspectMs, 0 },
        [this, contacts, index, steps](const NodeContext::SendResult &result) {
            QString error;
            const auto ack = result.ok ? ring::parseAck(result.ack, &error) : std::nullopt;
            const bool answered = ack
                && (ack->type == AckType::Successor || ack->type == AckType::Redirect)
                && ack->member.addr != m_view->self().addr;
            if (answered && ack->type == AckType::Redirect && steps < ring::kMaxHops) {
                joinVia(contacts, index, ack->member.addr, steps + 1);
                return;
            }
            if (!answered || ack->type == AckType::Redirect) {
                joinVia(contacts, index + 1, contacts.value(index + 1), 0);
                return;
            }
            m_joining = false;
            m_joined = true;
            if (m_left)
                return;
            note(QStringLiteral("joined through %1").arg(contacts.at(index)));
            const Member found = ack->member;
            const bool alone = m_view->isAlone();
            if (alone || ring::between(found, m_view->self(), m_view->successor())) {
                m_view->setSuccessors(
                    ring::mergeSuccessors(m_view->self(), found, m_view->successors(),
                        m_params.successors, m_view->members().dead()),
                    alone);
            }
        });
}

void RingComponent::stabilise()
{
    // One at a time: on a lossy wire an unanswered one waits out its timeout, and the chat
    // behind it on the same connection must not wait for a queue of them.
    if (m_stabilising)
        return;
    m_stabilising = true;
    const Member to = m_view->successor();
    Message ask;
    ask.type = MessageType::Stabilise;
    ask.from = m_view->self();
    send(to.addr, ask, { answerMs(), 0 }, [this, to](const NodeContext::SendResult &result) {
        m_stabilising = false;
        if (m_view->successor().addr != to.addr)
            return;
        QString error;
        const auto state = result.ok ? ring::parseAck(result.ack, &error) : std::nullopt;
        if (state && state->type == AckType::State && state->self.addr == to.addr)
            onState(to, *state);
        else if (!result.ok && result.failure == NodeContext::SendFailure::Connection)
            onDead(to.addr, result.error);
    });
}

void RingComponent::onState(const Member &successor, const Ack &state)
{
    const Member &self = m_view->self();
    m_view->heard(state.self, nowNs());
    QList<Member> list = ring::mergeSuccessors(
        self, state.self, state.successors, m_params.successors, m_view->members().dead());
    // A member between us and our successor: a newcomer, nearer (Chord). One declared dead
    // lately is not taken back on a neighbour's word until the suspect time is over: its
    // successor may not have noticed yet.
    if (const auto &x = state.predecessor;
        x && x->addr != self.addr && ring::between(*x, self, successor)) {
        const ring::MemberTable::Entry *known = m_view->members().find(x->addr);
        const bool quarantined = known && known->status == Status::Dead
            && nowNs() - known->changedNs < qint64(m_params.suspectMs) * 1'000'000;
        if (!quarantined) {
            if (known && known->status != Status::Alive) {
                m_view->setStatus(x->addr, Status::Alive, nowNs(),
                    QStringLiteral("%1 is alive (%2 says it precedes it)")
                        .arg(x->addr, ring::RingView::describe(successor)));
            }
            list = ring::mergeSuccessors(self, *x, list, m_params.successors);
        }
    }
    m_view->setSuccessors(list, false);
    notify(m_view->successor());
}

void RingComponent::notify(const Member &to)
{
    if (to.addr == m_view->self().addr || m_notifying.contains(to.addr))
        return; // the one on its way says the same
    m_notifying.insert(to.addr);
    Message notify;
    notify.type = MessageType::Notify;
    notify.from = m_view->self();
    if (const auto gone = m_view->members().deadBefore(m_view->self(), to))
        notify.gone = gone->addr;
    send(to.addr, notify, { answerMs(), 0 },
        [this, to](const NodeContext::SendResult &) { m_notifying.remove(to.addr); });
}

void RingComponent::onSuccessorChanged(bool afterFailure)
{
    const auto next = m_view->next();
    m_detector->watch(next.value_or(Member {}));
    if (!next) {
        m_joined = false; // alone: find the ring again through the contacts
        return;
    }
    m_view->heard(*next, nowNs());
    notify(*next);
    if (afterFailure)
        m_chat->resend();
}

void RingComponent::onDead(const QString &addr, const QString &why)
{
    if (!m_running || addr == m_view->self().addr)
        return;
    m_view->setStatus(addr, Status::Dead, nowNs(), QStringLiteral("%1 is dead: %2").arg(addr, why));
    m_view->remove(addr, true);
}

bool RingComponent::leave(std::function<void()> done)
{
    if (!m_running || m_left)
        return false;
    m_left = true;
    Message bye;
    bye.type = MessageType::Leave;
    bye.from = m_view->self();
    bye.predecessor = m_view->predecessor();
    bye.successors = m_view->successors();
    QStringList told;
    for (const auto &m : { bye.predecessor, m_view->next() }) {
        if (m && !told.contains(m->addr))
            told << m->addr;
    }
    m_view->setPredecessor(std::nullopt);
    m_view->setSuccessors({}, false);
    if (told.isEmpty()) {
        note(QStringLiteral("left the ring"));
        return false;
    }
    auto waiting = std::make_shared<int>(int(told.size()));
    for (const QString &addr : std::as_const(told)) {
        send(addr, bye, { Component::kFarewellMs, 0 },
            [this, waiting, done](const NodeContext::SendResult &) {
                if (--*waiting > 0)
                    return;
                note(QStringLiteral("left the ring"));
                if (done)
                    done();
            });
    }
    return true;
}

// --- plumbing and reports ---------------------------------------------------------------------

void RingComponent::send(
    const QString &addr, const Message &message, const NodeContext::SendOptions &options, Done done)
{
    const quint64 generation = m_generation;
    QPointer<RingComponent> alive(this);
    context()->sendTo(addr, ring::chatChannel(), ring::encode(message), options,
        [this, alive, generation, done = std::move(done)](const NodeContext::SendResult &result) {
            if (alive && generation == m_generation && m_running)
                done(result);
        });
}

qint64 RingComponent::nowNs() const
{
    const TimeSource *time = context()->timeSource();
    return time ? time->nowNs() : monotonicNs();
}

int RingComponent::answerMs() const
{
    // A neighbour answers within a heartbeat or the frame was lost: what waits behind it on
    // the connection (the chat) should not wait longer.
    return std::max(1, std::min(m_params.heartbeatMs, m_params.suspectMs));
}

void RingComponent::note(const QString &line)
{
    if (logging())
        log(line);
}

void RingComponent::chatEvent(const QString &event, const Message &m, double ms)
{
    if (!logging() && !reportingLive())
        return;
    const QString line = ring::RingChat::line(event, m, ms);
    if (logging())
        log(line);
    if (reportingLive()) {
        Q_EMIT liveState({ { QStringLiteral("chat"),
            QVariantMap { { QStringLiteral("event"), event }, { QStringLiteral("id"), m.id },
                { QStringLiteral("origin"), m.origin.name },
                { QStringLiteral("originAddr"), m.origin.addr }, { QStringLiteral("text"), m.text },
                { QStringLiteral("hops"), m.hops }, { QStringLiteral("ms"), ms },
                { QStringLiteral("line"), line } } } });
    }
}

void RingComponent::changed()
{
    if (reportingLive() && !m_report.isActive())
        m_report.start();
}

void RingComponent::report()
{
    m_report.stop();
    if (reportingLive() && !m_view->self().isNull())
        Q_EMIT liveState({ { QStringLiteral("ring"), m_view->state() } });
}

} // namespace wb
