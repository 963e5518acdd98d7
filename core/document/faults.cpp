#include "document/faults.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace wb::faults {

namespace {

// Numbers in errors and badges are written the way the file writes them: C locale, no
// trailing zeros, no exponent for the sizes that occur.
QString number(double value)
{
    return QLocale::c().toString(value, 'g', 12);
}

QString percent(double probability)
{
    return QLocale::c().toString(probability * 100, 'g', 3) + QStringLiteral(" %");
}

QString milliseconds(double ms)
{
    return QLocale::c().toString(ms, 'g', 6);
}

QString checkProbability(double value, const QString &field)
{
    if (!std::isfinite(value) || value < 0 || value > 1)
        return field
            + QCoreApplication::translate(
                "wb::CircuitFormat", ": %1 is not a probability from 0 to 1")
                  .arg(number(value));
    return {};
}

QString checkMilliseconds(double value, const QString &field, const char *what)
{
    if (!std::isfinite(value) || value < 0 || value > kMaxDelayMs) {
        return field
            + QCoreApplication::translate("wb::CircuitFormat", ": %1 is not a %2 from 0 to %3 ms")
                  .arg(number(value), QLatin1String(what), number(kMaxDelayMs));
    }
    return {};
}

QString join(const QString &where, const char *field)
{
    if (where.isEmpty())
        return QLatin1String(field);
    return where + u'.' + QLatin1String(field);
}

} // namespace

QString validate(const DirectionFaults &rule, const QString &where)
{
    QString error = checkProbability(rule.drop, join(where, "drop"));
    if (error.isEmpty())
        error = checkProbability(rule.duplicate, join(where, "duplicate"));
    if (error.isEmpty())
        error = checkMilliseconds(rule.delayMs, join(where, "delay_ms"), "delay");
    if (error.isEmpty())
        error = checkMilliseconds(rule.jitterMs, join(where, "jitter_ms"), "jitter");
    if (error.isEmpty() && rule.jitter != DirectionFaults::Jitter::Uniform
        && rule.jitter != DirectionFaults::Jitter::Normal) {
        error = join(where, "jitter")
            + QCoreApplication::translate("wb::CircuitFormat", ": not uniform or normal");
    }
    return error;
}

QString validate(const WireFaults &rules)
{
    if (QString error = validate(rules.message, QStringLiteral("message")); !error.isEmpty())
        return error;
    if (QString error = validate(rules.ack, QStringLiteral("ack")); !error.isEmpty())
        return error;
    if (rules.ackTimeoutMs < 0 || rules.ackTimeoutMs > kMaxAckTimeoutMs) {
        return QCoreApplication::translate("wb::CircuitFormat",
            "ack_timeout_ms: %1 is not a timeout from 0 (the default) to %2 ms")
            .arg(rules.ackTimeoutMs)
            .arg(kMaxAckTimeoutMs);
    }
    if (rules.retries < 0 || rules.retries > kMaxRetries) {
        return QCoreApplication::translate(
            "wb::CircuitFormat", "retries: %1 is not a number of retries from 0 to %2")
            .arg(rules.retries)
            .arg(kMaxRetries);
    }
    return {};
}

QString validate(const ScheduledFault &fault)
{
    if (fault.atMs < 0 || fault.atMs > kMaxScheduleMs) {
        return QCoreApplication::translate(
            "wb::CircuitFormat", "at_ms: %1 is not a run time from 0 to %2 ms")
            .arg(fault.atMs)
            .arg(kMaxScheduleMs);
    }
    if (fault.forMs < 0 || fault.forMs > kMaxScheduleMs) {
        return QCoreApplication::translate(
            "wb::CircuitFormat", "for_ms: %1 is not a duration from 0 to %2 ms")
            .arg(fault.forMs)
            .arg(kMaxScheduleMs);
    }
    if (fault.action == ScheduledFault::Action::Restart && fault.forMs != 0)
        return QCoreApplication::translate(
            "wb::CircuitFormat", "for_ms: a restart comes back at once: leave for_ms out");
    if (actionName(fault.action).isEmpty())
        return QCoreApplication::translate(
            "wb::CircuitFormat", "action: not crash, hang or restart");
    return {};
}

QString actionName(ScheduledFault::Action action)
{
    switch (action) {
    case ScheduledFault::Action::Crash:
        return QStringLiteral("crash");
    case ScheduledFault::Action::Hang:
        return QStringLiteral("hang");
    case ScheduledFault::Action::Restart:
        return QStringLiteral("restart");
    }
    return {};
}

bool actionFromName(const QString &name, ScheduledFault::Action *action)
{
    for (auto a : { ScheduledFault::Action::Crash, ScheduledFault::Action::Hang,
             ScheduledFault::Action::Restart }) {
        if (actionName(a) == name) {
            if (action)
                *action = a;
            return true;
        }
    }
    return false;
}

QString jitterName(DirectionFaults::Jitter jitter)
{
    switch (jitter) {
    case DirectionFaults::Jitter::Uniform:
        return QStringLiteral("uniform");
    case DirectionFaults::Jitter::Normal:
        return QStringLiteral("normal");
    }
    return {};
}

bool jitterFromName(const QString &name, DirectionFaults::Jitter *jitter)
{
    for (auto j : { DirectionFaults::Jitter::Uniform, DirectionFaults::Jitter::Normal }) {
        if (jitterName(j) == name) {
            if (jitter)
                *jitter = j;
            return true;
        }
    }
    return false;
}

namespace {

// "✕30 %  +50±10 ms  ×2 5 %": ± is a uniform half-width, σ a normal standard deviation.
QStringList directionParts(const DirectionFaults &rule)
{
    QStringList parts;
    if (rule.drop > 0)
        parts << QStringLiteral("✕") + percent(rule.drop);
    if (rule.delayMs > 0 || rule.jitterMs > 0) {
        QString delay = u'+' + milliseconds(rule.delayMs);
        if (rule.jitterMs > 0) {
            delay += QChar(rule.jitter == DirectionFaults::Jitter::Normal ? u'σ' : u'±');
            delay += milliseconds(rule.jitterMs);
        }
        parts << delay + QStringLiteral(" ms");
    }
    if (rule.duplicate > 0)
        parts << QStringLiteral("×2 ") + percent(rule.duplicate);
    return parts;
}

} // namespace

QString summary(const WireFaults &rules)
{
    QStringList parts = directionParts(rules.message);
    // Rules on the acks are told apart by an "ack" prefix; they are rarer.
    const QStringList ack = directionParts(rules.ack);
    if (!ack.isEmpty())
        parts << QStringLiteral("ack ") + ack.join(QStringLiteral(" "));
    if (rules.retries > 0)
        parts << QStringLiteral("↻%1").arg(rules.retries);
    if (rules.ackTimeoutMs > 0)
        parts << QCoreApplication::translate("wb::CircuitFormat", "timeout %1 ms")
                     .arg(rules.ackTimeoutMs); // ⌛: no common font has it
    if (rules.cut)
        parts << QStringLiteral("cut");
    return parts.join(QStringLiteral("  "));
}

} // namespace wb::faults
