#include "scriptproblem.h"

#include <QJSEngine>
#include <QObject>

namespace wb {

QString ScriptProblem::text() const
{
    return line > 0 ? QObject::tr("line %1: %2").arg(line).arg(message) : message;
}

std::optional<ScriptProblem> ScriptProblem::fromLiveState(const QVariantMap &error)
{
    if (error.isEmpty())
        return std::nullopt;
    ScriptProblem problem;
    problem.line = error.value(QStringLiteral("line")).toInt();
    problem.column = error.value(QStringLiteral("column")).toInt();
    problem.message = error.value(QStringLiteral("message")).toString();
    problem.phase = error.value(QStringLiteral("phase")).toString();
    return problem;
}

SyntaxCheck::SyntaxCheck() = default;
SyntaxCheck::~SyntaxCheck() = default;

std::optional<ScriptProblem> SyntaxCheck::check(const QString &source)
{
    if (!m_engine)
        m_engine = std::make_unique<QJSEngine>();
    // The Function constructor parses its body and runs none of it: safe for any text. V4 says
    // only "Parse error" there, without a line.
    const QJSValue function = m_engine->globalObject().property(QStringLiteral("Function"));
    const QJSValue parsed = function.callAsConstructor({ QJSValue(source) });
    if (!parsed.isError())
        return std::nullopt;
    // The text is no function body, so it is no script either (a script's grammar is a function
    // body's, less `return`): evaluating it stops at its parse error, before anything runs, and
    // that error has the line.
    const QJSValue error = m_engine->evaluate(source, QStringLiteral("sketch.js"), 1);
    ScriptProblem problem;
    problem.phase = QStringLiteral("syntax");
    if (error.isError()) {
        problem.line = error.property(QStringLiteral("lineNumber")).toInt();
        problem.column = error.property(QStringLiteral("columnNumber")).toInt();
        problem.message = error.property(QStringLiteral("message")).toString();
    }
    if (problem.message.isEmpty())
        problem.message = parsed.property(QStringLiteral("message")).toString();
    return problem;
}

} // namespace wb
