#include "lesson/checkexpr.h"
#include "lesson/checklexer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace wb::checklanguage {

namespace {

const QStringList kTrafficPatterns { QStringLiteral("sent"), QStringLiteral("acked"),
    QStringLiteral("failed"), QStringLiteral("received"), QStringLiteral("ack_sent"),
    QStringLiteral("held"), QStringLiteral("released"), QStringLiteral("delayed"),
    QStringLiteral("dropped"), QStringLiteral("duplicated") };
const QStringList kOtherPatterns { QStringLiteral("log"), QStringLiteral("live"),
    QStringLiteral("state"), QStringLiteral("fault"), QStringLiteral("finished") };
const QStringList kFunctions { QStringLiteral("count"), QStringLiteral("max"),
    QStringLiteral("last"), QStringLiteral("unacked"), QStringLiteral("time"),
    QStringLiteral("within"), QStringLiteral("before"), QStringLiteral("all"),
    QStringLiteral("any") };

// The filters a pattern takes, and whether each wants text (else a truth value; `is` takes
// text, a number or a truth value).
QStringList filtersOf(const QString &pattern)
{
    if (kTrafficPatterns.contains(pattern)) {
        QStringList f { QStringLiteral("node"), QStringLiteral("from"), QStringLiteral("to"),
            QStringLiteral("text"), QStringLiteral("contains"), QStringLiteral("matches") };
        if (pattern == QLatin1String("sent"))
            f << QStringLiteral("retry");
        if (pattern == QLatin1String("received") || pattern == QLatin1String("acked"))
            f << QStringLiteral("duplicate");
        return f;
    }
    if (pattern == QLatin1String("log"))
        return { QStringLiteral("node"), QStringLiteral("text"), QStringLiteral("contains"),
            QStringLiteral("matches") };
    if (pattern == QLatin1String("live"))
        return { QStringLiteral("node"), QStringLiteral("key"), QStringLiteral("is") };
    if (pattern == QLatin1String("state") || pattern == QLatin1String("fault"))
        return { QStringLiteral("node"), QStringLiteral("is") };
    return { QStringLiteral("node"), QStringLiteral("ok") }; // finished
}

bool wantsTruth(const QString &filter)
{
    return filter == QLatin1String("retry") || filter == QLatin1String("duplicate")
        || filter == QLatin1String("ok");
}

// What an expression gives, to check arguments before anything runs.
enum class Type { Number, Text, Truth, Pattern, Value };

QString typeName(Type type)
{
    switch (type) {
    case Type::Number:
        return QCoreApplication::translate("wb::Lesson", "a number");
    case Type::Text:
        return QCoreApplication::translate("wb::Lesson", "a text");
    case Type::Truth:
        return QCoreApplication::translate("wb::Lesson", "a condition");
    case Type::Pattern:
        return QCoreApplication::translate("wb::Lesson", "an event pattern");
    case Type::Value:
        return QCoreApplication::translate("wb::Lesson", "a value");
    }
    return {};
}

class Parser
{
public:
    explicit Parser(const QString &source) : m_source(source) { }

    Parsed run()
    {
        Parsed result;
        Lexed lexed = tokenize(m_source);
        if (!lexed.error.isEmpty()) {
            fail(lexed.errorAt, lexed.error);
            fill(result);
            return result;
        }
        m_tokens = std::move(lexed.tokens);
        auto expr = parseOr();
        if (expr && peek().kind != Token::Kind::End)
            fail(peek().offset,
                QCoreApplication::translate("wb::Lesson", "unexpected '%1' after the check")
                    .arg(peek().text));
        if (!m_error.isEmpty()) {
            fill(result);
            return result;
        }
        if (typeOf(*expr) != Type::Truth) {
            m_errorAt = 0;
            fail(0,
                QCoreApplication::translate("wb::Lesson",
                    "a check must be a condition (a comparison, within, before, "
                    "all or any), not %1")
                    .arg(typeName(typeOf(*expr))));
            fill(result);
            return result;
        }
        result.expr = expr;
        return result;
    }

private:
    void fill(Parsed &result) const
    {
        const auto [line, column] = place(m_errorAt);
        result.line = line;
        result.column = column;
        result.error = QCoreApplication::translate("wb::Lesson", "line %1, column %2: %3")
                           .arg(line)
                           .arg(column)
                           .arg(m_error);
    }
    QPair<int, int> place(int offset) const
    {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < m_source.size(); ++i) {
            if (m_source.at(i) == u'\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return { line, column };
    }
    std::nullptr_t fail(int offset, const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorAt = offset;
        }
        return nullptr;
    }

    const Token &peek(int ahead = 0) const
    {
        return m_tokens.at(std::min<qsizetype>(m_pos + ahead, m_tokens.size() - 1));
    }
    bool isPunct(const QString &p, int ahead = 0) const
    {
        return peek(ahead).kind == Token::Kind::Punct && peek(ahead).text == p;
    }
    bool isWord(const QString &w) const
    {
        return peek().kind == Token::Kind::Name && peek().text == w;
    }
    bool expect(const QString &p, const QString &what)
    {
        if (isPunct(p)) {
            ++m_pos;
            return true;
        }
        fail(peek().offset,
            QCoreApplication::translate("wb::Lesson", "expected '%1' %2, found '%3'")
                .arg(p, what, peek().text));
        return false;
    }

    std::shared_ptr<CheckExpr> make(CheckExpr::Op op, int offset) const
    {
        auto e = std::make_shared<CheckExpr>();
        e->op = op;
        const auto [line, column] = place(offset);
        e->line = line;
        e->column = column;
        return e;
    }
    void finishSource(CheckExpr &e, int begin) const
    {
        const int end = m_pos > 0 ? m_tokens.at(m_pos - 1).offset + tokenLength(m_pos - 1) : begin;
        e.source = m_source.mid(begin, end - begin).simplified();
    }
    int tokenLength(qsizetype index) const
    {
        const Token &t = m_tokens.at(index);
        if (t.kind == Token::Kind::Text) { // the quotes and escapes as written
            int j = t.offset + 1;
            while (j < m_source.size() && m_source.at(j) != u'"')
                j += m_source.at(j) == u'\\' ? 2 : 1;
            return j + 1 - t.offset;
        }
        return int(t.text.size());
    }

    CheckExprPtr parseOr() { return parseChain(QStringLiteral("or"), CheckExpr::Op::Or); }
    CheckExprPtr parseAnd() { return parseChain(QStringLiteral("and"), CheckExpr::Op::And); }

    CheckExprPtr parseChain(const QString &word, CheckExpr::Op op)
    {
        const int begin = peek().offset;
        CheckExprPtr first = op == CheckExpr::Op::Or ? parseAnd() : parseNot();
        if (!first || !isWord(word))
            return first;
        auto chain = make(op, begin);
        chain->args << first;
        while (m_error.isEmpty() && isWord(word)) {
            ++m_pos;
            CheckExprPtr next = op == CheckExpr::Op::Or ? parseAnd() : parseNot();
            if (!next)
                return nullptr;
            chain->args << next;
        }
        for (const CheckExprPtr &a : std::as_const(chain->args)) {
            if (typeOf(*a) != Type::Truth)
                return fail(offsetOf(*a),
                    QCoreApplication::translate("wb::Lesson", "'%1' joins conditions; this is %2")
                        .arg(word, typeName(typeOf(*a))));
        }
        finishSource(*chain, begin);
        return chain;
    }

    CheckExprPtr parseNot()
    {
        if (!isWord(QStringLiteral("not")))
            return parseCompare();
        const int begin = peek().offset;
        ++m_pos;
        CheckExprPtr inner = parseNot();
        if (!inner)
            return nullptr;
        if (typeOf(*inner) != Type::Truth)
            return fail(offsetOf(*inner),
                QCoreApplication::translate("wb::Lesson", "'not' takes a condition; this is %1")
                    .arg(typeName(typeOf(*inner))));
        auto e = make(CheckExpr::Op::Not, begin);
        e->args << inner;
        finishSource(*e, begin);
        return e;
    }

    CheckExprPtr parseCompare()
    {
        const int begin = peek().offset;
        CheckExprPtr left = parsePrimary();
        if (!left)
            return nullptr;
        static const QStringList ops { QStringLiteral("=="), QStringLiteral("!="),
            QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">=") };
        if (peek().kind != Token::Kind::Punct || !ops.contains(peek().text))
            return left;
        const Token opToken = peek();
        ++m_pos;
        CheckExprPtr right = parsePrimary();
        if (!right)
            return nullptr;
        for (const CheckExprPtr &side : { left, right }) {
            const Type t = typeOf(*side);
            if (t == Type::Pattern || t == Type::Truth)
                return fail(offsetOf(*side),
                    QCoreApplication::translate("wb::Lesson",
                        "'%1' compares numbers or texts; this is %2 (count(...) "
                        "counts a pattern's events)")
                        .arg(opToken.text, typeName(t)));
        }
        const bool ordered
            = opToken.text != QLatin1String("==") && opToken.text != QLatin1String("!=");
        for (const CheckExprPtr &side : { left, right }) {
            if (ordered && typeOf(*side) == Type::Text)
                return fail(offsetOf(*side),
                    QCoreApplication::translate("wb::Lesson",
                        "'%1' orders numbers; a text can only be compared with == or !=")
                        .arg(opToken.text));
        }
        auto e = make(CheckExpr::Op::Compare, begin);
        e->text = opToken.text;
        e->args << left << right;
        finishSource(*e, begin);
        return e;
    }

    int offsetOf(const CheckExpr &e) const
    {
        int line = 1;
        int offset = 0;
        while (line < e.line && offset < m_source.size()) {
            if (m_source.at(offset++) == u'\n')
                ++line;
        }
        return offset + e.column - 1;
    }

    CheckExprPtr parsePrimary()
    {
        const Token t = peek();
        if (t.kind == Token::Kind::Number) {
            ++m_pos;
            auto e = make(CheckExpr::Op::Number, t.offset);
            e->number = t.number;
            if (isWord(QStringLiteral("s"))) {
                ++m_pos;
            } else if (isWord(QStringLiteral("ms"))) {
                e->number /= 1000.0;
                ++m_pos;
            }
            finishSource(*e, t.offset);
            return e;
        }
        if (t.kind == Token::Kind::Text) {
            ++m_pos;
            auto e = make(CheckExpr::Op::Text, t.offset);
            e->text = t.text;
            finishSource(*e, t.offset);
            return e;
        }
        if (isPunct(QStringLiteral("("))) {
            ++m_pos;
            CheckExprPtr inner = parseOr();
            if (!inner
                || !expect(
                    QStringLiteral(")"), QCoreApplication::translate("wb::Lesson", "to close '('")))
                return nullptr;
            return inner;
        }
        if (t.kind != Token::Kind::Name)
            return fail(t.offset,
                QCoreApplication::translate(
                    "wb::Lesson", "expected a value, a pattern or a function, found '%1'")
                    .arg(t.text));
        if (t.text == QLatin1String("true") || t.text == QLatin1String("false")) {
            ++m_pos;
            auto e = make(CheckExpr::Op::Truth, t.offset);
            e->truth = t.text == QLatin1String("true");
            finishSource(*e, t.offset);
            return e;
        }
        const bool pattern = kTrafficPatterns.contains(t.text) || kOtherPatterns.contains(t.text);
        if (!pattern && !kFunctions.contains(t.text))
            return fail(t.offset,
                QCoreApplication::translate(
                    "wb::Lesson", "unknown name '%1' (patterns: %2; functions: %3)")
                    .arg(t.text, patternNames().join(QStringLiteral(", ")),
                        kFunctions.join(QStringLiteral(", "))));
        ++m_pos;
        return pattern ? parsePattern(t) : parseCall(t);
    }

    CheckExprPtr parsePattern(const Token &name)
    {
        auto e = make(CheckExpr::Op::Pattern, name.offset);
        e->name = name.text;
        if (!isPunct(QStringLiteral("("))) { // a bare pattern: every such event
            finishSource(*e, name.offset);
            return e;
        }
        ++m_pos;
        const QStringList allowed = filtersOf(name.text);
        QSet<QString> seen;
        while (m_error.isEmpty() && !isPunct(QStringLiteral(")"))) {
            const Token key = peek();
            if (key.kind != Token::Kind::Name || !isPunct(QStringLiteral(":"), 1))
                return fail(key.offset,
                    QCoreApplication::translate("wb::Lesson",
                        "expected a filter of %1 as name: value "
                        "(%2), found '%3'")
                        .arg(name.text, allowed.join(QStringLiteral(", ")), key.text));
            if (!allowed.contains(key.text))
                return fail(key.offset,
                    QCoreApplication::translate("wb::Lesson", "%1 has no filter '%2' (it has %3)")
                        .arg(name.text, key.text, allowed.join(QStringLiteral(", "))));
            if (seen.contains(key.text))
                return fail(key.offset,
                    QCoreApplication::translate("wb::Lesson", "filter '%1' given twice")
                        .arg(key.text));
            seen.insert(key.text);
            m_pos += 2;
            const Token value = peek();
            QVariant v;
            if (value.kind == Token::Kind::Text)
                v = value.text;
            else if (value.kind == Token::Kind::Number && key.text == QLatin1String("is"))
                v = value.number;
            else if (value.kind == Token::Kind::Name
                && (value.text == QLatin1String("true") || value.text == QLatin1String("false")))
                v = value.text == QLatin1String("true");
            if (!v.isValid()
                || (key.text != QLatin1String("is")
                    && wantsTruth(key.text) != (v.typeId() == QMetaType::Bool)))
                return fail(value.offset,
                    QCoreApplication::translate("wb::Lesson", "filter '%1' takes %2, found '%3'")
                        .arg(key.text,
                            wantsTruth(key.text)
                                ? QCoreApplication::translate("wb::Lesson", "true or false")
                                : QCoreApplication::translate("wb::Lesson", "a text in quotes"),
                            value.text));
            if (key.text == QLatin1String("matches")) {
                const QRegularExpression re(v.toString());
                if (!re.isValid())
                    return fail(value.offset + 1 + int(re.patternErrorOffset()),
                        QCoreApplication::translate("wb::Lesson", "bad regular expression: %1")
                            .arg(re.errorString()));
            }
            ++m_pos;
            e->filters.append({ key.text, v });
            if (!isPunct(QStringLiteral(")"))
                && !expect(QStringLiteral(","),
                    QCoreApplication::translate("wb::Lesson", "between filters")))
                return nullptr;
        }
        if (!m_error.isEmpty())
            return nullptr;
        ++m_pos; // ')'
        finishSource(*e, name.offset);
        return e;
    }

    CheckExprPtr parseCall(const Token &name)
    {
        auto e = make(CheckExpr::Op::Call, name.offset);
        e->name = name.text;
        if (!expect(QStringLiteral("("), QStringLiteral("after ") + name.text))
            return nullptr;
        while (m_error.isEmpty() && !isPunct(QStringLiteral(")"))) {
            CheckExprPtr arg = parseOr();
            if (!arg)
                return nullptr;
            e->args << arg;
            if (!isPunct(QStringLiteral(")"))
                && !expect(QStringLiteral(","),
                    QCoreApplication::translate("wb::Lesson", "between arguments")))
                return nullptr;
        }
        if (!m_error.isEmpty())
            return nullptr;
        ++m_pos;
        finishSource(*e, name.offset);
        if (const QString problem = checkArguments(*e); !problem.isEmpty())
            return fail(name.offset, problem);
        return e;
    }

    // The arguments each function takes.
    QString checkArguments(const CheckExpr &e) const
    {
        const QString &f = e.name;
        QList<Type> want;
        if (f == QLatin1String("count") || f == QLatin1String("last") || f == QLatin1String("time")
            || f == QLatin1String("max") || f == QLatin1String("unacked"))
            want = { Type::Pattern };
        else if (f == QLatin1String("within"))
            want = { Type::Number, Type::Pattern, Type::Pattern };
        else if (f == QLatin1String("before"))
            want = { Type::Pattern, Type::Pattern };
        if (f == QLatin1String("all") || f == QLatin1String("any")) {
            if (e.args.isEmpty())
                return QCoreApplication::translate("wb::Lesson", "%1 takes one condition or more")
                    .arg(f);
            for (const CheckExprPtr &a : e.args) {
                if (typeOf(*a) != Type::Truth)
                    return QCoreApplication::translate(
                        "wb::Lesson", "%1 takes conditions; '%2' is %3")
                        .arg(f, a->source, typeName(typeOf(*a)));
            }
            return {};
        }
        if (e.args.size() != want.size())
            return QCoreApplication::translate("wb::Lesson", "%1 takes %2 argument(s), not %3")
                .arg(f)
                .arg(want.size())
                .arg(e.args.size());
        for (qsizetype i = 0; i < want.size(); ++i) {
            if (typeOf(*e.args.at(i)) != want.at(i))
                return QCoreApplication::translate(
                    "wb::Lesson", "%1: argument %2 ('%3') must be %4, not %5")
                    .arg(f)
                    .arg(i + 1)
                    .arg(e.args.at(i)->source, typeName(want.at(i)),
                        typeName(typeOf(*e.args.at(i))));
        }
        const CheckExpr &p = *e.args.last();
        const auto has = [&p](const char *filter) {
            return std::any_of(p.filters.cbegin(), p.filters.cend(),
                [filter](const auto &kv) { return kv.first == QLatin1String(filter); });
        };
        if (f == QLatin1String("max") && (p.name != QLatin1String("live") || !has("key")))
            return QCoreApplication::translate("wb::Lesson",
                "max takes a live pattern with a key: max(live(node: \"queue\", "
                "key: \"fill\"))");
        if (f == QLatin1String("unacked") && p.name != QLatin1String("sent"))
            return QCoreApplication::translate(
                "wb::Lesson", "unacked takes a sent pattern: unacked(sent(from: \"clock\"))");
        if (f == QLatin1String("last") && p.name == QLatin1String("live") && !has("key"))
            return QCoreApplication::translate(
                "wb::Lesson", "last of a live pattern needs its key");
        return {};
    }

    static Type typeOf(const CheckExpr &e)
    {
        switch (e.op) {
        case CheckExpr::Op::Number:
            return Type::Number;
        case CheckExpr::Op::Text:
            return Type::Text;
        case CheckExpr::Op::Pattern:
            return Type::Pattern;
        case CheckExpr::Op::Call:
            if (e.name == QLatin1String("last"))
                return Type::Value;
            if (e.name == QLatin1String("within") || e.name == QLatin1String("before")
                || e.name == QLatin1String("all") || e.name == QLatin1String("any"))
                return Type::Truth;
            return Type::Number;
        default:
            return Type::Truth;
        }
    }

    QString m_source;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    QString m_error;
    int m_errorAt = 0;
};

} // namespace

QStringList patternNames()
{
    return kTrafficPatterns + kOtherPatterns;
}

QStringList functionNames()
{
    return kFunctions;
}

Parsed parse(const QString &source)
{
    if (source.trimmed().isEmpty()) {
        Parsed empty;
        empty.line = 1;
        empty.column = 1;
        empty.error
            = QCoreApplication::translate("wb::Lesson", "line 1, column 1: the check is empty");
        return empty;
    }
    return Parser(source).run();
}

} // namespace wb::checklanguage
