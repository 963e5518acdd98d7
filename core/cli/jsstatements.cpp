// The statements of the sketch language as Python (see jstranslator.h): declarations, if,
// while, for, return, break and continue, and the one-line statements (assignments, ++, calls).
#include "cli/jstranslator.h"

namespace wb::js {

void Translator::statement()
{
    const Token &t = peek();
    if (t.kind == Token::Kind::Punctuator) {
        if (t.text == u'{') {
            block();
            return;
        }
        if (t.text == u';') {
            next();
            return;
        }
    }
    if (t.kind == Token::Kind::Identifier) {
        const QString &w = t.text;
        if (w == u"var" || w == u"let" || w == u"const")
            return variableDeclaration(false);
        if (w == u"if")
            return ifStatement();
        if (w == u"while")
            return whileStatement();
        if (w == u"for")
            return forStatement();
        if (w == u"return")
            return returnStatement();
        if (w == u"break" || w == u"continue")
            return jumpStatement(w == u"break");
        if (w == u"function" || (w == u"async" && isWord(QStringLiteral("function"), 1)))
            refuse(QStringLiteral("a function declared inside a block or function (declare it "
                                  "at the top level)"));
        static const QHash<QString, QString> refused { { "do", "do ... while" },
            { "switch", "switch" }, { "try", "try ... catch" }, { "throw", "throw" },
            { "class", "class" }, { "with", "with" }, { "import", "import" },
            { "export", "export" }, { "yield", "yield" }, { "delete", "delete" },
            { "debugger", "debugger" } };
        if (refused.contains(w))
            refuse(refused.value(w));
        if (isPunct(QStringLiteral(":"), 1))
            refuse(QStringLiteral("a label"));
    }
    expressionStatement();
}

void Translator::block()
{
    expectPunct(QStringLiteral("{"), QString());
    openBlock();
    while (!acceptPunct(QStringLiteral("}"))) {
        if (peek().kind == Token::Kind::End)
            fail(QStringLiteral("a block that never ends (no closing '}')"));
        statement();
    }
    closeBlock();
}

void Translator::statementOrBlock()
{
    ++m_indent;
    const qsizetype first = m_lines.size();
    openBlock();
    statement();
    closeBlock();
    if (m_lines.size() == first)
        emit(QStringLiteral("pass"));
    --m_indent;
}

void Translator::variableDeclaration(bool topLevel, bool inFor)
{
    next(); // var, let or const
    for (;;) {
        const int line = peek().line;
        if (isPunct(QStringLiteral("[")) || isPunct(QStringLiteral("{")))
            refuse(QStringLiteral("a destructuring declaration"));
        const QString name = expectIdentifier(QStringLiteral("a variable name"));
        Expr value;
        value.code = QStringLiteral("None");
        value.nullish = true;
        if (acceptPunct(QStringLiteral("="))) {
            m_hoistOk = true;
            value = expression();
            m_hoistOk = false;
        }
        if (topLevel) {
            m_globals.insert(name);
            assignedType(QStringLiteral("g:") + name, value.type);
            emit(QStringLiteral("self.%1 = %2").arg(member(name), value.code));
        } else {
            const QString python = declare(name, line);
            assignedType(m_function->key + u':' + name, value.type);
            emit(python + QStringLiteral(" = ") + value.code);
        }
        if (!acceptPunct(QStringLiteral(",")))
            break;
    }
    if (!inFor) // for (let i = 0; ...): the caller reads the ';'
        endStatement();
}

void Translator::ifStatement(bool elif)
{
    next(); // if
    expectPunct(QStringLiteral("("), QStringLiteral("after if"));
    const Expr test = expression();
    expectPunct(QStringLiteral(")"), QStringLiteral("after the if's condition"));
    emit((elif ? QStringLiteral("elif ") : QStringLiteral("if ")) + condition(test) + u':');
    statementOrBlock();
    if (!isWord(QStringLiteral("else")))
        return;
    next();
    if (isWord(QStringLiteral("if")))
        return ifStatement(true);
    emit(QStringLiteral("else:"));
    statementOrBlock();
}

void Translator::whileStatement()
{
    next(); // while
    expectPunct(QStringLiteral("("), QStringLiteral("after while"));
    const Expr test = expression();
    expectPunct(QStringLiteral(")"), QStringLiteral("after the while's condition"));
    emit(QStringLiteral("while ") + condition(test) + u':');
    m_function->loopUpdates << QString();
    statementOrBlock();
    m_function->loopUpdates.removeLast();
}

void Translator::forStatement()
{
    const int line = next().line; // for
    expectPunct(QStringLiteral("("), QStringLiteral("after for"));
    openBlock();
    const bool declares = isWord(QStringLiteral("var")) || isWord(QStringLiteral("let"))
        || isWord(QStringLiteral("const"));
    const int nameAt = declares ? 1 : 0;
    if (peek(nameAt).kind == Token::Kind::Identifier && isWord(QStringLiteral("in"), nameAt + 1))
        refuse(QStringLiteral("for (... in ...)"), line);
    if (peek(nameAt).kind == Token::Kind::Identifier && isWord(QStringLiteral("of"), nameAt + 1)) {
        if (declares)
            next();
        const QString name = next().text;
        next(); // of
        const Expr iterable = expression();
        expectPunct(QStringLiteral(")"), QStringLiteral("after for (... of ...)"));
        Expr target = declares ? Expr() : variable(name, line);
        const QString python = declares ? declare(name, line) : target.code;
        if (!declares && target.place != Expr::Place::Variable)
            refuse(QStringLiteral("for (... of ...) into an attribute"), line);
        assignedType(declares ? m_function->key + u':' + name : target.variableKey, Type::Other);
        emit(QStringLiteral("for %1 in %2:").arg(python, wrap(iterable, 7)));
        m_function->loopUpdates << QString();
        statementOrBlock();
        m_function->loopUpdates.removeLast();
        closeBlock();
        return;
    }
    if (declares) {
        variableDeclaration(false, true);
    } else if (!isPunct(QStringLiteral(";"))) {
        m_hoistOk = false;
        emit(simpleStatement());
    }
    expectPunct(QStringLiteral(";"), QStringLiteral("after the for's first part"));
    Expr test;
    test.code = QStringLiteral("True");
    test.type = Type::Bool;
    if (!isPunct(QStringLiteral(";")))
        test = expression();
    expectPunct(QStringLiteral(";"), QStringLiteral("after the for's condition"));
    QString update;
    if (!isPunct(QStringLiteral(")")))
        update = simpleStatement();
    if (isPunct(QStringLiteral(",")))
        refuse(QStringLiteral("the comma operator"));
    expectPunct(QStringLiteral(")"), QStringLiteral("after the for's last part"));
    emit(QStringLiteral("while ") + condition(test) + u':');
    m_function->loopUpdates << update;
    const qsizetype first = m_lines.size();
    statementOrBlock();
    if (!update.isEmpty()) {
        if (m_lines.size() == first + 1 && m_lines.last().trimmed() == u"pass")
            m_lines.removeLast();
        ++m_indent;
        emit(update);
        --m_indent;
    }
    m_function->loopUpdates.removeLast();
    closeBlock();
}

void Translator::returnStatement()
{
    const int line = next().line; // return
    if (m_function->key == u"load")
        fail(QStringLiteral("return outside a function"), line);
    if (isPunct(QStringLiteral(";")) || isPunct(QStringLiteral("}"))
        || peek().kind == Token::Kind::End || peek().newlineBefore) {
        emit(QStringLiteral("return None"));
        acceptPunct(QStringLiteral(";"));
        return;
    }
    m_hoistOk = true;
    const Expr value = expression();
    m_hoistOk = false;
    emit(QStringLiteral("return ") + value.code);
    endStatement();
}

void Translator::jumpStatement(bool isBreak)
{
    const int line = next().line;
    if (peek().kind == Token::Kind::Identifier && !peek().newlineBefore)
        refuse(QStringLiteral("a labelled break or continue"), line);
    if (!m_function || m_function->loopUpdates.isEmpty())
        fail(QStringLiteral("%1 outside a loop").arg(isBreak ? "break" : "continue"), line);
    if (!isBreak && !m_function->loopUpdates.last().isEmpty())
        emit(m_function->loopUpdates.last()); // for (;; update): continue runs the update first
    emit(isBreak ? QStringLiteral("break") : QStringLiteral("continue"));
    endStatement();
}

void Translator::expressionStatement()
{
    m_hoistOk = true;
    const QString code = simpleStatement();
    m_hoistOk = false;
    emit(code);
    endStatement();
}

QString Translator::simpleStatement()
{
    const int line = peek().line;
    if (isPunct(QStringLiteral("++")) || isPunct(QStringLiteral("--"))) {
        const QString op = next().text;
        const Expr target = postfix();
        Expr one;
        one.code = QStringLiteral("1");
        one.type = Type::Number;
        one.pure = true;
        return assign(target, operation(op.left(1), target, one, line), line, true);
    }
    const Expr target = conditional();
    static const QStringList assignments { "=", "+=", "-=", "*=", "/=", "%=" };
    if (peek().kind == Token::Kind::Punctuator && assignments.contains(peek().text)) {
        const QString op = next().text;
        const Expr value = expression();
        if (op == u'=')
            return assign(target, value, line);
        return assign(target, operation(op.left(1), target, value, line), line, true);
    }
    if ((isPunct(QStringLiteral("++")) || isPunct(QStringLiteral("--"))) && !peek().newlineBefore) {
        const QString op = next().text;
        Expr one;
        one.code = QStringLiteral("1");
        one.type = Type::Number;
        one.pure = true;
        return assign(target, operation(op.left(1), target, one, line), line, true);
    }
    static const QStringList refusedAssignments { "**=", "&=", "|=", "^=", "&&=", "||=",
        "?"
        "?=",
        "<<=", ">>=" };
    if (peek().kind == Token::Kind::Punctuator && refusedAssignments.contains(peek().text))
        refuse(QStringLiteral("the assignment %1").arg(peek().text));
    return target.statement.isEmpty() ? target.code : target.statement;
}

QString Translator::assign(const Expr &target, const Expr &value, int line, bool compound)
{
    switch (target.place) {
    case Expr::Place::None:
        fail(QStringLiteral("cannot assign to %1").arg(target.code), line);
    case Expr::Place::Variable:
    case Expr::Place::Attribute: {
        if (target.outer)
            m_function->nonlocals.insert(target.code);
        assignedType(target.variableKey, value.type);
        // x += 1 stays x += 1 when it means the same (x = x + 1 is written as such: a + b + c
        // is (a + b) + c).
        for (const auto &op : { QStringLiteral(" + "), QStringLiteral(" - "), QStringLiteral(" * "),
                 QStringLiteral(" / ") }) {
            if (compound && value.code.startsWith(target.code + op) && value.precedence >= 11)
                return target.code + op.left(2) + QStringLiteral("= ")
                    + value.code.mid(target.code.size() + 3);
        }
        return target.code + QStringLiteral(" = ") + value.code;
    }
    case Expr::Place::Index:
        return QStringLiteral("js_set(%1, %2, %3)").arg(target.object, target.key, value.code);
    }
    return {};
}

} // namespace wb::js
