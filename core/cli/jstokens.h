#pragma once

#include <QList>
#include <QString>

// The tokens of the sketch language that jstopython translates (docs/python-export.md): a
// subset of JavaScript's lexical grammar. What lies outside it (template literals, regular
// expressions as such, non-ASCII identifiers) is refused with its line.
namespace wb::js {

struct Token
{
    enum class Kind { Identifier, Number, String, Punctuator, End };
    Kind kind = Kind::End;
    QString text; // the identifier, the punctuator, the decoded string, the number's source
    int line = 1;
    bool newlineBefore = false; // a line break between this token and the one before
};

struct Tokens
{
    QList<Token> tokens; // ends with an End token
    QString error; // "line N: what": empty when the source was read whole
};

Tokens tokenize(const QString &source);

} // namespace wb::js
