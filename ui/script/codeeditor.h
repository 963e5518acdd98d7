#pragma once

#include "scriptproblem.h"

#include <QPlainTextEdit>
#include <optional>

namespace wb {

class JsHighlighter;

// A plain-text editor for sketches (docs/script-editor.md): a monospace font, line numbers in a
// gutter, the current line tinted, Tab as four spaces, a new line indented as the one before and
// one step more after `{`. An error mark tints and underlines its line and puts a marker in the
// gutter whose tooltip is the message. Ctrl+S is the editor's own while it has the focus: it asks
// for the text to be applied (applyRequested) instead of saving the file.
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int kIndent = 4;

    explicit CodeEditor(QWidget *parent = nullptr);

    JsHighlighter *highlighter() const { return m_highlighter; }
    QWidget *gutter() const { return m_gutter; }
    int gutterWidth() const;

    // The error shown, nothing to clear it.
    void setProblem(const std::optional<ScriptProblem> &problem);
    std::optional<ScriptProblem> problem() const { return m_problem; }
    // The line (1-based) under a point of the gutter, 0 below the last line.
    int lineAt(QPoint gutterPos) const;
    // Where the gutter draws a line's number (gutter coordinates); empty when not on screen.
    QRect lineNumberRect(int line) const;
    // The text the gutter shows at a point: the error's message on its line, else nothing.
    QString gutterToolTip(QPoint gutterPos) const;

Q_SIGNALS:
    void applyRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class CodeEditorGutter;
    void paintGutter(QPaintEvent *event);
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateExtraSelections();
    void applyTheme();
    void insertNewLine();
    void indentSelection(bool outdent);

    JsHighlighter *m_highlighter;
    QWidget *m_gutter;
    std::optional<ScriptProblem> m_problem;
};

} // namespace wb
