#include "localeformat.h"

#include <QRegularExpression>

namespace wb::localeformat {

QString timeFormatWithMs(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::LongFormat);
    // The time zone ("t", "(t)", "tttt") is the same for every line of a log: left out.
    static const QRegularExpression zone(QStringLiteral("\\s*\\(?\\bt+\\b\\)?"));
    format.remove(zone);
    const qsizetype seconds = format.indexOf(QLatin1String("ss"));
    if (seconds < 0)
        return format.trimmed();
    // The decimal point is literal text in a format: quoted, in case it is a letter.
    format.insert(seconds + 2, QStringLiteral("'%1'zzz").arg(locale.decimalPoint()));
    return format.trimmed();
}

QString timeWithMs(const QDateTime &time, const QLocale &locale)
{
    return locale.toString(time, timeFormatWithMs(locale));
}

} // namespace wb::localeformat
