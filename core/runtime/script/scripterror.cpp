#include "runtime/script/scripterror.h"

namespace wb {

QString ScriptError::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Load:
        return QStringLiteral("load");
    case Phase::Setup:
        return QStringLiteral("setup");
    case Phase::Loop:
        return QStringLiteral("loop");
    case Phase::Timer:
        return QStringLiteral("timer");
    case Phase::Runaway:
        return QStringLiteral("runaway");
    }
    return {};
}

QString ScriptError::text() const
{
    if (phase == Phase::Runaway) {
        QString text = QStringLiteral("runaway: interrupted after 1 s in ") + runawayIn;
        if (line > 0)
            text += QStringLiteral(" at line %1").arg(line);
        return text;
    }
    return line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(message) : message;
}

QVariantMap ScriptError::toMap() const
{
    return { { QStringLiteral("line"), line }, { QStringLiteral("column"), column },
        { QStringLiteral("message"), phase == Phase::Runaway ? text() : message },
        { QStringLiteral("phase"), phaseName(phase) } };
}

ScriptError ScriptError::fromMap(const QVariantMap &map)
{
    ScriptError error;
    const QString phase = map.value(QStringLiteral("phase")).toString();
    for (Phase p : { Phase::Load, Phase::Setup, Phase::Loop, Phase::Timer, Phase::Runaway }) {
        if (phaseName(p) == phase)
            error.phase = p;
    }
    error.line = map.value(QStringLiteral("line")).toInt();
    error.column = map.value(QStringLiteral("column")).toInt();
    error.message = map.value(QStringLiteral("message")).toString();
    return error;
}

} // namespace wb
