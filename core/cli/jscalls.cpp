// The operands of the sketch language as Python (see jstranslator.h): literals, names, the
// script API's functions and Math, methods of strings and arrays, and the functions given to
// setTimeout and setInterval, which become nested defs written before the statement.
#include "cli/jstranslator.h"

namespace wb::js {

namespace {

constexpr int kAdd = 11, kCompare = 6, kCall = 16, kAtom = 17;

bool numeric(Type t)
{
    return t == Type::Bottom || t == Type::Number;
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

Expr Translator::primary()
{
    const Token t = peek();
    const int line = t.line;
    if (t.kind == Token::Kind::Number) {
        next();
        QString code = t.text;
        if (code.startsWith(QLatin1String("0x")) || code.startsWith(QLatin1String("0X"))) {
            bool ok = false;
            const qulonglong value = code.mid(2).toULongLong(&ok, 16);
            if (!ok)
                fail(QStringLiteral("%1 is not a number").arg(code), line);
            code = QString::number(value);
        } else if (code.size() > 1 && code.startsWith(u'0') && code.at(1).isDigit()) {
            refuse(QStringLiteral("a number with a leading zero (%1)").arg(code), line);
        } else {
            bool ok = false;
            code.toDouble(&ok);
            if (!ok || code.count(u'.') > 1)
                fail(QStringLiteral("%1 is not a number").arg(code), line);
            if (code.startsWith(u'.'))
                code.prepend(u'0');
            if (code.endsWith(u'.'))
                code.append(u'0');
        }
        Expr e = make(code, Type::Number, kAtom);
        e.pure = true;
        return e;
    }
    if (t.kind == Token::Kind::String) {
        next();
        Expr e = make(pyString(t.text), Type::String, kAtom);
        e.pure = true;
        e.stringLiteral = true;
        return e;
    }
    if (acceptPunct(QStringLiteral("("))) {
        // (a, b) => ...: an arrow function where no function may stand.
        int depth = 0;
        for (int i = 0; peek(i).kind != Token::Kind::End; ++i) {
            depth += isPunct(QStringLiteral("("), i) - isPunct(QStringLiteral(")"), i);
            if (depth < 0) {
                if (isPunct(QStringLiteral("=>"), i + 1))
                    refuse(QStringLiteral("a function as a value (only setTimeout and "
                                          "setInterval take a function)"),
                        line);
                break;
            }
        }
        Expr e = expression();
        if (isPunct(QStringLiteral(",")))
            refuse(QStringLiteral("the comma operator"));
        expectPunct(QStringLiteral(")"), QStringLiteral("to close the parenthesis"));
        return e;
    }
    if (isPunct(QStringLiteral("[")))
        return arrayLiteral();
    if (isPunct(QStringLiteral("{")))
        return objectLiteral();
    if (t.kind != Token::Kind::Identifier) {
        if (t.kind == Token::Kind::End)
            fail(QStringLiteral("the sketch ends in the middle of an expression"), line);
        if (t.text == u'/')
            refuse(QStringLiteral("a regular expression"), line);
        fail(QStringLiteral("unexpected '%1'").arg(t.text), line);
    }
    next();
    const QString &name = t.text;
    if (name == u"true" || name == u"false") {
        Expr e = make(
            name == u"true" ? QStringLiteral("True") : QStringLiteral("False"), Type::Bool, kAtom);
        e.pure = true;
        return e;
    }
    if (name == u"null" || name == u"undefined") {
        Expr e = make(QStringLiteral("None"), Type::Other, kAtom);
        e.pure = true;
        e.nullish = true;
        return e;
    }
    if (name == u"NaN" || name == u"Infinity") {
        Expr e = make(
            name == u"NaN" ? QStringLiteral("math.nan") : QStringLiteral("math.inf"), Type::Number);
        e.pure = true;
        return e;
    }
    if (isPunct(QStringLiteral("=>")) || name == u"function" || name == u"async")
        refuse(QStringLiteral("a function as a value (only setTimeout and setInterval take a "
                              "function)"),
            line);
    static const QStringList refused { "this", "class", "super", "new", "arguments", "eval",
        "require", "import" };
    if (refused.contains(name))
        refuse(name, line);
    bool local = false;
    for (Function *f = m_function; f && !local; f = f->outer) {
        for (const auto &block : std::as_const(f->blocks))
            local = local || block.contains(name);
    }
    const bool known = local || m_globals.contains(name);
    if (!known && (name == u"Math" || name == u"console") && acceptPunct(QStringLiteral("."))) {
        const QString property = expectIdentifier(QStringLiteral("a name after '.'"));
        const QString full = name + u'.' + property;
        if (full == u"Math.PI" || full == u"Math.E") {
            Expr e = make(property == u"PI" ? QStringLiteral("math.pi") : QStringLiteral("math.e"),
                Type::Number);
            e.pure = true;
            return e;
        }
        if (!isPunct(QStringLiteral("(")))
            refuse(full, line);
        return call(Expr(), full, QString(), line);
    }
    if (!known && m_functions.contains(name) && isPunct(QStringLiteral("(")))
        return call(Expr(), name, QString(), line);
    static const QStringList api { "out", "stream", "setTimeout", "setInterval", "clearTimeout",
        "clearInterval", "parseInt", "parseFloat", "Number", "String", "Boolean", "isNaN" };
    if (!known && api.contains(name) && isPunct(QStringLiteral("(")))
        return call(Expr(), name, QString(), line);
    return variable(name, line);
}

Expr Translator::call(const Expr &, const QString &name, const QString &, int line)
{
    if (name == u"setTimeout" || name == u"setInterval") {
        expectPunct(QStringLiteral("("), QString());
        const Expr fn = callback(line);
        QString ms = QStringLiteral("0");
        if (acceptPunct(QStringLiteral(","))) {
            if (!isPunct(QStringLiteral(")")))
                ms = expression().code;
            if (acceptPunct(QStringLiteral(",")))
                refuse(QStringLiteral("arguments for the function of %1").arg(name), line);
        }
        expectPunct(QStringLiteral(")"), QStringLiteral("after %1's arguments").arg(name));
        return make(QStringLiteral("self.set_timer(%1, %2, %3)")
                        .arg(fn.code, ms, name == u"setInterval" ? "True" : "False"),
            Type::Number);
    }
    const QList<Expr> args = arguments();
    QStringList codes;
    bool awaits = false;
    for (const Expr &a : args) {
        codes << a.code;
        awaits = awaits || a.awaits;
    }
    const auto needs = [&](int least, int most) {
        if (args.size() < least || args.size() > most)
            refuse(QStringLiteral("%1 with %2 arguments").arg(name).arg(args.size()), line);
    };
    Expr e;
    if (name == u"out" || name == u"console.log") {
        QStringList parts;
        for (const Expr &a : args)
            parts << (a.type == Type::String ? wrap(a, kAdd + 1)
                                             : QStringLiteral("js_str(%1)").arg(a.code));
        e = make(QStringLiteral("self.out(%1)")
                     .arg(parts.isEmpty() ? QStringLiteral("''")
                                          : parts.join(QStringLiteral(" + ' ' + "))),
            Type::Other);
    } else if (name == u"stream") {
        needs(1, 3);
        e = make(
            QStringLiteral("self.stream(%1)").arg(codes.join(QStringLiteral(", "))), Type::Other);
        e.awaitable = true;
    } else if (name == u"clearTimeout" || name == u"clearInterval") {
        needs(1, 1);
        e = make(QStringLiteral("self.clear_timer(%1)").arg(codes.first()), Type::Other);
    } else if (name == u"parseInt" || name == u"parseFloat") {
        needs(1, name == u"parseInt" ? 2 : 1);
        e = make(QStringLiteral("js_%1(%2)")
                     .arg(name == u"parseInt" ? "parse_int" : "parse_float",
                         codes.join(QStringLiteral(", "))),
            Type::Number);
    } else if (name == u"Number" || name == u"String" || name == u"Boolean" || name == u"isNaN") {
        needs(1, 1);
        if (name == u"Number")
            e = numeric(args.first().type)
                ? args.first()
                : make(QStringLiteral("js_num(%1)").arg(codes.first()), Type::Number);
        else if (name == u"String")
            e = make(QStringLiteral("js_str(%1)").arg(codes.first()), Type::String);
        else if (name == u"Boolean")
            e = make(QStringLiteral("js_truthy(%1)").arg(codes.first()), Type::Bool);
        else
            e = make(QStringLiteral("math.isnan(js_num(%1))").arg(codes.first()), Type::Bool);
    } else if (name.startsWith(QLatin1String("Math."))) {
        const QString f = name.mid(5);
        static const QHash<QString, QString> one { { "floor", "math.floor(%1)" },
            { "ceil", "math.ceil(%1)" }, { "trunc", "math.trunc(%1)" }, { "abs", "abs(%1)" },
            { "sqrt", "js_sqrt(%1)" }, { "round", "math.floor(%1 + 0.5)" },
            { "sign", "js_sign(%1)" } };
        if (f == u"random") {
            needs(0, 0);
            e = make(QStringLiteral("self.random.random()"), Type::Number);
        } else if (one.contains(f)) {
            needs(1, 1);
            const Expr &a = args.first();
            const QString x = numeric(a.type) ? a.code : QStringLiteral("js_num(%1)").arg(a.code);
            e = make(one.value(f).arg(f == u"round" && numeric(a.type) ? wrap(a, kAdd) : x),
                Type::Number);
        } else if (f == u"min" || f == u"max" || f == u"pow") {
            needs(f == u"pow" ? 2 : 1, f == u"pow" ? 2 : 64);
            QStringList numbers;
            for (const Expr &a : args)
                numbers << (numeric(a.type) ? a.code : QStringLiteral("js_num(%1)").arg(a.code));
            e = make(QStringLiteral("%1(%2)").arg(f == u"pow" ? QStringLiteral("math.pow") : f,
                         numbers.join(QStringLiteral(", "))),
                Type::Number);
        } else {
            refuse(name, line);
        }
    } else if (m_functions.contains(name)) {
        e = make(QStringLiteral("self.%1(%2)").arg(member(name), codes.join(QStringLiteral(", "))),
            Type::Other);
        e.asyncCall = m_functions.value(name);
    } else {
        refuse(name, line);
    }
    e.awaits = awaits;
    return e;
}

Expr Translator::methodCall(const Expr &object, const QString &method, int line)
{
    static const QSet<QString> methods { "push", "pop", "join", "includes", "indexOf", "slice",
        "toUpperCase", "toLowerCase", "trim", "startsWith", "endsWith", "split", "toString",
        "toFixed" };
    if (!methods.contains(method))
        refuse(QStringLiteral("the method .%1()").arg(method), line);
    const QList<Expr> args = arguments();
    QStringList codes;
    bool awaits = object.awaits;
    for (const Expr &a : args) {
        codes << a.code;
        awaits = awaits || a.awaits;
    }
    const auto needs = [&](int least, int most) {
        if (args.size() < least || args.size() > most)
            refuse(QStringLiteral(".%1() with %2 arguments").arg(method).arg(args.size()), line);
    };
    const QString self = wrap(object, kCall);
    Expr e;
    if (method == u"push") {
        needs(1, 64);
        e = make(
            QStringLiteral("js_push(%1, %2)").arg(object.code, codes.join(QStringLiteral(", "))),
            Type::Number);
        e.statement = args.size() == 1
            ? QStringLiteral("%1.append(%2)").arg(self, codes.first())
            : QStringLiteral("%1.extend([%2])").arg(self, codes.join(QStringLiteral(", ")));
    } else if (method == u"pop") {
        needs(0, 0);
        e = make(QStringLiteral("js_pop(%1)").arg(object.code), Type::Other);
    } else if (method == u"join") {
        needs(0, 1);
        e = make(QStringLiteral("js_join(%1)")
                     .arg((QStringList { object.code } + codes).join(QStringLiteral(", "))),
            Type::String);
    } else if (method == u"includes") {
        needs(1, 1);
        e = make(QStringLiteral("%1 in %2")
                     .arg(wrap(args.first(), kCompare + 1), wrap(object, kCompare + 1)),
            Type::Bool, kCompare);
    } else if (method == u"indexOf") {
        needs(1, 1);
        e = make(
            QStringLiteral("js_index_of(%1, %2)").arg(object.code, codes.first()), Type::Number);
    } else if (method == u"slice") {
        needs(0, 2);
        e = make(QStringLiteral("js_slice(%1)")
                     .arg((QStringList { object.code } + codes).join(QStringLiteral(", "))),
            Type::Other);
    } else if (method == u"toUpperCase" || method == u"toLowerCase" || method == u"trim") {
        needs(0, 0);
        const QString python = method == u"trim" ? QStringLiteral("strip")
            : method == u"toUpperCase"           ? QStringLiteral("upper")
                                                 : QStringLiteral("lower");
        e = make(QStringLiteral("js_str(%1).%2()").arg(object.code, python), Type::String);
        if (object.type == Type::String)
            e.code = QStringLiteral("%1.%2()").arg(self, python);
    } else if (method == u"startsWith" || method == u"endsWith") {
        needs(1, 1);
        e = make(
            QStringLiteral("%1.%2(js_str(%3))")
                .arg(object.type == Type::String ? self
                                                 : QStringLiteral("js_str(%1)").arg(object.code),
                    method == u"startsWith" ? "startswith" : "endswith", codes.first()),
            Type::Bool);
    } else if (method == u"split") {
        needs(0, 1);
        e = make(QStringLiteral("js_split(%1)")
                     .arg((QStringList { object.code } + codes).join(QStringLiteral(", "))),
            Type::Other);
    } else if (method == u"toString") {
        needs(0, 0);
        e = make(QStringLiteral("js_str(%1)").arg(object.code), Type::String);
    } else if (method == u"toFixed") {
        needs(0, 1);
        e = make(QStringLiteral("js_fixed(%1)")
                     .arg((QStringList { object.code } + codes).join(QStringLiteral(", "))),
            Type::String);
    } else {
        refuse(QStringLiteral("the method .%1()").arg(method), line);
    }
    e.awaits = awaits;
    return e;
}

Expr Translator::callback(int line)
{
    // A top-level function by name.
    if (peek().kind == Token::Kind::Identifier && m_functions.contains(peek().text)
        && (isPunct(QStringLiteral(","), 1) || isPunct(QStringLiteral(")"), 1))) {
        return make(QStringLiteral("self.") + member(next().text), Type::Other);
    }
    bool async = false;
    if (isWord(QStringLiteral("async"))) {
        next();
        async = true;
    }
    QStringList params;
    bool arrow = false;
    if (isWord(QStringLiteral("function"))) {
        next();
        if (peek().kind == Token::Kind::Identifier)
            next(); // a named function expression: the name is not needed
        expectPunct(QStringLiteral("("), QStringLiteral("after function"));
        while (!acceptPunct(QStringLiteral(")"))) {
            params << expectIdentifier(QStringLiteral("a parameter name"));
            if (!isPunct(QStringLiteral(")")))
                expectPunct(QStringLiteral(","), QStringLiteral("between parameters"));
        }
    } else if (peek().kind == Token::Kind::Identifier && isPunct(QStringLiteral("=>"), 1)) {
        params << next().text;
        next();
        arrow = true;
    } else if (acceptPunct(QStringLiteral("("))) {
        while (!acceptPunct(QStringLiteral(")"))) {
            params << expectIdentifier(QStringLiteral("a parameter name"));
            if (!isPunct(QStringLiteral(")")))
                expectPunct(QStringLiteral(","), QStringLiteral("between parameters"));
        }
        expectPunct(QStringLiteral("=>"), QStringLiteral("after an arrow function's parameters"));
        arrow = true;
    } else {
        refuse(QStringLiteral("a timer's function that is neither a function of the sketch nor "
                              "written in place"),
            line);
    }
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
    if (arrow && !isPunct(QStringLiteral("{"))) {
        // () => expression: a body of one return.
        Function function;
        function.outer = m_function;
        function.key = m_function->key + u'/' + name;
        function.async = async;
        function.blocks.append(QHash<QString, QString>());
        Function *saved = m_function;
        m_function = &function;
        for (const QString &p : std::as_const(params))
            declare(p, line);
        ++m_indent;
        const qsizetype first = m_lines.size();
        const Expr value = conditional();
        emit(QStringLiteral("return ") + value.code);
        if (!function.nonlocals.isEmpty())
            m_lines.insert(first,
                indentation() + QStringLiteral("nonlocal ")
                    + QStringList(function.nonlocals.values()).join(QStringLiteral(", ")));
        --m_indent;
        m_function = saved;
    } else {
        functionBody(params, async, m_function->key + u'/' + name);
    }
    return make(name, Type::Other, kAtom);
}

Expr Translator::arrayLiteral()
{
    expectPunct(QStringLiteral("["), QString());
    QStringList items;
    bool awaits = false;
    while (!acceptPunct(QStringLiteral("]"))) {
        if (isPunct(QStringLiteral(",")))
            refuse(QStringLiteral("an array with a hole"));
        if (isPunct(QStringLiteral("...")))
            refuse(QStringLiteral("a spread element (...)"));
        const Expr e = expression();
        items << e.code;
        awaits = awaits || e.awaits;
        if (!isPunct(QStringLiteral("]")))
            expectPunct(QStringLiteral(","), QStringLiteral("between array elements"));
    }
    Expr e = make(u'[' + items.join(QStringLiteral(", ")) + u']', Type::Other, kAtom);
    e.awaits = awaits;
    return e;
}

Expr Translator::objectLiteral()
{
    const int line = peek().line;
    expectPunct(QStringLiteral("{"), QString());
    QStringList entries;
    bool awaits = false;
    while (!acceptPunct(QStringLiteral("}"))) {
        const Token key = next();
        if (key.kind == Token::Kind::Punctuator)
            refuse(key.text == u'[' ? QStringLiteral("a computed key")
                                    : QStringLiteral("'%1' in an object literal").arg(key.text),
                key.line);
        if (key.kind == Token::Kind::End)
            fail(QStringLiteral("an object literal that never ends (no closing '}')"), line);
        Expr value;
        if (acceptPunct(QStringLiteral(":"))) {
            value = expression();
        } else if (key.kind == Token::Kind::Identifier
            && (isPunct(QStringLiteral(",")) || isPunct(QStringLiteral("}")))) {
            value = variable(key.text, key.line); // {a}: {a: a}
        } else {
            refuse(QStringLiteral("a method or accessor in an object literal"), key.line);
        }
        awaits = awaits || value.awaits;
        entries << pyString(key.text) + QStringLiteral(": ") + value.code;
        if (!isPunct(QStringLiteral("}")))
            expectPunct(QStringLiteral(","), QStringLiteral("between object entries"));
    }
    Expr e = make(entries.isEmpty()
            ? QStringLiteral("JsObject()")
            : QStringLiteral("JsObject({%1})").arg(entries.join(QStringLiteral(", "))),
        Type::Other);
    e.awaits = awaits;
    return e;
}

} // namespace wb::js
