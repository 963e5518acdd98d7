#include "runtime/script/scripttemplates.h"

#include <QFile>

namespace wb::scripttemplates {

namespace {

struct Template
{
    const char *name;
    const char *title;
};

constexpr Template kTemplates[] = {
    { "clock", "Clock" },
    { "iopin", "I/O pin" },
    { "buzzer", "Buzzer" },
    { "led", "LED" },
    { "relay", "Relay (proxy)" },
};

} // namespace

QStringList names()
{
    QStringList list;
    for (const Template &t : kTemplates)
        list << QString::fromLatin1(t.name);
    return list;
}

QString title(const QString &name)
{
    for (const Template &t : kTemplates) {
        if (name == QLatin1String(t.name))
            return QString::fromLatin1(t.title);
    }
    return {};
}

QString source(const QString &name)
{
    if (!names().contains(name))
        return {};
    QFile file(QStringLiteral(":/wirebench/scripts/templates/%1.js").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace wb::scripttemplates
