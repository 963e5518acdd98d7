#include "cli/jstokens.h"

#include <array>

namespace wb::js {

namespace {

// Longest first, so that "===" wins over "==" and "=".
constexpr std::array kPunctuators { "===", "!==", ">>>", "...", "**=", "&&=", "||=",
    "?"
    "?=",
    "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--",
    "+=", "-=", "*=", "/=", "%=", "**", "<<", ">>", "&=", "|=", "^=", "{", "}", "(", ")", "[", "]",
    ";", ",", "<", ">", "+", "-", "*", "/", "%", "=", "!", "?", ":", ".", "&", "|", "^", "~" };

bool isIdentifierStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'$';
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || (c >= u'0' && c <= u'9');
}

QString lineError(int line, const QString &what)
{
    return QStringLiteral("line %1: %2").arg(line).arg(what);
}

} // namespace

Tokens tokenize(const QString &source)
{
    Tokens result;
    int line = 1;
    bool newline = false;
    qsizetype i = 0;
    const qsizetype n = source.size();
    const auto fail = [&](const QString &what) {
        result.error = lineError(line, what);
        result.tokens.clear();
        return result;
    };
    const auto add = [&](Token::Kind kind, const QString &text, int at) {
        result.tokens.append({ kind, text, at, newline });
        newline = false;
    };
    while (i < n) {
        const QChar c = source.at(i);
        if (c == u'\n') {
            ++line;
            newline = true;
            ++i;
        } else if (c.isSpace()) {
            ++i;
        } else if (c == u'/' && i + 1 < n && source.at(i + 1) == u'/') {
            while (i < n && source.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && source.at(i + 1) == u'*') {
            const int start = line;
            const qsizetype end = source.indexOf(QStringLiteral("*/"), i + 2);
            if (end < 0) {
                line = start;
                return fail(QStringLiteral("a comment that never ends (no */)"));
            }
            const int breaks = int(QStringView(source).mid(i, end - i).count(u'\n'));
            line += breaks;
            newline = newline || breaks > 0;
            i = end + 2;
        } else if (isIdentifierStart(c)) {
            const qsizetype start = i;
            while (i < n && isIdentifierPart(source.at(i)))
                ++i;
            add(Token::Kind::Identifier, source.mid(start, i - start), line);
        } else if (c.isDigit() || (c == u'.' && i + 1 < n && source.at(i + 1).isDigit())) {
            const qsizetype start = i;
            if (c == u'0' && i + 1 < n && (source.at(i + 1) == u'x' || source.at(i + 1) == u'X')) {
                i += 2;
                while (i < n && isIdentifierPart(source.at(i)))
                    ++i;
            } else {
                while (i < n && (source.at(i).isDigit() || source.at(i) == u'.'))
                    ++i;
                if (i < n && (source.at(i) == u'e' || source.at(i) == u'E')) {
                    ++i;
                    if (i < n && (source.at(i) == u'+' || source.at(i) == u'-'))
                        ++i;
                    while (i < n && source.at(i).isDigit())
                        ++i;
                }
            }
            if (i < n && isIdentifierPart(source.at(i)))
                return fail(QStringLiteral("a number followed by a letter (%1)")
                                .arg(source.mid(start, i - start + 1)));
            add(Token::Kind::Number, source.mid(start, i - start), line);
        } else if (c == u'"' || c == u'\'') {
            const int start = line;
            QString text;
            ++i;
            for (;;) {
                if (i >= n || source.at(i) == u'\n')
                    return fail(QStringLiteral("a string that never ends (no closing %1)").arg(c));
                const QChar d = source.at(i++);
                if (d == c)
                    break;
                if (d != u'\\') {
                    text += d;
                    continue;
                }
                if (i >= n)
                    return fail(QStringLiteral("a string that never ends"));
                const QChar e = source.at(i++);
                switch (e.unicode()) {
                case 'n':
                    text += u'\n';
                    break;
                case 't':
                    text += u'\t';
                    break;
                case 'r':
                    text += u'\r';
                    break;
                case '0':
                    text += QChar(0);
                    break;
                case 'b':
                    text += u'\b';
                    break;
                case 'f':
                    text += u'\f';
                    break;
                case 'v':
                    text += u'\v';
                    break;
                case 'u': {
                    bool ok = false;
                    const uint code = source.mid(i, 4).toUInt(&ok, 16);
                    if (!ok || source.mid(i, 4).size() < 4)
                        return fail(QStringLiteral("\\u in a string needs four hex digits"));
                    text += QChar(char16_t(code));
                    i += 4;
                    break;
                }
                case 'x': {
                    bool ok = false;
                    const uint code = source.mid(i, 2).toUInt(&ok, 16);
                    if (!ok || source.mid(i, 2).size() < 2)
                        return fail(QStringLiteral("\\x in a string needs two hex digits"));
                    text += QChar(char16_t(code));
                    i += 2;
                    break;
                }
                case '\n':
                    ++line;
                    break; // a line continuation
                default:
                    text += e;
                    break;
                }
            }
            add(Token::Kind::String, text, start);
        } else if (c == u'`') {
            return fail(QStringLiteral("a template literal (`...`) has no Python translation: "
                                       "join strings with +"));
        } else {
            bool found = false;
            for (const char *p : kPunctuators) {
                const QLatin1StringView punctuator(p);
                if (QStringView(source).mid(i, punctuator.size()) == punctuator) {
                    add(Token::Kind::Punctuator, QString(punctuator), line);
                    i += punctuator.size();
                    found = true;
                    break;
                }
            }
            if (!found)
                return fail(QStringLiteral("unexpected character '%1'").arg(c));
        }
    }
    result.tokens.append({ Token::Kind::End, QString(), line, newline });
    return result;
}

} // namespace wb::js
