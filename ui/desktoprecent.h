#pragma once

#include <QDateTime>
#include <QString>

namespace wb::desktoprecent {

// The desktop's own list of recent files ($XDG_DATA_HOME/recently-used.xbel, the freedesktop
// "Desktop Bookmark" spec), which file choosers, docks and "Recent" places show: a circuit that
// Wirebench opens or saves appears there too, as WIREBENCH_CIRCUIT_MIME_TYPE (the type that
// packaging/wirebench-circuit.xml declares), used by the application "wirebench".

// The list's file: recently-used.xbel in the user's data folder ($XDG_DATA_HOME, by default
// ~/.local/share).
QString path();

// Adds `file` (an absolute path) to the list, or, when it is there already, marks it used again
// (its time stamps and Wirebench's count); every other entry is kept as it is. The file is
// replaced atomically. Returns an error text, empty on success; a list that is not a bookmark
// file is left alone (an error), never overwritten.
QString record(const QString &file, const QDateTime &when = QDateTime::currentDateTimeUtc());

} // namespace wb::desktoprecent
