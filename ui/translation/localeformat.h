#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// Times and numbers as the window shows them, in the default locale (set from the language at
// start, core/i18n/translation.h): never hand-formatted with "." or ":" where the locale has
// its own separators.
namespace wb::localeformat {

// A clock time to the millisecond, the locale's way: 14:03:07,123 in German, 2:03:07.123 PM in
// US English. The locale's long time format without its time zone, with the milliseconds after
// the seconds behind the locale's decimal point.
QString timeFormatWithMs(const QLocale &locale = QLocale());
QString timeWithMs(const QDateTime &time, const QLocale &locale = QLocale());

} // namespace wb::localeformat
