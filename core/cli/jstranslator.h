#pragma once

#include "cli/jstokens.h"

#include <QHash>
#include <QSet>
#include <QStringList>

// The inside of jstopython: one recursive-descent pass over the tokens that writes Python as it
// goes (statements in jstopython.cpp, expressions in jsexpressions.cpp). It runs more than once:
// each pass learns which variables only ever hold numbers, strings or booleans, so that the
// next one can write `count + 1` where it would otherwise need JavaScript's rules
// (`js_add(count, 1)`); it stops when a pass learns nothing new.
namespace wb::js {

// What an expression is known to give. Bottom: a variable nothing was assigned to yet (only
// while passes are still learning).
enum class Type { Bottom, Number, String, Bool, Other };

Type join(Type a, Type b);

struct Expr
{
    QString code; // Python
    int precedence = 17; // Python's binding strength of its outermost operator (17: an atom)
    Type type = Type::Other;
    bool pure = false; // a name, a literal or attributes of one: safe to evaluate twice
    bool awaits = false; // holds an await
    bool asyncCall = false; // a call of an async function: a coroutine unless awaited
    bool awaitable = false; // a Task (stream()'s Promise) or a coroutine
    bool outer = false; // a variable of the function around a callback
    bool stringLiteral = false;
    bool nullish = false; // null or undefined
    // Where an assignment to it goes.
    enum class Place { None, Variable, Attribute, Index } place = Place::None;
    QString variableKey; // a Variable's type key
    QString object, key; // an Attribute's or Index's object and key (Python)
    QString statement; // the code as a statement, when it differs (push -> append)
};

// Refused input: thrown inside the translator only, caught by translate().
struct Refusal
{
    int line = 0;
    QString text;
};

class Translator
{
public:
    Translator(const QList<Token> &tokens, const QHash<QString, Type> &types);
    QString run(const QString &className); // throws Refusal
    QHash<QString, Type> learned() const { return m_assigned; }

private:
    struct Function
    {
        Function *outer = nullptr;
        QString key; // of its variables' types
        bool async = false;
        QList<QHash<QString, QString>> blocks; // per open block: JavaScript name -> Python name
        QSet<QString> nonlocals; // outer variables it assigns (a callback)
        QStringList loopUpdates; // per enclosing loop: what `continue` must run first
    };

    // Tokens.
    const Token &peek(int ahead = 0) const;
    Token next();
    bool isPunct(const QString &text, int ahead = 0) const;
    bool isWord(const QString &text, int ahead = 0) const;
    bool acceptPunct(const QString &text);
    void expectPunct(const QString &text, const QString &where);
    QString expectIdentifier(const QString &what);
    void endStatement();
    [[noreturn]] void refuse(const QString &construct, int line = 0) const;
    [[noreturn]] void fail(const QString &text, int line = 0) const;

    // Output.
    void emit(const QString &line);
    QString indentation() const { return QString(m_indent * 4, u' '); }

    // Scopes.
    void scanTopLevel();
    void openBlock() { m_function->blocks.append(QHash<QString, QString>()); }
    void closeBlock() { m_function->blocks.removeLast(); }
    QString declare(const QString &name, int line);
    QString pythonName(const QString &name) const;
    QString member(const QString &name) const; // a global's or function's attribute of self
    Expr variable(const QString &name, int line);
    void assignedType(const QString &key, Type type);
    Type typeOf(const QString &key) const { return m_types.value(key, Type::Bottom); }

    // Statements (jstopython.cpp).
    void topLevel();
    void functionDeclaration(bool async);
    void functionBody(const QStringList &params, bool async, const QString &key);
    void statement();
    void block();
    void statementOrBlock();
    void variableDeclaration(bool topLevel, bool inFor = false);
    void ifStatement(bool elif = false);
    void whileStatement();
    void forStatement();
    void returnStatement();
    void jumpStatement(bool isBreak);
    void expressionStatement();
    // One assignment, ++ or -- or call (for's init and update too): its Python statement.
    QString simpleStatement();
    QString assign(const Expr &target, const Expr &value, int line, bool compound = false);

    // Expressions (jsexpressions.cpp).
    Expr expression();
    Expr conditional();
    Expr binary(int level);
    Expr unary();
    Expr postfix(bool awaited = false);
    Expr primary();
    Expr call(const Expr &callee, const QString &name, const QString &object, int line);
    Expr methodCall(const Expr &object, const QString &method, int line);
    QList<Expr> arguments();
    Expr callback(int line);
    Expr arrayLiteral();
    Expr objectLiteral();
    Expr operation(const QString &op, const Expr &a, const Expr &b, int line);
    Expr settle(Expr e) const; // an async call left unawaited becomes a Task
    QString condition(const Expr &e) const; // for if, while, ?:
    static QString wrap(const Expr &e, int precedence);
    static QString pyString(const QString &text);

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    QStringList m_lines;
    int m_indent = 0;
    QHash<QString, bool> m_functions; // top-level functions: name -> async
    QSet<QString> m_globals;
    QHash<QString, Type> m_types; // from the previous pass
    QHash<QString, Type> m_assigned; // in this pass
    Function *m_function = nullptr;
    bool m_hoistOk = false; // a callback's def may go before the current statement
    int m_callbacks = 0;
};

} // namespace wb::js
