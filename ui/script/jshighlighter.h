#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace wb {

// Colours a sketch's JavaScript (docs/script-editor.md): keywords, strings (single, double and
// template literals, which may span lines), numbers, comments (line and block comments, which
// may span lines) and the script API's own names (setup, loop, out, stream and the timers), so
// that a student sees at a glance which names the workbench gives meaning to.
class JsHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Role { Keyword, String, Number, Comment, Api };

    explicit JsHighlighter(QTextDocument *document);

    // The format a role is drawn with (tests compare a block's formats against these).
    QTextCharFormat format(Role role) const;
    // Recolours for the palette in use (light or dark theme).
    void setDark(bool dark);

    // The words of each role that are names (keywords and the script API).
    static const QStringList &keywords();
    static const QStringList &apiNames();

protected:
    void highlightBlock(const QString &text) override;

private:
    // What a block ends inside of: the next block starts there.
    enum State { Normal = 0, InBlockComment = 1, InTemplate = 2 };

    // Each returns the index just past what it coloured.
    int blockComment(const QString &text, int from);
    int templateLiteral(const QString &text, int from);

    QTextCharFormat m_formats[5];
    QRegularExpression m_word;
    QRegularExpression m_number;
};

} // namespace wb
