#pragma once

#include "document/faults.h"

#include <QFlags>
#include <QString>
#include <optional>

// The `--fault` rule of `wirebench-node run`: one wire's fault rules from the command line,
// parsed into an override that changes only the fields it names (docs/delivery.md, "Fault rules
// on the command line"). Pure: no Circuit; the caller finds the wire by the two names.
//
// Grammar (whitespace is allowed around every token; keys, prefixes, words and units are lower
// case):
//
//   rule        = FROM "->" TO ":" item { "," item }
//   FROM, TO    = a node name: 1 to 64 of A-Z a-z 0-9 _ . -   (isValidNodeName)
//   item        = [ direction "." ] directed
//               | "cut" [ "=" ( "true" | "false" ) ]     bare: true
//               | "timeout" "=" duration                 ack timeout: whole ms, 0 (the default)
//                                                        to faults::kMaxAckTimeoutMs
//               | "retries" "=" count                    0 to faults::kMaxRetries
//   direction   = "msg" | "message" | "ack"              none: msg (the messages FROM -> TO)
//   directed    = "drop" "=" probability
//               | ( "duplicate" | "dup" ) "=" probability
//               | "delay" "=" duration [ ( "±" | "+-" ) duration ]   0 to faults::kMaxDelayMs
//               | "jitter" "=" duration                              0 to faults::kMaxDelayMs
//               | "jitter-dist" "=" ( "uniform" | "normal" )
//   probability = number from 0 to 1
//   duration    = number [ "ms" | "s" ]    no unit: ms; in "delay=A±B" a part without a unit
//                                          takes the other part's ("50±10ms", "1.5±0.5s")
//   number      = [ "+" | "-" ] digits [ "." [ digits ] ]  |  [ "+" | "-" ] "." digits
//
// "delay=A±B" sets the delay and the jitter; "delay=A" leaves the jitter as it was. A field is
// given at most once per rule (an alias, a prefix or a "±" jitter counts as giving it). Several
// rules for one wire are applied in order, each on the result of the one before.
namespace wb::faultspec {

// One field of WireFaults that a rule sets.
enum class Field : quint32 {
    MessageDrop = 1u << 0,
    MessageDuplicate = 1u << 1,
    MessageDelay = 1u << 2,
    MessageJitter = 1u << 3,
    MessageJitterDist = 1u << 4,
    AckDrop = 1u << 5,
    AckDuplicate = 1u << 6,
    AckDelay = 1u << 7,
    AckJitter = 1u << 8,
    AckJitterDist = 1u << 9,
    Cut = 1u << 10,
    AckTimeout = 1u << 11,
    Retries = 1u << 12,
};
Q_DECLARE_FLAGS(Fields, Field)

// A wire's rule from the command line. `values` holds what the rule says; only the fields in
// `given` mean anything (the others keep their defaults and are ignored by apply()), so that
// "drop=0.3" does not reset the delay saved in the circuit file.
struct Override
{
    QString from;
    QString to;
    WireFaults values;
    Fields given;

    bool operator==(const Override &) const = default;
};

struct Parsed
{
    std::optional<Override> override; // set when the spec is valid
    QString error; // otherwise: "--fault 'SPEC': KEY: problem", empty when valid
};

// Parses one `--fault` argument. Never throws; checks every range itself (faults.h limits).
Parsed parse(const QString &spec);

// `base` with the fields the override gives replaced by its values; the rest as in `base`.
WireFaults apply(const WireFaults &base, const Override &override);

// The keys a rule understands, for error texts and --help:
// "drop, duplicate (dup), delay, jitter, jitter-dist, ...".
QString knownKeys();

} // namespace wb::faultspec

Q_DECLARE_OPERATORS_FOR_FLAGS(wb::faultspec::Fields)
