// Functions written in place, where the sketch language allows them (see jstranslator.h): the
// function of setTimeout and setInterval, and the handlers of a Promise's then() and catch().
// Python has no statements inside an expression: each becomes a nested def written before the
// statement that holds it, and the expression refers to it by name.
#include "cli/jstranslator.h"

namespace wb::js {

bool Translator::functionHead(QStringList *params, bool *async, int line)
{
    if (isWord(QStringLiteral("async"))) {
        next();
        *async = true;
    }
    const auto parameterList = [&] {
        while (!acceptPunct(QStringLiteral(")"))) {
            if (isPunct(QStringLiteral("...")) || isPunct(QStringLiteral("{"))
                || isPunct(QStringLiteral("[")))
                refuse(QStringLiteral("a rest or destructuring parameter"));
            *params << expectIdentifier(QStringLiteral("a parameter name"));
            if (isPunct(QStringLiteral("=")))
                refuse(QStringLiteral("a default parameter value"));
            if (!isPunct(QStringLiteral(")")))
                expectPunct(QStringLiteral(","), QStringLiteral("between parameters"));
        }
    };
    if (isWord(QStringLiteral("function"))) {
        next();
        if (peek().kind == Token::Kind::Identifier)
            next(); // a named function expression: the name is not needed
        expectPunct(QStringLiteral("("), QStringLiteral("after function"));
        parameterList();
        return false;
    }
    if (peek().kind == Token::Kind::Identifier && isPunct(QStringLiteral("=>"), 1)) {
        *params << next().text;
        next();
        return true;
    }
    if (acceptPunct(QStringLiteral("("))) {
        parameterList();
        expectPunct(QStringLiteral("=>"), QStringLiteral("after an arrow function's parameters"));
        return true;
    }
    refuse(QStringLiteral("a function argument that is neither a function of the sketch nor "
                          "written in place"),
        line);
}

void Translator::arrowBody(
    const QStringList &params, bool async, const QString &key, QSet<QString> *nonlocals)
{
    Function function;
    function.outer = m_function;
    function.key = key;
    function.async = async;
    function.blocks.append(QHash<QString, QString>());
    function.inLoop.append(false);
    Function *saved = m_function;
    m_function = &function;
    for (const QString &p : params) {
        declare(p, peek().line);
        assignedType(key + u':' + p, Type::Other);
    }
    ++m_indent;
    const qsizetype first = m_lines.size();
    const Expr value = expression();
    emit(QStringLiteral("return ") + value.code);
    if (nonlocals) {
        *nonlocals += function.nonlocals;
    } else if (!function.nonlocals.isEmpty()) {
        QStringList names = function.nonlocals.values();
        names.sort();
        m_lines.insert(
            first, indentation() + QStringLiteral("nonlocal ") + names.join(QStringLiteral(", ")));
    }
    --m_indent;
    m_function = saved;
}

Expr Translator::callback(int line)
{
    // A top-level function by name.
    if (peek().kind == Token::Kind::Identifier && m_functions.contains(peek().text)
        && (isPunct(QStringLiteral(","), 1) || isPunct(QStringLiteral(")"), 1))) {
        Expr e;
        e.code = QStringLiteral("self.") + member(next().text);
        return e;
    }
    QStringList params;
    bool async = false;
    const bool arrow = functionHead(&params, &async, line);
    if (!m_hoistOk)
        refuse(QStringLiteral("a timer's function written inside a condition"), line);
    if (!m_function)
        fail(QStringLiteral("a timer outside a function"), line);
    const QString name = QStringLiteral("_callback_%1").arg(++m_callbacks);
    QStringList pythonParams;
    for (const QString &p : std::as_const(params))
        pythonParams << pythonName(p) + QStringLiteral("=None");
    emit(QStringLiteral("%1def %2(%3):")
             .arg(async ? QStringLiteral("async ") : QString(), name,
                 pythonParams.join(QStringLiteral(", "))));
    const bool savedHoist = m_hoistOk;
    if (arrow && !isPunct(QStringLiteral("{")))
        arrowBody(params, async, m_function->key + u'/' + name, nullptr);
    else
        functionBody(params, async, m_function->key + u'/' + name);
    m_hoistOk = savedHoist;
    Expr e;
    e.code = name;
    return e;
}

bool Translator::promiseHandler(
    int indent, const QString &key, QStringList *lines, QString *param, QSet<QString> *nonlocals)
{
    const int line = peek().line;
    if (isWord(QStringLiteral("null")) || isWord(QStringLiteral("undefined"))) {
        next();
        return false;
    }
    // A function of the sketch by name: called with the value.
    if (peek().kind == Token::Kind::Identifier && m_functions.contains(peek().text)
        && (isPunct(QStringLiteral(","), 1) || isPunct(QStringLiteral(")"), 1))) {
        const QString f = next().text;
        *param = QStringLiteral("_value");
        *lines = { QString(indent * 4, u' ') + QStringLiteral("return ")
            + (m_functions.value(f) ? QStringLiteral("await ") : QString())
            + QStringLiteral("self.") + member(f) + QStringLiteral("(_value)") };
        return true;
    }
    QStringList params;
    bool async = false;
    const bool arrow = functionHead(&params, &async, line);
    if (params.size() > 1)
        refuse(QStringLiteral("a Promise handler with more than one parameter"), line);
    const int savedIndent = m_indent;
    const qsizetype first = m_lines.size();
    m_indent = indent - 1;
    if (arrow && !isPunct(QStringLiteral("{")))
        arrowBody(params, async, key, nonlocals);
    else
        functionBody(params, async, key, nonlocals);
    m_indent = savedIndent;
    *lines = m_lines.mid(first);
    m_lines.resize(first);
    *param = params.isEmpty() ? QString() : pythonName(params.first());
    return true;
}

Expr Translator::promiseCall(const Expr &promise, const QString &method, int line)
{
    if (!m_hoistOk)
        refuse(QStringLiteral(".%1() inside a condition").arg(method), line);
    if (!m_function)
        fail(QStringLiteral(".%1() outside a function").arg(method), line);
    const QString name = QStringLiteral("_%1_%2").arg(method).arg(++m_callbacks);
    const QString key = m_function->key + u'/' + name;
    const bool savedHoist = m_hoistOk;
    expectPunct(QStringLiteral("("), QString());
    QStringList fulfilled, rejected;
    QString value, error;
    QSet<QString> nonlocals;
    bool onFulfilled = false, onRejected = false;
    if (method == u"then") {
        onFulfilled = promiseHandler(m_indent + 1, key, &fulfilled, &value, &nonlocals);
        if (acceptPunct(QStringLiteral(",")))
            onRejected = promiseHandler(m_indent + 2, key, &rejected, &error, &nonlocals);
    } else {
        onRejected = promiseHandler(m_indent + 2, key, &rejected, &error, &nonlocals);
    }
    if (isPunct(QStringLiteral(",")))
        refuse(QStringLiteral(".%1() with more arguments").arg(method), line);
    expectPunct(QStringLiteral(")"), QStringLiteral("after .%1()'s arguments").arg(method));
    m_hoistOk = savedHoist;

    // async def _then_N(_promise): the value (or the error) handed to the handler's body;
    // what the body returns resolves the Promise it makes, what it raises rejects it.
    emit(QStringLiteral("async def %1(_promise):").arg(name));
    ++m_indent;
    if (!nonlocals.isEmpty()) {
        QStringList names = nonlocals.values();
        names.sort();
        emit(QStringLiteral("nonlocal ") + names.join(QStringLiteral(", ")));
    }
    const QString awaited = QStringLiteral("await js_resolve(_promise)");
    const QString take = !onFulfilled ? QStringLiteral("return ") + awaited
        : value.isEmpty()             ? awaited
                                      : value + QStringLiteral(" = ") + awaited;
    if (onRejected) {
        emit(QStringLiteral("try:"));
        ++m_indent;
        emit(take);
        --m_indent;
        emit(QStringLiteral("except Exception as _e:"));
        ++m_indent;
        emit((error.isEmpty() ? QStringLiteral("_error") : error)
            + QStringLiteral(" = js_error(_e)"));
        m_lines << rejected;
        // A body that falls through resolves with undefined, and must not go on to the value's.
        if (rejected.isEmpty()
            || !rejected.last().startsWith(indentation() + QStringLiteral("return ")))
            emit(QStringLiteral("return None"));
        --m_indent;
    } else {
        emit(take);
    }
    m_lines << fulfilled;
    --m_indent;
    Expr e;
    e.code = QStringLiteral("asyncio.ensure_future(%1(%2))").arg(name, promise.code);
    e.awaitable = true;
    e.awaits = promise.awaits;
    return e;
}

} // namespace wb::js
