#include "lesson/lessonchecker.h"

#include "lesson/checkeval.h"
#include "runtime/meshruntime.h"

namespace wb {

LessonChecker::LessonChecker(
    MeshRuntime *runtime, const QList<LessonCheck> &checks, QObject *parent)
    : QObject(parent), m_runtime(runtime), m_checks(checks)
{
    for (const LessonCheck &check : checks) {
        CheckOutcome outcome;
        outcome.text = check.text;
        m_outcomes << outcome;
    }
    m_judgeSoon.setSingleShot(true);
    m_judgeSoon.setInterval(50);
    connect(&m_judgeSoon, &QTimer::timeout, this, &LessonChecker::judge);
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &LessonChecker::judge);

    connect(runtime, &MeshRuntime::runningChanged, this, [this](bool running) {
        if (running) {
            if (m_finished) // a new run: the last one's verdicts go
                reset();
            if (m_startNs >= 0)
                return;
            m_startNs = m_runtime->delivery()->timeSource()->nowNs();
            m_tick.start();
        } else if (!running && m_startNs >= 0 && !m_finished) {
            finish();
        }
    });
    connect(runtime, &MeshRuntime::traffic, this, &LessonChecker::onTraffic);
    connect(runtime, &MeshRuntime::logLine, this,
        [this](NodeId, const QString &name, const QString &text, qint64 timeNs) {
            LessonEvent e;
            e.kind = LessonEvent::Kind::Log;
            e.runNs = runTimeAt(timeNs);
            e.node = name;
            e.text = text;
            record(e);
        });
    connect(runtime, &MeshRuntime::liveState, this, [this](NodeId id, const QVariantMap &state) {
        LessonEvent e;
        e.kind = LessonEvent::Kind::Live;
        e.node = nameOf(id);
        e.live = state;
        record(e);
    });
    connect(runtime, &MeshRuntime::nodeStateChanged, this, [this](NodeId id, NodeState state) {
        LessonEvent e;
        e.kind = LessonEvent::Kind::State;
        e.node = nameOf(id);
        e.text = nodeStateName(state);
        record(e);
    });
    connect(runtime, &MeshRuntime::nodeFaultChanged, this, [this](NodeId id, NodeFault fault) {
        LessonEvent e;
        e.kind = LessonEvent::Kind::Fault;
        e.node = nameOf(id);
        e.text = nodeFaultName(fault);
        record(e);
    });
    connect(runtime, &MeshRuntime::clockFinished, this, [this](NodeId id, bool ok, int) {
        LessonEvent e;
        e.kind = LessonEvent::Kind::Finished;
        e.node = nameOf(id);
        e.ok = ok;
        record(e);
    });
    if (runtime->isRunning()) { // a lesson opened during a run judges from now on
        m_startNs = m_runtime->delivery()->timeSource()->nowNs();
        m_tick.start();
    }
}

QString LessonChecker::nameOf(NodeId id) const
{
    const NodeSpec *spec = m_runtime->circuit()->node(id);
    return spec ? spec->name : QString();
}

qint64 LessonChecker::runNs() const
{
    if (m_startNs < 0)
        return 0;
    return m_runtime->delivery()->timeSource()->nowNs() - m_startNs;
}

void LessonChecker::onTraffic(const TrafficEvent &t)
{
    LessonEvent e;
    e.kind = LessonEvent::Kind::Traffic;
    e.type = int(t.type);
    e.node = nameOf(t.node);
    // The message's two ends: the wire's when known, else by which end reported it.
    if (const Wire *wire = t.wire != 0 ? m_runtime->circuit()->wire(t.wire) : nullptr) {
        e.from = nameOf(wire->from);
        e.to = nameOf(wire->to);
    } else {
        const bool atSender = t.type == TrafficEvent::Type::Sent
            || t.type == TrafficEvent::Type::AckReceived || t.type == TrafficEvent::Type::Failed;
        const QString peer = t.peer != 0 ? nameOf(t.peer) : t.peerAddress;
        e.from = atSender ? e.node : peer;
        e.to = atSender ? peer : e.node;
    }
    e.text = t.text;
    e.runNs = runTimeAt(t.timeNs);
    e.messageId = t.messageId;
    e.attempt = t.attempt;
    e.duplicate = t.duplicate;
    record(e);
}

qint64 LessonChecker::runTimeAt(qint64 wallNs) const
{
    // An event's wall-clock stamp in run time: now, less its age at the run's speed (a paused
    // run's time stands still).
    const TimeSource *time = m_runtime->delivery()->timeSource();
    const qint64 now = runNs();
    if (time->isPaused() || wallNs <= 0)
        return now;
    const qint64 age = std::max<qint64>(0, monotonicNs() - wallNs);
    return std::max<qint64>(0, now - qint64(double(age) * time->speed()));
}

void LessonChecker::record(const LessonEvent &event)
{
    if (m_finished)
        return;
    LessonEvent e = event;
    if (e.runNs == 0)
        e.runNs = runNs();
    // In run-time order, so that "first" means first: reports may come a little out of order.
    auto at = m_events.end();
    while (at != m_events.begin() && std::prev(at)->runNs > e.runNs)
        --at;
    m_events.insert(at, e);
    scheduleJudge();
}

void LessonChecker::scheduleJudge()
{
    if (!m_judgeSoon.isActive())
        m_judgeSoon.start();
}

void LessonChecker::judge()
{
    const qint64 now = runNs();
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        const checklanguage::Verdict v
            = checklanguage::evaluate(*m_checks.at(i).expr, m_events, now, m_finished);
        CheckOutcome &o = m_outcomes[i];
        if (o.state == v.state && o.detail == v.detail)
            continue;
        o.state = v.state;
        o.detail = v.detail;
        Q_EMIT outcomeChanged(int(i));
    }
}

bool LessonChecker::allPassed() const
{
    return std::all_of(m_outcomes.cbegin(), m_outcomes.cend(),
        [](const CheckOutcome &o) { return o.state == CheckOutcome::State::Passed; });
}

void LessonChecker::finish()
{
    if (m_finished)
        return;
    m_judgeSoon.stop();
    m_tick.stop();
    m_finished = true;
    judge();
    Q_EMIT finished();
}

void LessonChecker::reset()
{
    m_events.clear();
    m_finished = false;
    m_startNs = -1;
    m_judgeSoon.stop();
    m_tick.stop();
    for (qsizetype i = 0; i < m_outcomes.size(); ++i) {
        if (m_outcomes[i].state == CheckOutcome::State::Pending && m_outcomes[i].detail.isEmpty())
            continue;
        m_outcomes[i].state = CheckOutcome::State::Pending;
        m_outcomes[i].detail.clear();
        Q_EMIT outcomeChanged(int(i));
    }
}

} // namespace wb
