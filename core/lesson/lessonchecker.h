#pragma once

#include "lesson/lesson.h"
#include "lesson/lessoncheck.h"
#include "runtime/nodestate.h"
#include "runtime/traffic.h"

#include <QObject>
#include <QTimer>

namespace wb {

class MeshRuntime;

// Follows a MeshRuntime's run and judges a lesson's checks as it goes: it keeps the run's events
// (traffic, log lines, live states, node states and faults, finished clocks) by node name, and
// re-judges every check a few times a second. A check decided early (a count that reached its
// bound) turns ✓ or ✗ at once; one that only the end can decide stays Pending until finish().
// A new run (the runtime starts again) starts over.
class LessonChecker final : public QObject
{
    Q_OBJECT
public:
    LessonChecker(
        MeshRuntime *runtime, const QList<LessonCheck> &checks, QObject *parent = nullptr);

    QList<CheckOutcome> outcomes() const { return m_outcomes; }
    const QList<LessonEvent> &events() const { return m_events; }
    bool isFinished() const { return m_finished; }
    bool allPassed() const;
    // Run time since the run started, in ns (0 before it starts).
    qint64 runNs() const;

    // Judges every check once more, as at the end of the run: nothing is Pending after it.
    // Events after it are ignored until the next run starts.
    void finish();
    // Forgets the run so far: every check Pending again.
    void reset();
    // For tests: judge an event as if the runtime had reported it.
    void record(const LessonEvent &event);

Q_SIGNALS:
    void outcomeChanged(int index);
    void finished();

private:
    void onTraffic(const TrafficEvent &event);
    void scheduleJudge();
    void judge();
    QString nameOf(NodeId id) const;
    qint64 runTimeAt(qint64 wallNs) const;

    MeshRuntime *m_runtime;
    QList<LessonCheck> m_checks;
    QList<CheckOutcome> m_outcomes;
    QList<LessonEvent> m_events;
    // Wall-clock, as a view's repaint: they pace the judging, never the run.
    QTimer m_judgeSoon; // coalesces a burst of events into one judgement
    QTimer m_tick; // while running: time passes even without events (a "within" runs out)
    qint64 m_startNs = -1;
    bool m_finished = false;
};

} // namespace wb
