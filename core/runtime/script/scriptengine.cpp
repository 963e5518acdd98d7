#include "runtime/script/scriptengine.h"

#include "net/wireprotocol.h"
#include "runtime/script/scriptprelude.h"
#include "runtime/traffic.h"

#include <QJSEngine>
#include <array>

namespace wb {

namespace {

// The file name errors and stack frames give the sketch (what the prelude looks for).
QString sketchFile()
{
    return QStringLiteral("sketch.js");
}

// FNV-1a over the name's UTF-16: a hash that is the same in every process (qHash is not,
// with a random QT_HASH_SEED), so that a seeded run repeats.
quint64 stableHash(const QString &text)
{
    quint64 hash = 14695981039346656037ULL;
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

ScriptError errorFrom(const QJSValue &value, ScriptError::Phase phase)
{
    ScriptError error;
    error.phase = phase;
    if (value.isError()) {
        error.line = value.property(QStringLiteral("lineNumber")).toInt();
        error.message = value.property(QStringLiteral("name")).toString() + QStringLiteral(": ")
            + value.property(QStringLiteral("message")).toString();
    } else if (value.isObject() && value.hasProperty(QStringLiteral("message"))) {
        error.line = value.property(QStringLiteral("line")).toInt();
        error.message = value.property(QStringLiteral("message")).toString();
    } else {
        error.message = value.toString();
    }
    return error;
}

} // namespace

ScriptEngine::ScriptEngine(QObject *parent) : QObject(parent)
{ }

ScriptEngine::~ScriptEngine()
{
    m_jsForInterrupt.store(nullptr);
    // An engine still marked interrupted skips the collection its destructor makes, and all
    // that the sketch built would leak: clear the mark first.
    if (m_js)
        m_js->setInterrupted(false);
}

QStringList ScriptEngine::takeLog()
{
    const QMutexLocker lock(&m_logMutex);
    return std::exchange(m_log, {});
}

void ScriptEngine::flushLog()
{
    if (const QStringList lines = takeLog(); !lines.isEmpty())
        Q_EMIT logLines(lines);
}

void ScriptEngine::interrupt()
{
    if (QJSEngine *js = m_jsForInterrupt.load())
        js->setInterrupted(true);
}

void ScriptEngine::begin()
{
    if (m_depth == 0 && !m_hostCall)
        m_in = QStringLiteral("a then() callback"); // a reaction, called from the event loop
    if (m_depth++ == 0)
        m_busySinceNs.store(monotonicNs(), std::memory_order_relaxed);
}

void ScriptEngine::end()
{
    if (m_depth > 0 && --m_depth == 0) {
        m_busySinceNs.store(0, std::memory_order_relaxed);
        flushLog(); // the end of a reaction, which no call of the host's follows
    }
}

void ScriptEngine::load(const QString &source, const QVariantMap &params, const QString &nodeName)
{
    m_name = nodeName;
    m_js = new QJSEngine(this);
    m_jsForInterrupt.store(m_js);
    // No installExtensions(): no Qt object, no console of Qt's, no translation functions.
    QJSEngine::setObjectOwnership(this, QJSEngine::CppOwnership);
    const QJSValue prelude
        = m_js->evaluate(scriptprelude::source(), QStringLiteral("wirebench-prelude.js"));
    m_entries = prelude.call({ m_js->newQObject(this), m_js->globalObject(), source });
    if (m_entries.isError() || !m_entries.isObject()) {
        flushLog();
        Q_EMIT loadFailed(errorFrom(m_entries, ScriptError::Phase::Load));
        return;
    }
    m_dispatch = m_entries.property(QStringLiteral("dispatch"));
    m_fire = m_entries.property(QStringLiteral("fire"));
    m_settle = m_entries.property(QStringLiteral("settle"));

    QStringList trace;
    m_in = QStringLiteral("the sketch");
    m_hostCall = true;
    begin();
    const QJSValue result = m_js->evaluate(source, sketchFile(), 1, &trace);
    end();
    m_hostCall = false;
    if (checkInterrupted())
        return;
    if (result.isError() || !trace.isEmpty()) {
        ScriptError error = errorFrom(result, ScriptError::Phase::Load);
        if (error.line == 0 && !trace.isEmpty()) {
            // A thrown non-Error (throw "text"): its line from the stack's top frame.
            const qsizetype colon = trace.first().lastIndexOf(u':');
            error.line = colon < 0 ? 0 : trace.first().mid(colon + 1).toInt();
        }
        flushLog();
        Q_EMIT loadFailed(error);
        return;
    }
    QVariantMap all = params;
    all.insert(QStringLiteral("name"), nodeName);
    QJSValue failure;
    if (!call(m_entries.property(QStringLiteral("setup")), { m_js->toScriptValue(all) },
            QStringLiteral("setup()"), &failure))
        return;
    if (!failure.isNull() && !failure.isUndefined()) {
        flushLog();
        Q_EMIT loadFailed(errorFrom(failure, ScriptError::Phase::Setup));
        return;
    }
    m_loaded = true;
    flushLog();
    Q_EMIT loaded();
}

void ScriptEngine::dispatch(quint64 id, const QString &channel, const QString &message)
{
    if (!m_loaded || m_interrupted) {
        // Asked before the sketch failed to load (the node is going to its error state): the
        // message still gets its one ack.
        flushLog();
        Q_EMIT acked(id, wire::errorPrefix() + QStringLiteral("the sketch is not running"), true);
        return;
    }
    call(m_dispatch, { double(id), channel, message }, QStringLiteral("loop()"));
}

void ScriptEngine::fire(int timerId)
{
    if (!m_loaded || m_interrupted)
        return;
    call(m_fire, { timerId }, QStringLiteral("a timer"));
}

void ScriptEngine::settle(int streamId, bool ok, const QStringList &acks, const QString &error)
{
    if (!m_loaded || m_interrupted)
        return;
    call(m_settle, { streamId, ok, m_js->toScriptValue(acks), error },
        QStringLiteral("a then() callback"));
}

void ScriptEngine::reportInterrupt()
{
    if (m_js && !m_interrupted)
        checkInterrupted();
}

bool ScriptEngine::call(
    const QJSValue &entry, const QJSValueList &args, const QString &in, QJSValue *result)
{
    m_in = in;
    m_hostCall = true;
    begin();
    QJSValue value = entry.call(args);
    end();
    flushLog();
    m_hostCall = false;
    if (checkInterrupted())
        return false;
    if (result)
        *result = value;
    return true;
}

bool ScriptEngine::checkInterrupted()
{
    if (!m_js->isInterrupted())
        return false;
    const QString in = m_in.isEmpty() ? QStringLiteral("the sketch") : m_in;
    m_depth = 0;
    m_in.clear();
    m_busySinceNs.store(0);
    m_interrupted = true;
    m_js->setInterrupted(false);
    // Where it ran: the prelude keeps the function it last called; its first line is what the
    // report names (QJSEngine tells no line for an interrupted call).
    const int line = m_entries.property(QStringLiteral("where")).call().toInt();
    flushLog();
    Q_EMIT interrupted(in, line);
    return true;
}

void ScriptEngine::out(const QString &text)
{
    // Held until the next signal or the end of the call: one queued event for every line a
    // call logs, not one per line (what most of a logging sketch's cost would be).
    const QMutexLocker lock(&m_logMutex);
    m_log << text;
}

int ScriptEngine::stream(const QString &target, const QStringList &items, const QString &channel)
{
    const int id = m_nextStream++;
    flushLog();
    Q_EMIT streamRequested(id, target, items, channel);
    return id;
}

int ScriptEngine::addTimer(double ms, bool repeat)
{
    const int id = m_nextTimer++;
    flushLog();
    Q_EMIT timerRequested(id, qint64(std::min(ms, 1e12)), repeat);
    return id;
}

void ScriptEngine::clearTimer(int id)
{
    flushLog();
    Q_EMIT timerCleared(id);
}

double ScriptEngine::random()
{
    if (!m_random) {
        const quint64 seed = m_runSeed.load(std::memory_order_relaxed);
        const quint64 name = stableHash(m_name);
        const std::array<quint32, 4> words { quint32(seed), quint32(seed >> 32), quint32(name),
            quint32(name >> 32) };
        m_random.emplace(words.data(), qsizetype(words.size()));
    }
    return m_random->generateDouble();
}

void ScriptEngine::ack(double id, const QString &text)
{
    flushLog();
    Q_EMIT acked(quint64(id), text, false);
}

void ScriptEngine::loopError(double id, int line, const QString &message)
{
    ScriptError error { ScriptError::Phase::Loop, line, 0, message, {} };
    flushLog();
    Q_EMIT acked(quint64(id), wire::errorPrefix() + error.text(), true);
    flushLog();
    Q_EMIT errorReported(error);
}

void ScriptEngine::timerError(int line, const QString &message)
{
    flushLog();
    Q_EMIT errorReported({ ScriptError::Phase::Timer, line, 0, message, {} });
}

} // namespace wb
