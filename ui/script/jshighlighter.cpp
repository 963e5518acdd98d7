#include "jshighlighter.h"

namespace wb {

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

} // namespace

JsHighlighter::JsHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_word(QStringLiteral("[A-Za-z_$][A-Za-z0-9_$]*"))
    , m_number(QStringLiteral("0[xX][0-9a-fA-F_]+n?|0[bB][01_]+n?|0[oO][0-7_]+n?"
                              "|(?:\\d[\\d_]*\\.?[\\d_]*|\\.\\d[\\d_]*)(?:[eE][+-]?\\d+)?n?"))
{
    setDark(false);
}

const QStringList &JsHighlighter::keywords()
{
    static const QStringList list { QStringLiteral("async"), QStringLiteral("await"),
        QStringLiteral("break"), QStringLiteral("case"), QStringLiteral("catch"),
        QStringLiteral("class"), QStringLiteral("const"), QStringLiteral("continue"),
        QStringLiteral("debugger"), QStringLiteral("default"), QStringLiteral("delete"),
        QStringLiteral("do"), QStringLiteral("else"), QStringLiteral("export"),
        QStringLiteral("extends"), QStringLiteral("false"), QStringLiteral("finally"),
        QStringLiteral("for"), QStringLiteral("function"), QStringLiteral("if"),
        QStringLiteral("import"), QStringLiteral("in"), QStringLiteral("instanceof"),
        QStringLiteral("let"), QStringLiteral("new"), QStringLiteral("null"), QStringLiteral("of"),
        QStringLiteral("return"), QStringLiteral("static"), QStringLiteral("super"),
        QStringLiteral("switch"), QStringLiteral("this"), QStringLiteral("throw"),
        QStringLiteral("true"), QStringLiteral("try"), QStringLiteral("typeof"),
        QStringLiteral("undefined"), QStringLiteral("var"), QStringLiteral("void"),
        QStringLiteral("while"), QStringLiteral("with"), QStringLiteral("yield") };
    return list;
}

const QStringList &JsHighlighter::apiNames()
{
    // The script API (docs/scripts.md): what the workbench calls and what it provides.
    static const QStringList list { QStringLiteral("setup"), QStringLiteral("loop"),
        QStringLiteral("out"), QStringLiteral("stream"), QStringLiteral("setTimeout"),
        QStringLiteral("setInterval"), QStringLiteral("clearTimeout"),
        QStringLiteral("clearInterval") };
    return list;
}

QTextCharFormat JsHighlighter::format(Role role) const
{
    return m_formats[int(role)];
}

void JsHighlighter::setDark(bool dark)
{
    const auto make = [](const char *colour, bool bold, bool italic) {
        QTextCharFormat format;
        format.setForeground(QColor(QLatin1String(colour)));
        if (bold)
            format.setFontWeight(QFont::Bold);
        format.setFontItalic(italic);
        return format;
    };
    m_formats[int(Role::Keyword)] = make(dark ? "#cc7832" : "#0033b3", true, false);
    m_formats[int(Role::String)] = make(dark ? "#6a8759" : "#067d17", false, false);
    m_formats[int(Role::Number)] = make(dark ? "#6897bb" : "#1750eb", false, false);
    m_formats[int(Role::Comment)] = make(dark ? "#808080" : "#8c8c8c", false, true);
    m_formats[int(Role::Api)] = make(dark ? "#c77dbb" : "#871094", true, false);
    rehighlight();
}

int JsHighlighter::blockComment(const QString &text, int from)
{
    // `from` is where the comment's text starts (after "/*", or 0 on a continued line).
    const int end = text.indexOf(QLatin1String("*/"), from);
    const int start = previousBlockState() == InBlockComment && from == 0 ? 0 : from - 2;
    if (end < 0) {
        setFormat(start, text.size() - start, m_formats[int(Role::Comment)]);
        setCurrentBlockState(InBlockComment);
        return text.size();
    }
    setFormat(start, end + 2 - start, m_formats[int(Role::Comment)]);
    return end + 2;
}

int JsHighlighter::templateLiteral(const QString &text, int from)
{
    // `from` is just after the opening backtick (or 0 on a continued line). The ${...} parts
    // are coloured as the string: a sketch's templates are short.
    const int start = previousBlockState() == InTemplate && from == 0 ? 0 : from - 1;
    int i = from;
    while (i < text.size()) {
        if (text.at(i) == u'\\') {
            i += 2;
            continue;
        }
        if (text.at(i) == u'`') {
            setFormat(start, i + 1 - start, m_formats[int(Role::String)]);
            return i + 1;
        }
        ++i;
    }
    setFormat(start, text.size() - start, m_formats[int(Role::String)]);
    setCurrentBlockState(InTemplate);
    return text.size();
}

void JsHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(Normal);
    int i = 0;
    if (previousBlockState() == InBlockComment)
        i = blockComment(text, 0);
    else if (previousBlockState() == InTemplate)
        i = templateLiteral(text, 0);
    while (i < text.size()) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == u'/' && next == u'/') {
            setFormat(i, text.size() - i, m_formats[int(Role::Comment)]);
            return;
        }
        if (c == u'/' && next == u'*') {
            i = blockComment(text, i + 2);
            continue;
        }
        if (c == u'"' || c == u'\'') {
            int end = i + 1;
            while (end < text.size() && text.at(end) != c)
                end += text.at(end) == u'\\' ? 2 : 1;
            end = std::min(int(text.size()), end + 1);
            setFormat(i, end - i, m_formats[int(Role::String)]);
            i = end;
            continue;
        }
        if (c == u'`') {
            i = templateLiteral(text, i + 1);
            continue;
        }
        if (isIdentifierStart(c)) {
            const QRegularExpressionMatch word = m_word.match(text, i,
                QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            const int length = word.hasMatch() ? int(word.capturedLength()) : 1;
            const QString name = text.mid(i, length);
            if (keywords().contains(name))
                setFormat(i, length, m_formats[int(Role::Keyword)]);
            else if (apiNames().contains(name))
                setFormat(i, length, m_formats[int(Role::Api)]);
            i += length;
            continue;
        }
        if (c.isDigit() || (c == u'.' && next.isDigit())) {
            const bool afterWord = i > 0 && isIdentifierPart(text.at(i - 1));
            const QRegularExpressionMatch number = m_number.match(text, i,
                QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            const int length = number.hasMatch() ? int(number.capturedLength()) : 1;
            if (!afterWord)
                setFormat(i, length, m_formats[int(Role::Number)]);
            i += length;
            continue;
        }
        ++i;
    }
}

} // namespace wb
