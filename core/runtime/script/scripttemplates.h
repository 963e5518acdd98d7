#pragma once

#include <QString>
#include <QStringList>

// Sketches to start from: each built-in kind written as a script that behaves as that kind on
// the wire (same messages, same acks). Files resources/scripts/templates/NAME.js, in the Qt
// resource :/wirebench/scripts/templates/NAME.js.
namespace wb::scripttemplates {

// In menu order: clock, iopin, buzzer, led, relay.
QStringList names();
// "Clock", "I/O pin", ...; empty for an unknown name.
QString title(const QString &name);
// The sketch's text; empty for an unknown name.
QString source(const QString &name);

} // namespace wb::scripttemplates
