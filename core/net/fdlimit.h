#pragma once

namespace wb {

// Raises the soft limit of open files to the hard limit (Linux starts processes at 1024, too
// few for a workbench of many nodes), once, at the start of main(). Returns the soft limit now
// in force; -1 when it cannot be read.
int raiseOpenFileLimit();
// The soft limit of open files; -1 when it cannot be read.
int openFileLimit();
// How many connections this process may hold at once: the open-file limit less the
// descriptors kept for everything else (limits::kReservedDescriptors).
int processConnectionCap();

} // namespace wb
