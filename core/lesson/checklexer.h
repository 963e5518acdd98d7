#pragma once

#include <QList>
#include <QString>

// The check language's words (docs/lessons.md): names, numbers, texts in quotes and punctuation,
// with their offsets for error places. Used by the parser only.
namespace wb::checklanguage {

struct Token
{
    enum class Kind { End, Name, Number, Text, Punct };
    Kind kind = Kind::End;
    QString text;
    double number = 0;
    int offset = 0;
};

struct Lexed
{
    QList<Token> tokens; // ends with a Token::Kind::End
    QString error; // empty when the source reads
    int errorAt = 0; // offset of the error in the source
};

Lexed tokenize(const QString &source);

} // namespace wb::checklanguage
