#include "lesson/checklexer.h"

#include <QCoreApplication>
#include <QStringList>

namespace wb::checklanguage {

Lexed tokenize(const QString &s)
{
    Lexed lexed;
    const auto failed = [&lexed](int at, const QString &message) {
        lexed.tokens.clear();
        lexed.error = message;
        lexed.errorAt = at;
        return lexed;
    };
    int i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'#') { // a comment to the end of the line
            while (i < s.size() && s.at(i) != u'\n')
                ++i;
            continue;
        }
        Token t;
        t.offset = i;
        if (c.isLetter() || c == u'_') {
            int j = i;
            while (j < s.size() && (s.at(j).isLetterOrNumber() || s.at(j) == u'_'))
                ++j;
            t.kind = Token::Kind::Name;
            t.text = s.mid(i, j - i);
            i = j;
        } else if (c.isDigit()) {
            int j = i;
            while (j < s.size() && (s.at(j).isDigit() || s.at(j) == u'.'))
                ++j;
            bool ok = false;
            t.number = s.mid(i, j - i).toDouble(&ok);
            if (!ok)
                return failed(i,
                    QCoreApplication::translate("wb::Lesson", "'%1' is not a number")
                        .arg(s.mid(i, j - i)));
            t.kind = Token::Kind::Number;
            t.text = s.mid(i, j - i);
            i = j;
        } else if (c == u'"') {
            int j = i + 1;
            QString text;
            while (j < s.size() && s.at(j) != u'"') {
                if (s.at(j) == u'\\' && j + 1 < s.size()) {
                    const QChar e = s.at(j + 1);
                    text += e == u'n' ? QChar(u'\n') : e;
                    j += 2;
                    continue;
                }
                if (s.at(j) == u'\n')
                    break;
                text += s.at(j++);
            }
            if (j >= s.size() || s.at(j) != u'"')
                return failed(
                    i, QCoreApplication::translate("wb::Lesson", "this text has no closing '\"'"));
            t.kind = Token::Kind::Text;
            t.text = text;
            i = j + 1;
        } else {
            static const QStringList twoChar { QStringLiteral("=="), QStringLiteral("!="),
                QStringLiteral("<="), QStringLiteral(">=") };
            const QString two = s.mid(i, 2);
            if (twoChar.contains(two)) {
                t.text = two;
                i += 2;
            } else if (QStringLiteral("(),:<>").contains(c)) {
                t.text = c;
                ++i;
            } else if (c == u'=') {
                return failed(i,
                    QCoreApplication::translate("wb::Lesson",
                        "'=' alone: compare with '==', or give a filter "
                        "as name: value"));
            } else {
                return failed(i,
                    QCoreApplication::translate("wb::Lesson", "unexpected character '%1'").arg(c));
            }
            t.kind = Token::Kind::Punct;
        }
        lexed.tokens << t;
    }
    Token end;
    end.offset = int(s.size());
    end.text = QCoreApplication::translate("wb::Lesson", "the end");
    lexed.tokens << end;
    return lexed;
}

} // namespace wb::checklanguage
