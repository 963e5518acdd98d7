#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace wb {

// How one check of a lesson stands (docs/lessons.md): the contract between the lesson checker
// and its readers (the lesson dock, the headless `lesson` command, the lab report).
struct CheckOutcome
{
    enum class State { Pending, Passed, Failed };
    QString text; // the check as the lesson words it ("every tick acknowledged")
    State state = State::Pending;
    QString detail; // why, in numbers ("12 of 12 ticks acknowledged")
};

// One thing that happened in a run, as the check language sees it: by node names rather than
// ids, so that the evaluator is a pure function over a list of these.
struct LessonEvent
{
    enum class Kind {
        Traffic, // a TrafficEvent: `type` says which
        Log, // a log line of `node`
        Live, // a live-state report of `node` (`live`)
        State, // `node` went to state `text` (stopped, listening, running, error)
        Fault, // `node`'s fault became `text` (none, crashed, hung)
        Finished, // a finite clock (or a keyboard) of `node` finished; `ok`
    };

    Kind kind = Kind::Traffic;
    qint64 runNs = 0; // run time since Run
    QString node; // where it happened
    int type = 0; // Traffic: TrafficEvent::Type
    QString from; // Traffic: the message's sender, when known
    QString to; // Traffic: the message's receiver, when known
    QString text; // the message, ack or error; the log line; the state or fault name
    quint64 messageId = 0;
    int attempt = 1;
    bool duplicate = false;
    bool ok = true; // Finished: every tick acknowledged
    QVariantMap live;
};

} // namespace wb
