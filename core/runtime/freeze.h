#pragma once

#include <QList>

class QObject;

namespace wb::freeze {

// What SIGSTOP does to a process, done to some of its sockets and servers: their signals stop,
// so nothing they receive is read, answered (pings included) or accepted, and nothing they
// notice is acted on; the kernel keeps the connections open. Thawing lets them go on and makes
// each look at what arrived meanwhile. Null entries are skipped.
void setFrozen(const QList<QObject *> &objects, bool frozen);

} // namespace wb::freeze
