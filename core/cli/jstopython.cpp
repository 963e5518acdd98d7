#include "cli/jstopython.h"

#include "cli/jstranslator.h"

namespace wb::js {

namespace {

// Names Python or the exported file's glue own: a sketch's variable of that name gets a
// trailing underscore.
const QSet<QString> &pythonReserved()
{
    static const QSet<QString> names { "False", "None", "True", "and", "as", "assert", "async",
        "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally",
        "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
        "pass", "raise", "return", "try", "while", "with", "yield", "self", "math", "asyncio",
        "random", "signal", "sys", "websockets", "argparse", "len", "str", "int", "float", "min",
        "max", "abs", "print", "list", "dict", "range", "type", "object", "super", "JsObject",
        "FactoryLoop", "StreamError", "reactive", "say" };
    return names;
}

// Attributes of FactoryLoop that a sketch's globals and functions must not replace.
const QSet<QString> &glueAttributes()
{
    static const QSet<QString> names { "name", "targets", "params", "random", "load", "serve",
        "resolve", "stream", "out", "set_timer", "clear_timer", "run" };
    return names;
}

} // namespace

Type join(Type a, Type b)
{
    if (a == Type::Bottom)
        return b;
    if (b == Type::Bottom || a == b)
        return a;
    return Type::Other;
}

Translator::Translator(const QList<Token> &tokens, const QHash<QString, Type> &types)
    : m_tokens(tokens), m_types(types)
{ }

const Token &Translator::peek(int ahead) const
{
    return m_tokens.at(std::min(m_pos + ahead, m_tokens.size() - 1));
}

Token Translator::next()
{
    const Token token = peek();
    if (m_pos < m_tokens.size() - 1)
        ++m_pos;
    return token;
}

bool Translator::isPunct(const QString &text, int ahead) const
{
    return peek(ahead).kind == Token::Kind::Punctuator && peek(ahead).text == text;
}

bool Translator::isWord(const QString &text, int ahead) const
{
    return peek(ahead).kind == Token::Kind::Identifier && peek(ahead).text == text;
}

bool Translator::acceptPunct(const QString &text)
{
    if (!isPunct(text))
        return false;
    next();
    return true;
}

void Translator::expectPunct(const QString &text, const QString &where)
{
    if (!acceptPunct(text)) {
        const Token &t = peek();
        fail(QStringLiteral("expected '%1' %2, found %3")
                 .arg(text, where,
                     t.kind == Token::Kind::End ? QStringLiteral("the end of the sketch")
                                                : u'\'' + t.text + u'\''));
    }
}

QString Translator::expectIdentifier(const QString &what)
{
    if (peek().kind != Token::Kind::Identifier)
        fail(QStringLiteral("expected %1").arg(what));
    return next().text;
}

void Translator::endStatement()
{
    if (acceptPunct(QStringLiteral(";")) || isPunct(QStringLiteral("}"))
        || peek().kind == Token::Kind::End || peek().newlineBefore)
        return;
    if (isPunct(QStringLiteral("++")) || isPunct(QStringLiteral("--")))
        refuse(QStringLiteral("%1 inside an expression").arg(peek().text));
    fail(QStringLiteral("expected ';' or a new line before '%1'").arg(peek().text));
}

void Translator::refuse(const QString &construct, int line) const
{
    throw Refusal { line ? line : peek().line,
        construct + QStringLiteral(" has no Python translation") };
}

void Translator::fail(const QString &text, int line) const
{
    throw Refusal { line ? line : peek().line, text };
}

void Translator::emit(const QString &line)
{
    m_lines << indentation() + line;
}

// ---- Scopes ----------------------------------------------------------------------------------

void Translator::scanTopLevel()
{
    int depth = 0;
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        const Token &t = m_tokens.at(i);
        if (t.kind == Token::Kind::Punctuator) {
            if (t.text == u'{' || t.text == u'(' || t.text == u'[')
                ++depth;
            else if (t.text == u'}' || t.text == u')' || t.text == u']')
                --depth;
        } else if (depth == 0 && t.kind == Token::Kind::Identifier && t.text == u"function"
            && i + 1 < m_tokens.size() && m_tokens.at(i + 1).kind == Token::Kind::Identifier) {
            const QString name = m_tokens.at(i + 1).text;
            if (m_functions.contains(name))
                fail(QStringLiteral("function %1 is declared twice").arg(name), t.line);
            m_functions.insert(name,
                i > 0 && m_tokens.at(i - 1).kind == Token::Kind::Identifier
                    && m_tokens.at(i - 1).text == u"async");
        }
    }
}

QString Translator::pythonName(const QString &name) const
{
    return pythonReserved().contains(name) || name.startsWith(QLatin1String("js_"))
            || name.contains(u'$')
        ? QString(name).replace(u'$', QStringLiteral("_S_")) + u'_'
        : name;
}

QString Translator::member(const QString &name) const
{
    const QString python = pythonName(name);
    return glueAttributes().contains(python) || python.startsWith(u'_') ? python + u'_' : python;
}

QString Translator::declare(const QString &name, int line)
{
    if (name == u"arguments" || name == u"eval")
        refuse(name, line);
    for (qsizetype i = 0; i < m_function->blocks.size(); ++i) {
        if (!m_function->blocks.at(i).contains(name))
            continue;
        if (i == m_function->blocks.size() - 1)
            return m_function->blocks.at(i).value(name); // var x twice: one variable
        refuse(
            QStringLiteral("a second variable %1 inside %1's scope (shadowing)").arg(name), line);
    }
    const QString python = pythonName(name);
    m_function->blocks.last().insert(name, python);
    return python;
}

Expr Translator::variable(const QString &name, int line)
{
    for (Function *f = m_function; f; f = f->outer) {
        for (qsizetype i = f->blocks.size() - 1; i >= 0; --i) {
            const auto found = f->blocks.at(i).constFind(name);
            if (found == f->blocks.at(i).cend())
                continue;
            Expr e;
            e.code = *found;
            e.variableKey = f->key + u':' + name;
            e.type = typeOf(e.variableKey);
            e.pure = true;
            e.place = Expr::Place::Variable;
            e.outer = f != m_function;
            return e;
        }
    }
    if (m_globals.contains(name)) {
        Expr e;
        e.code = QStringLiteral("self.") + member(name);
        e.variableKey = QStringLiteral("g:") + name;
        e.type = typeOf(e.variableKey);
        e.pure = true;
        e.place = Expr::Place::Attribute;
        e.object = QStringLiteral("self");
        e.key = member(name);
        return e;
    }
    if (m_functions.contains(name))
        refuse(QStringLiteral("the function %1 as a value (only setTimeout and setInterval "
                              "take a function)")
                   .arg(name),
            line);
    refuse(QStringLiteral("%1 (not a variable or function of the sketch, nor of the script API)")
               .arg(name),
        line);
}

void Translator::assignedType(const QString &key, Type type)
{
    if (!key.isEmpty())
        m_assigned.insert(key, join(m_assigned.value(key, Type::Bottom), type));
}

// ---- Top level and functions -----------------------------------------------------------------

QString Translator::run(const QString &className)
{
    scanTopLevel();
    // Top-level statements first (they declare the globals every function sees), into load();
    // the functions after, each a method.
    Function load;
    load.key = QStringLiteral("load");
    load.blocks.append(QHash<QString, QString>());
    m_function = &load;
    QList<qsizetype> functionStarts;
    m_indent = 2;
    while (peek().kind != Token::Kind::End) {
        const bool async = isWord(QStringLiteral("async")) && isWord(QStringLiteral("function"), 1);
        if (isWord(QStringLiteral("function")) || async) {
            functionStarts << m_pos;
            int depth = 0;
            while (
                !(isPunct(QStringLiteral("{")) && depth == 0) && peek().kind != Token::Kind::End) {
                depth += isPunct(QStringLiteral("(")) - isPunct(QStringLiteral(")"));
                next();
            }
            depth = 0;
            do {
                depth += isPunct(QStringLiteral("{")) - isPunct(QStringLiteral("}"));
                next();
            } while (depth > 0 && peek().kind != Token::Kind::End);
            continue;
        }
        topLevel();
    }
    const QStringList loadLines = m_lines;
    m_lines.clear();
    m_indent = 1;
    m_function = nullptr;
    for (const qsizetype start : std::as_const(functionStarts)) {
        m_pos = start;
        const bool async = isWord(QStringLiteral("async"));
        if (async)
            next();
        functionDeclaration(async);
        m_lines << QString();
    }
    m_function = nullptr;

    QStringList out { QStringLiteral("class %1(FactoryLoop):").arg(className),
        QStringLiteral("    \"\"\"The sketch, translated from JavaScript.\"\"\""), QString() };
    if (!loadLines.isEmpty()) {
        out << QStringLiteral("    def load(self):")
            << QStringLiteral("        # the sketch's top-level statements") << loadLines
            << QString();
    }
    out << m_lines;
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(u'\n') + u'\n';
}

void Translator::topLevel()
{
    if (isWord(QStringLiteral("var")) || isWord(QStringLiteral("let"))
        || isWord(QStringLiteral("const"))) {
        variableDeclaration(true);
        return;
    }
    statement();
}

void Translator::functionDeclaration(bool async)
{
    const int line = peek().line;
    next(); // function
    if (acceptPunct(QStringLiteral("*")))
        refuse(QStringLiteral("a generator function (function*)"), line);
    const QString name = expectIdentifier(QStringLiteral("the function's name"));
    if (name == u"out" || name == u"stream" || name == u"setTimeout" || name == u"setInterval"
        || name == u"clearTimeout" || name == u"clearInterval")
        refuse(QStringLiteral("a function named %1 (a name of the script API)").arg(name), line);
    expectPunct(QStringLiteral("("), QStringLiteral("after the function's name"));
    QStringList params;
    while (!acceptPunct(QStringLiteral(")"))) {
        if (isPunct(QStringLiteral("...")) || isPunct(QStringLiteral("{"))
            || isPunct(QStringLiteral("[")))
            refuse(QStringLiteral("a rest or destructuring parameter"));
        params << expectIdentifier(QStringLiteral("a parameter name"));
        if (isPunct(QStringLiteral("=")))
            refuse(QStringLiteral("a default parameter value"));
        if (!isPunct(QStringLiteral(")")))
            expectPunct(QStringLiteral(","), QStringLiteral("between parameters"));
    }
    const QString method = name == u"setup" || name == u"loop" ? name : member(name);
    QStringList pythonParams { QStringLiteral("self") };
    for (const QString &p : std::as_const(params))
        pythonParams << pythonName(p) + QStringLiteral("=None");
    if (name == u"loop") {
        emit(QStringLiteral("@reactive"));
        emit(QStringLiteral("async def loop(%1):").arg(pythonParams.join(QStringLiteral(", "))));
    } else {
        emit(QStringLiteral("%1def %2(%3):")
                 .arg(async ? QStringLiteral("async ") : QString(), method,
                     pythonParams.join(QStringLiteral(", "))));
    }
    functionBody(params, async, QStringLiteral("f:") + name);
}

void Translator::functionBody(const QStringList &params, bool async, const QString &key)
{
    Function function;
    function.outer = m_function; // a callback's: the function it is written in
    function.key = key;
    function.async = async;
    function.blocks.append(QHash<QString, QString>());
    Function *saved = m_function;
    const bool savedHoist = m_hoistOk;
    m_function = &function;
    for (const QString &p : params) {
        declare(p, peek().line);
        assignedType(key + u':' + p, Type::Other);
    }
    ++m_indent;
    const qsizetype first = m_lines.size();
    expectPunct(QStringLiteral("{"), QStringLiteral("to open the function's body"));
    while (!acceptPunct(QStringLiteral("}"))) {
        if (peek().kind == Token::Kind::End)
            fail(QStringLiteral("the function's body never ends (no closing '}')"));
        statement();
    }
    if (m_lines.size() == first)
        emit(QStringLiteral("pass"));
    if (!function.nonlocals.isEmpty()) {
        QStringList names = function.nonlocals.values();
        names.sort();
        m_lines.insert(
            first, indentation() + QStringLiteral("nonlocal ") + names.join(QStringLiteral(", ")));
    }
    --m_indent;
    m_function = saved;
    m_hoistOk = savedHoist;
}

} // namespace wb::js

namespace wb::jstopython {

Result translate(const QString &source, const QString &className)
{
    Result result;
    const js::Tokens tokens = js::tokenize(source);
    if (!tokens.error.isEmpty()) {
        result.error = tokens.error;
        return result;
    }
    // Each pass learns the types of the values assigned to each variable; the last pass is the
    // one whose types no assignment contradicts.
    QHash<QString, js::Type> types;
    for (int pass = 0; pass < 10; ++pass) {
        js::Translator translator(tokens.tokens, types);
        try {
            result.python = translator.run(className);
        } catch (const js::Refusal &refusal) {
            result.python.clear();
            result.error = QStringLiteral("line %1: %2").arg(refusal.line).arg(refusal.text);
            return result;
        }
        QHash<QString, js::Type> merged = types;
        const QHash<QString, js::Type> learned = translator.learned();
        for (auto it = learned.cbegin(); it != learned.cend(); ++it)
            merged.insert(it.key(), js::join(merged.value(it.key(), js::Type::Bottom), it.value()));
        if (merged == types) {
            result.ok = true;
            return result;
        }
        types = merged;
        if (pass == 8) { // no agreement: JavaScript's rules for every variable
            for (auto it = types.begin(); it != types.end(); ++it)
                it.value() = js::Type::Other;
        }
    }
    result.python.clear();
    result.error = QStringLiteral("line 1: the sketch's variable types did not settle");
    return result;
}

} // namespace wb::jstopython
