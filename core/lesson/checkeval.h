#pragma once

#include "lesson/checkexpr.h"
#include "lesson/lessoncheck.h"

#include <QList>

namespace wb::checklanguage {

struct Verdict
{
    CheckOutcome::State state = CheckOutcome::State::Pending;
    QString detail;
};

// Judges a parsed check over the events of a run so far (pure: the same events give the same
// verdict). `nowNs` is the run time now; with `ended` the run is over and every check is
// decided. While it runs, a check is decided only when no later event can change it (a count
// that reached its bound, a failed message); otherwise it stays Pending.
Verdict evaluate(
    const CheckExpr &check, const QList<LessonEvent> &events, qint64 nowNs, bool ended);

// Whether an event matches a pattern (a CheckExpr of Op::Pattern).
bool matches(const CheckExpr &pattern, const LessonEvent &event);

} // namespace wb::checklanguage
