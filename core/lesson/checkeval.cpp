#include "lesson/checkeval.h"

#include "runtime/traffic.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace wb::checklanguage {

namespace {

using Type = TrafficEvent::Type;

// A value while the run goes on: Settled ones can no longer change, Rising numbers only grow
// (counts, maxima), Open ones may still go either way.
struct Value
{
    enum class Kind { Number, Text, Truth, None };
    enum class Trend { Settled, Rising, Open };
    Kind kind = Kind::None;
    double number = 0;
    QString text;
    bool truth = false;
    Trend trend = Trend::Open;
    QString detail;
};

QString numberText(double n)
{
    if (std::isfinite(n) && n == std::floor(n) && std::abs(n) < 1e15)
        return QString::number(qint64(n));
    return QString::number(n, 'g', 4);
}

QString valueText(const Value &v)
{
    switch (v.kind) {
    case Value::Kind::Number:
        return numberText(v.number);
    case Value::Kind::Text:
        return u'"' + v.text + u'"';
    case Value::Kind::Truth:
        return v.truth ? QStringLiteral("true") : QStringLiteral("false");
    case Value::Kind::None:
        break;
    }
    return QCoreApplication::translate("wb::Lesson", "nothing yet");
}

QString seconds(qint64 ns)
{
    return QString::number(double(ns) / 1e9, 'f', 2) + QStringLiteral(" s");
}

Value truthOf(bool truth, bool settled, const QString &detail)
{
    Value v;
    v.kind = Value::Kind::Truth;
    v.truth = truth;
    v.trend = settled ? Value::Trend::Settled : Value::Trend::Open;
    v.detail = detail;
    return v;
}

std::optional<Type> trafficType(const QString &name)
{
    static const QHash<QString, Type> types { { QStringLiteral("sent"), Type::Sent },
        { QStringLiteral("acked"), Type::AckReceived }, { QStringLiteral("failed"), Type::Failed },
        { QStringLiteral("received"), Type::Received },
        { QStringLiteral("ack_sent"), Type::AckSent }, { QStringLiteral("held"), Type::Held },
        { QStringLiteral("released"), Type::Released },
        { QStringLiteral("delayed"), Type::Delayed }, { QStringLiteral("dropped"), Type::Dropped },
        { QStringLiteral("duplicated"), Type::Duplicated } };
    const auto it = types.constFind(name);
    if (it == types.cend())
        return std::nullopt;
    return *it;
}

// A value inside a live-state map by its dotted path ("ring.successors.0").
QVariant liveValue(const QVariantMap &live, const QString &path)
{
    QVariant at = live;
    for (const QString &part : path.split(u'.')) {
        if (at.typeId() == QMetaType::QVariantMap) {
            const QVariantMap map = at.toMap();
            if (!map.contains(part))
                return {};
            at = map.value(part);
        } else if (at.typeId() == QMetaType::QVariantList) {
            bool ok = false;
            const int index = part.toInt(&ok);
            const QVariantList list = at.toList();
            if (!ok || index < 0 || index >= list.size())
                return {};
            at = list.at(index);
        } else {
            return {};
        }
    }
    return at;
}

bool isNumeric(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool sameValue(const QVariant &actual, const QVariant &wanted)
{
    if (wanted.typeId() == QMetaType::Double)
        return isNumeric(actual) && actual.toDouble() == wanted.toDouble();
    if (wanted.typeId() == QMetaType::Bool)
        return actual.typeId() == QMetaType::Bool && actual.toBool() == wanted.toBool();
    return actual.toString() == wanted.toString();
}

bool regexMatches(const QString &pattern, const QString &text)
{
    static QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(pattern));
    return it->match(text).hasMatch();
}

QString filterValue(const CheckExpr &p, const char *key)
{
    for (const auto &[k, v] : p.filters) {
        if (k == QLatin1String(key))
            return v.toString();
    }
    return {};
}

QList<const LessonEvent *> matching(const CheckExpr &p, const QList<LessonEvent> &events)
{
    QList<const LessonEvent *> out;
    for (const LessonEvent &e : events) {
        if (matches(p, e))
            out << &e;
    }
    return out;
}

class Evaluator
{
public:
    Evaluator(const QList<LessonEvent> &events, qint64 nowNs, bool ended)
        : m_events(events), m_now(nowNs), m_ended(ended)
    { }

    Value eval(const CheckExpr &e) const
    {
        Value v = evalRaw(e);
        if (m_ended)
            v.trend = Value::Trend::Settled;
        return v;
    }

private:
    Value evalRaw(const CheckExpr &e) const
    {
        switch (e.op) {
        case CheckExpr::Op::Number: {
            Value v;
            v.kind = Value::Kind::Number;
            v.number = e.number;
            v.trend = Value::Trend::Settled;
            return v;
        }
        case CheckExpr::Op::Text: {
            Value v;
            v.kind = Value::Kind::Text;
            v.text = e.text;
            v.trend = Value::Trend::Settled;
            return v;
        }
        case CheckExpr::Op::Truth:
            return truthOf(e.truth, true, {});
        case CheckExpr::Op::Pattern:
            return {}; // only ever an argument, read by the functions
        case CheckExpr::Op::Not: {
            Value v = eval(*e.args.first());
            v.truth = !v.truth;
            return v;
        }
        case CheckExpr::Op::And:
        case CheckExpr::Op::Or:
            return junction(e.args, e.op == CheckExpr::Op::And);
        case CheckExpr::Op::Compare:
            return compare(e);
        case CheckExpr::Op::Call:
            return call(e);
        }
        return {};
    }

    Value junction(const QList<CheckExprPtr> &args, bool all) const
    {
        bool value = all;
        bool settled = true;
        QStringList details;
        for (const CheckExprPtr &a : args) {
            const Value v = eval(*a);
            const bool isSettled = v.trend == Value::Trend::Settled;
            if (isSettled && v.truth != all) // the deciding part
                return truthOf(!all, true, v.detail);
            if (!isSettled)
                settled = false;
            if (v.truth != all)
                value = !all;
            if (!v.detail.isEmpty())
                details << v.detail;
        }
        return truthOf(value, settled, details.join(QStringLiteral("; ")));
    }

    Value compare(const CheckExpr &e) const
    {
        const Value l = eval(*e.args.at(0));
        const Value r = eval(*e.args.at(1));
        QString op = e.text;
        QString detail;
        if (e.args.at(0)->op != CheckExpr::Op::Number && e.args.at(0)->op != CheckExpr::Op::Text)
            detail = l.detail.isEmpty()
                ? e.args.at(0)->source + QStringLiteral(" is ") + valueText(l)
                : l.detail;
        detail += (detail.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("wanted ")
            + op + u' '
            + (e.args.at(1)->op == CheckExpr::Op::Number || e.args.at(1)->op == CheckExpr::Op::Text
                    ? valueText(r)
                    : e.args.at(1)->source + QStringLiteral(" (") + valueText(r) + u')');
        if (l.kind == Value::Kind::None || r.kind == Value::Kind::None)
            return truthOf(false, m_ended, detail);
        bool result = false;
        if (l.kind == Value::Kind::Number && r.kind == Value::Kind::Number) {
            const double a = l.number;
            const double b = r.number;
            result = op == QLatin1String("==") ? a == b
                : op == QLatin1String("!=")    ? a != b
                : op == QLatin1String("<")     ? a < b
                : op == QLatin1String("<=")    ? a <= b
                : op == QLatin1String(">")     ? a > b
                                               : a >= b;
        } else {
            const QString a = l.kind == Value::Kind::Number ? numberText(l.number) : l.text;
            const QString b = r.kind == Value::Kind::Number ? numberText(r.number) : r.text;
            result = op == QLatin1String("==") ? a == b
                : op == QLatin1String("!=")    ? a != b
                                               : false;
        }
        bool settled = l.trend == Value::Trend::Settled && r.trend == Value::Trend::Settled;
        // A growing number against a fixed one decides some comparisons early.
        const bool leftRises = l.trend == Value::Trend::Rising && r.trend == Value::Trend::Settled;
        const bool rightRises = r.trend == Value::Trend::Rising && l.trend == Value::Trend::Settled;
        if (!settled && (leftRises || rightRises) && l.kind == Value::Kind::Number
            && r.kind == Value::Kind::Number) {
            const double rising = leftRises ? l.number : r.number;
            const double fixed = leftRises ? r.number : l.number;
            if (rightRises) { // a op b  <=>  b op' a
                static const QHash<QString, QString> mirror { { QStringLiteral("<"),
                                                                  QStringLiteral(">") },
                    { QStringLiteral("<="), QStringLiteral(">=") },
                    { QStringLiteral(">"), QStringLiteral("<") },
                    { QStringLiteral(">="), QStringLiteral("<=") } };
                op = mirror.value(op, op);
            }
            if (op == QLatin1String(">=") || op == QLatin1String(">"))
                settled = result;
            else if (op == QLatin1String("<=") || op == QLatin1String("<"))
                settled = !result;
            else // == and != are decided once the rising side went past
                settled = rising > fixed;
        }
        return truthOf(result, settled, detail);
    }

    Value call(const CheckExpr &e) const
    {
        const QString &f = e.name;
        if (f == QLatin1String("all") || f == QLatin1String("any"))
            return junction(e.args, f == QLatin1String("all"));
        if (f == QLatin1String("within"))
            return within(eval(*e.args.at(0)).number, *e.args.at(1), *e.args.at(2));
        if (f == QLatin1String("before"))
            return before(*e.args.at(0), *e.args.at(1));
        const CheckExpr &p = *e.args.first();
        const QList<const LessonEvent *> found = matching(p, m_events);
        Value v;
        if (f == QLatin1String("count")) {
            v.kind = Value::Kind::Number;
            v.number = double(found.size());
            v.trend = Value::Trend::Rising;
            v.detail = QStringLiteral("%1 %2").arg(found.size()).arg(p.source);
        } else if (f == QLatin1String("max")) {
            const QString key = filterValue(p, "key");
            v.trend = Value::Trend::Rising;
            for (const LessonEvent *ev : found) {
                const QVariant x = liveValue(ev->live, key);
                if (!isNumeric(x))
                    continue;
                if (v.kind == Value::Kind::None || x.toDouble() > v.number)
                    v.number = x.toDouble();
                v.kind = Value::Kind::Number;
            }
            v.detail = QCoreApplication::translate("wb::Lesson", "the highest %1 was %2")
                           .arg(p.source, valueText(v));
        } else if (f == QLatin1String("last")) {
            if (!found.isEmpty()) {
                const LessonEvent *ev = found.last();
                const QVariant x = p.name == QLatin1String("live")
                    ? liveValue(ev->live, filterValue(p, "key"))
                    : QVariant(ev->text);
                v.kind = isNumeric(x) ? Value::Kind::Number : Value::Kind::Text;
                v.number = x.toDouble();
                v.text = x.toString();
            }
            v.detail = QCoreApplication::translate("wb::Lesson", "the last %1 was %2")
                           .arg(p.source, valueText(v));
        } else if (f == QLatin1String("time")) {
            if (!found.isEmpty()) {
                v.kind = Value::Kind::Number;
                v.number = double(found.first()->runNs) / 1e9;
                v.trend = Value::Trend::Settled;
            }
            v.detail = found.isEmpty()
                ? QCoreApplication::translate("wb::Lesson", "no %1 yet").arg(p.source)
                : QCoreApplication::translate("wb::Lesson", "first %1 at %2")
                      .arg(p.source, seconds(found.first()->runNs));
        } else if (f == QLatin1String("unacked")) {
            QSet<quint64> sent;
            for (const LessonEvent *ev : found)
                sent.insert(ev->messageId);
            QSet<quint64> acked;
            for (const LessonEvent &ev : m_events) {
                if (ev.kind == LessonEvent::Kind::Traffic && ev.type == int(Type::AckReceived)
                    && !ev.text.startsWith(QLatin1String("error")) && sent.contains(ev.messageId))
                    acked.insert(ev.messageId);
            }
            v.kind = Value::Kind::Number;
            v.number = double(sent.size() - acked.size());
            v.detail = QCoreApplication::translate(
                "wb::Lesson", "%1 of %2 messages (%3) not acknowledged")
                           .arg(sent.size() - acked.size())
                           .arg(sent.size())
                           .arg(p.source);
        }
        return v;
    }

    Value within(double limitSeconds, const CheckExpr &trigger, const CheckExpr &outcome) const
    {
        const qint64 limitNs = qint64(limitSeconds * 1e9);
        const LessonEvent *first = nullptr;
        for (const LessonEvent &e : m_events) {
            if (matches(trigger, e)) {
                first = &e;
                break;
            }
        }
        if (!first)
            return truthOf(false, m_ended,
                QCoreApplication::translate("wb::Lesson", "%1 never happened").arg(trigger.source));
        for (const LessonEvent &e : m_events) {
            if (e.runNs < first->runNs || !matches(outcome, e))
                continue;
            const qint64 took = e.runNs - first->runNs;
            return truthOf(took <= limitNs, true,
                QCoreApplication::translate("wb::Lesson", "%1 at %2, %3 %4 later (limit %5)")
                    .arg(trigger.source, seconds(first->runNs), outcome.source, seconds(took),
                        seconds(limitNs)));
        }
        const bool late = m_now - first->runNs > limitNs;
        return truthOf(false, late || m_ended,
            QCoreApplication::translate("wb::Lesson", "%1 at %2, no %3 within %4")
                .arg(trigger.source, seconds(first->runNs), outcome.source, seconds(limitNs)));
    }

    Value before(const CheckExpr &a, const CheckExpr &b) const
    {
        const auto firstOf = [this](const CheckExpr &p) -> const LessonEvent * {
            for (const LessonEvent &e : m_events) {
                if (matches(p, e))
                    return &e;
            }
            return nullptr;
        };
        const LessonEvent *ea = firstOf(a);
        const LessonEvent *eb = firstOf(b);
        if (ea && (!eb || ea->runNs <= eb->runNs))
            return truthOf(true, true,
                QCoreApplication::translate("wb::Lesson", "%1 came first, at %2")
                    .arg(a.source, seconds(ea->runNs)));
        if (eb)
            return truthOf(false, true,
                QCoreApplication::translate("wb::Lesson", "%1 came first, at %2")
                    .arg(b.source, seconds(eb->runNs)));
        return truthOf(
            false, m_ended, QCoreApplication::translate("wb::Lesson", "neither happened"));
    }

    const QList<LessonEvent> &m_events;
    qint64 m_now;
    bool m_ended;
};

} // namespace

bool matches(const CheckExpr &p, const LessonEvent &e)
{
    if (const auto type = trafficType(p.name)) {
        if (e.kind != LessonEvent::Kind::Traffic || e.type != int(*type))
            return false;
        // An extra ack (of a duplicate or a retry) is acked only when asked for.
        const bool wantsDuplicates = std::any_of(p.filters.cbegin(), p.filters.cend(),
            [](const auto &kv) { return kv.first == QLatin1String("duplicate"); });
        if (*type == Type::AckReceived && e.duplicate && !wantsDuplicates)
            return false;
    } else {
        static const QHash<QString, LessonEvent::Kind> kinds { { QStringLiteral("log"),
                                                                   LessonEvent::Kind::Log },
            { QStringLiteral("live"), LessonEvent::Kind::Live },
            { QStringLiteral("state"), LessonEvent::Kind::State },
            { QStringLiteral("fault"), LessonEvent::Kind::Fault },
            { QStringLiteral("finished"), LessonEvent::Kind::Finished } };
        if (e.kind != kinds.value(p.name))
            return false;
    }
    QString key;
    for (const auto &[k, v] : p.filters) {
        if (k == QLatin1String("key"))
            key = v.toString();
    }
    if (e.kind == LessonEvent::Kind::Live && !key.isEmpty() && !liveValue(e.live, key).isValid())
        return false;
    for (const auto &[k, v] : p.filters) {
        bool ok = true;
        if (k == QLatin1String("node"))
            ok = e.node == v.toString();
        else if (k == QLatin1String("from"))
            ok = e.from == v.toString();
        else if (k == QLatin1String("to"))
            ok = e.to == v.toString();
        else if (k == QLatin1String("text"))
            ok = e.text == v.toString();
        else if (k == QLatin1String("contains"))
            ok = e.text.contains(v.toString());
        else if (k == QLatin1String("matches"))
            ok = regexMatches(v.toString(), e.text);
        else if (k == QLatin1String("retry"))
            ok = (e.attempt > 1) == v.toBool();
        else if (k == QLatin1String("duplicate"))
            ok = e.duplicate == v.toBool();
        else if (k == QLatin1String("ok"))
            ok = e.ok == v.toBool();
        else if (k == QLatin1String("is"))
            ok = e.kind == LessonEvent::Kind::Live ? sameValue(liveValue(e.live, key), v)
                                                   : e.text == v.toString();
        if (!ok)
            return false;
    }
    return true;
}

Verdict evaluate(const CheckExpr &check, const QList<LessonEvent> &events, qint64 nowNs, bool ended)
{
    const Value v = Evaluator(events, nowNs, ended).eval(check);
    Verdict verdict;
    verdict.detail = v.detail;
    if (v.trend == Value::Trend::Settled || ended)
        verdict.state = v.truth ? CheckOutcome::State::Passed : CheckOutcome::State::Failed;
    return verdict;
}

} // namespace wb::checklanguage
