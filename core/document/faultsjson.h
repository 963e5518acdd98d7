#pragma once

#include "document/faults.h"

#include <QJsonObject>
#include <QJsonValue>

// The JSON form of a wire's fault rules in the circuit file (docs/circuit-format.md): only the
// fields that differ from the defaults are written, and reading checks types, names and ranges.
namespace wb::faultsjson {

// Reads `value` (an object) into `rules`; on failure returns false and sets `error` to
// "where.field: what" (`where` is the JSON path of the object).
bool read(const QJsonValue &value, const QString &where, WireFaults *rules, QString *error);
QJsonObject write(const WireFaults &rules);

} // namespace wb::faultsjson
