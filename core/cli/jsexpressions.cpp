// The expressions of the sketch language as Python (see jstranslator.h). Where JavaScript's
// rules differ from Python's for values whose type is not known (+ on a string, == between a
// string and a number, the truth of an empty list, % on negative numbers, / by zero), the
// generated code calls the js_* helpers of the exported file, which follow JavaScript's.
#include "cli/jstranslator.h"

namespace wb::js {

namespace {

// Python's binding strength.
constexpr int kTernary = 2, kOr = 3, kAnd = 4, kNot = 5, kCompare = 6, kAdd = 11, kMul = 12,
              kUnary = 13, kAwait = 15, kCall = 16, kAtom = 17;

bool numeric(Type t)
{
    return t == Type::Number || t == Type::Bottom;
}

// Keys that a JsObject's attribute syntax would not reach (dict's own methods).
bool plainAttribute(const QString &name)
{
    static const QSet<QString> dictNames { "get", "keys", "items", "values", "pop", "popitem",
        "update", "clear", "copy", "setdefault", "fromkeys" };
    static const QSet<QString> keywords { "False", "None", "True", "and", "as", "assert", "async",
        "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally",
        "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
        "pass", "raise", "return", "try", "while", "with", "yield" };
    return !dictNames.contains(name) && !keywords.contains(name) && !name.contains(u'$')
        && !name.startsWith(QLatin1String("__"));
}

Expr make(const QString &code, Type type, int precedence = kCall)
{
    Expr e;
    e.code = code;
    e.type = type;
    e.precedence = precedence;
    return e;
}

} // namespace

QString Translator::wrap(const Expr &e, int precedence)
{
    return e.precedence < precedence ? u'(' + e.code + u')' : e.code;
}

QString Translator::pyString(const QString &text)
{
    QString out = QStringLiteral("'");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\'':
            out += QStringLiteral("\\'");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSurrogate())
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'\'';
}

QString Translator::condition(const Expr &e) const
{
    return e.type == Type::Bool || e.type == Type::Bottom
        ? e.code
        : QStringLiteral("js_truthy(%1)").arg(e.code);
}

Expr Translator::settle(Expr e) const
{
    if (!e.asyncCall)
        return e;
    // Calling an async function without await starts it, as a Promise: a Task.
    e.code = QStringLiteral("asyncio.ensure_future(%1)").arg(e.code);
    e.statement.clear();
    e.asyncCall = false;
    e.awaitable = true;
    e.precedence = kCall;
    return e;
}

Expr Translator::expression()
{
    Expr e = conditional();
    static const QStringList assignments { "=", "+=", "-=", "*=", "/=", "%=", "**=", "&&=", "||=",
        "?"
        "?=",
        "&=", "|=", "^=" };
    if (peek().kind == Token::Kind::Punctuator && assignments.contains(peek().text))
        refuse(QStringLiteral("an assignment inside an expression"));
    if ((isPunct(QStringLiteral("++")) || isPunct(QStringLiteral("--"))) && !peek().newlineBefore)
        refuse(QStringLiteral("%1 inside an expression").arg(peek().text));
    if (isPunct(QStringLiteral("=>")))
        refuse(QStringLiteral("a function as a value (only setTimeout and setInterval take "
                              "a function)"));
    return e;
}

Expr Translator::conditional()
{
    const Expr test = binary(0);
    if (!acceptPunct(QStringLiteral("?")))
        return test;
    const Expr yes = expression();
    expectPunct(QStringLiteral(":"), QStringLiteral("in ... ? ... : ..."));
    const Expr no = expression();
    const QString test_ = test.type == Type::Bool || test.type == Type::Bottom
        ? wrap(test, kTernary + 1)
        : condition(test);
    Expr e = make(
        QStringLiteral("%1 if %2 else %3").arg(wrap(yes, kTernary + 1), test_, wrap(no, kTernary)),
        join(yes.type, no.type), kTernary);
    e.awaits = test.awaits || yes.awaits || no.awaits;
    return e;
}

Expr Translator::binary(int level)
{
    static const QList<QStringList> levels { { "||" }, { "&&" }, { "===", "!==", "==", "!=" },
        { "<", ">", "<=", ">=" }, { "+", "-" }, { "*", "/", "%" } };
    static const QStringList refused { "??", "|", "&", "^", "<<", ">>", ">>>", "**" };
    if (level >= levels.size())
        return unary();
    Expr left = binary(level + 1);
    for (;;) {
        if (peek().kind == Token::Kind::Punctuator && refused.contains(peek().text))
            refuse(QStringLiteral("the operator %1").arg(peek().text));
        if (level == 3 && (isWord(QStringLiteral("in")) || isWord(QStringLiteral("instanceof"))))
            refuse(QStringLiteral("the operator %1").arg(peek().text));
        if (peek().kind != Token::Kind::Punctuator || !levels.at(level).contains(peek().text))
            return left;
        const Token op = next();
        const Expr right = binary(level + 1);
        left = operation(op.text, left, right, op.line);
    }
}

Expr Translator::operation(const QString &op, const Expr &a, const Expr &b, int line)
{
    Expr e;
    e.awaits = a.awaits || b.awaits;
    e.pure = false;
    if (op == u"||" || op == u"&&") {
        const bool isOr = op == u"||";
        const int p = isOr ? kOr : kAnd;
        if (a.type == Type::Bool || a.type == Type::Bottom) {
            // A boolean on the left: Python's and/or give what JavaScript's give.
            e = make(wrap(a, p) + (isOr ? QStringLiteral(" or ") : QStringLiteral(" and "))
                    + wrap(b, p + 1),
                join(a.type, b.type) == Type::Bool ? Type::Bool : Type::Other, p);
        } else if (a.pure) {
            e = make(isOr ? QStringLiteral("%1 if js_truthy(%1) else %2")
                                .arg(wrap(a, kTernary + 1), wrap(b, kTernary))
                          : QStringLiteral("%2 if js_truthy(%1) else %1")
                                .arg(wrap(a, kTernary + 1), wrap(b, kTernary + 1)),
                join(a.type, b.type), kTernary);
        } else if (b.awaits) {
            refuse(QStringLiteral("await on the right of %1 after a call").arg(op), line);
        } else {
            e = make(
                QStringLiteral("js_%1(%2, lambda: %3)").arg(isOr ? "or" : "and", a.code, b.code),
                join(a.type, b.type));
        }
        e.awaits = a.awaits || b.awaits;
        return e;
    }
    if (op == u"===" || op == u"!==" || op == u"==" || op == u"!=") {
        const bool negated = op.startsWith(u'!');
        const bool strict = op.size() == 3;
        if (a.nullish || b.nullish) {
            // null and undefined are both None.
            const Expr &other = a.nullish ? b : a;
            e = make(wrap(other, kCompare + 1)
                    + (negated ? QStringLiteral(" is not None") : QStringLiteral(" is None")),
                Type::Bool, kCompare);
        } else if ((a.type == b.type && a.type != Type::Other)
            || (a.type == Type::Bottom && b.type != Type::Other)
            || (b.type == Type::Bottom && a.type != Type::Other)
            || (strict && (a.stringLiteral || b.stringLiteral))) {
            e = make(wrap(a, kCompare + 1)
                    + (negated ? QStringLiteral(" != ") : QStringLiteral(" == "))
                    + wrap(b, kCompare + 1),
                Type::Bool, kCompare);
        } else {
            e = make(
                QStringLiteral("%1(%2, %3)").arg(strict ? "js_eq" : "js_loose_eq", a.code, b.code),
                Type::Bool);
            if (negated)
                e = make(QStringLiteral("not ") + e.code, Type::Bool, kNot);
        }
        e.awaits = a.awaits || b.awaits;
        return e;
    }
    if (op == u'<' || op == u'>' || op == u"<=" || op == u">=") {
        e = make(
            wrap(a, kCompare + 1) + u' ' + op + u' ' + wrap(b, kCompare + 1), Type::Bool, kCompare);
        e.awaits = a.awaits || b.awaits;
        return e;
    }
    const auto number = [](const Expr &x, int p) {
        return numeric(x.type) ? wrap(x, p) : QStringLiteral("js_num(%1)").arg(x.code);
    };
    if (op == u'+') {
        if (numeric(a.type) && numeric(b.type)) {
            e = make(wrap(a, kAdd) + QStringLiteral(" + ") + wrap(b, kAdd + 1), Type::Number, kAdd);
        } else if (a.type == Type::String || b.type == Type::String) {
            // A string on either side: concatenation, the other side as String() writes it.
            const auto text = [](const Expr &x, int p) {
                return x.type == Type::String ? wrap(x, p)
                                              : QStringLiteral("js_str(%1)").arg(x.code);
            };
            e = make(text(a, kAdd) + QStringLiteral(" + ") + text(b, kAdd + 1), Type::String, kAdd);
        } else {
            e = make(QStringLiteral("js_add(%1, %2)").arg(a.code, b.code), Type::Other);
        }
    } else if (op == u'-' || op == u'*') {
        e = make(
            number(a, kAdd + (op == u'*')) + u' ' + op + u' ' + number(b, kAdd + 1 + (op == u'*')),
            Type::Number, op == u'-' ? kAdd : kMul);
    } else if (op == u'/') {
        e = make(QStringLiteral("js_div(%1, %2)").arg(a.code, b.code), Type::Number);
        bool literal = false;
        if (b.code.toDouble(&literal) != 0 && literal) // no division by zero: Python's /
            e = make(
                number(a, kMul) + QStringLiteral(" / ") + number(b, kMul + 1), Type::Number, kMul);
    } else if (op == u'%') {
        e = make(QStringLiteral("js_mod(%1, %2)").arg(a.code, b.code), Type::Number);
    } else {
        refuse(QStringLiteral("the operator %1").arg(op), line);
    }
    e.awaits = a.awaits || b.awaits;
    return e;
}

Expr Translator::unary()
{
    const Token &t = peek();
    const int line = t.line;
    if (t.kind == Token::Kind::Punctuator) {
        if (t.text == u'!') {
            next();
            const Expr e = unary();
            Expr r = make(QStringLiteral("not ")
                    + (e.type == Type::Bool ? wrap(e, kNot)
                                            : QStringLiteral("js_truthy(%1)").arg(e.code)),
                Type::Bool, kNot);
            r.awaits = e.awaits;
            return r;
        }
        if (t.text == u'-' || t.text == u'+') {
            next();
            const Expr e = unary();
            Expr r = t.text == u'+'
                ? make(QStringLiteral("js_num(%1)").arg(e.code), Type::Number)
                : make(u'-'
                        + (numeric(e.type) ? wrap(e, kUnary)
                                           : QStringLiteral("js_num(%1)").arg(e.code)),
                    Type::Number, kUnary);
            if (t.text == u'+' && numeric(e.type))
                r = e;
            r.awaits = e.awaits;
            r.pure = false;
            return r;
        }
        if (t.text == u"++" || t.text == u"--")
            refuse(QStringLiteral("%1 inside an expression").arg(t.text));
        if (t.text == u'~')
            refuse(QStringLiteral("the operator ~"));
    }
    if (t.kind == Token::Kind::Identifier) {
        if (t.text == u"await") {
            next();
            if (!m_function || !m_function->async)
                fail(QStringLiteral("await outside an async function"), line);
            const bool plain = isWord(QStringLiteral("await")) || isPunct(QStringLiteral("!"))
                || isPunct(QStringLiteral("-")) || isPunct(QStringLiteral("+"));
            const Expr e = plain ? unary() : postfix(true);
            Expr r = make(e.asyncCall || e.awaitable
                    ? QStringLiteral("await ") + wrap(e, kAwait)
                    : QStringLiteral("await js_resolve(%1)").arg(e.code),
                Type::Other, kAwait);
            r.awaits = true;
            return r;
        }
        static const QStringList refused { "typeof", "delete", "void", "new", "yield" };
        if (refused.contains(t.text))
            refuse(t.text);
    }
    return settle(postfix());
}

Expr Translator::postfix(bool awaited)
{
    Q_UNUSED(awaited);
    Expr e = primary();
    for (;;) {
        const int line = peek().line;
        if (isPunct(QStringLiteral("?.")))
            refuse(QStringLiteral("optional chaining (?.)"));
        if (acceptPunct(QStringLiteral("."))) {
            const QString name = expectIdentifier(QStringLiteral("a property name after '.'"));
            if (isPunct(QStringLiteral("("))) {
                e = methodCall(settle(e), name, line);
                continue;
            }
            if (name == u"length") {
                const bool pure = e.pure;
                e = make(QStringLiteral("len(%1)").arg(e.code), Type::Number);
                e.pure = pure;
                continue;
            }
            Expr m = make(plainAttribute(name)
                    ? wrap(e, kCall) + u'.' + name
                    : QStringLiteral("js_get(%1, %2)").arg(e.code, pyString(name)),
                Type::Other, kCall);
            m.pure = e.pure;
            m.awaits = e.awaits;
            m.place = plainAttribute(name) ? Expr::Place::Attribute : Expr::Place::Index;
            m.object = plainAttribute(name) ? wrap(e, kCall) : e.code;
            m.key = plainAttribute(name) ? name : pyString(name);
            e = m;
            continue;
        }
        if (acceptPunct(QStringLiteral("["))) {
            const Expr index = expression();
            expectPunct(QStringLiteral("]"), QStringLiteral("after the index"));
            Expr m = make(QStringLiteral("js_get(%1, %2)").arg(e.code, index.code), Type::Other);
            m.pure = e.pure && index.pure;
            m.awaits = e.awaits || index.awaits;
            m.place = Expr::Place::Index;
            m.object = e.code;
            m.key = index.code;
            e = m;
            continue;
        }
        if (isPunct(QStringLiteral("(")))
            refuse(QStringLiteral("calling the value of an expression"), line);
        return e;
    }
}

QList<Expr> Translator::arguments()
{
    expectPunct(QStringLiteral("("), QStringLiteral("to open the arguments"));
    QList<Expr> args;
    while (!acceptPunct(QStringLiteral(")"))) {
        if (isPunct(QStringLiteral("...")))
            refuse(QStringLiteral("a spread argument (...)"));
        args << expression();
        if (!isPunct(QStringLiteral(")")))
            expectPunct(QStringLiteral(","), QStringLiteral("between arguments"));
    }
    return args;
}

} // namespace wb::js
