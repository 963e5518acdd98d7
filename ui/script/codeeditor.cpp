#include "codeeditor.h"

#include "jshighlighter.h"
#include "theme.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace wb {

// The line numbers and the error marker, painted by the editor (it knows the blocks' geometry).
class CodeEditorGutter final : public QWidget
{
public:
    explicit CodeEditorGutter(CodeEditor *editor) : QWidget(editor), m_editor(editor)
    {
        setObjectName(QStringLiteral("gutter"));
        setMouseTracking(true);
    }
    QSize sizeHint() const override { return { m_editor->gutterWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QString tip = m_editor->gutterToolTip(help->pos());
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    CodeEditor *m_editor;
};

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new JsHighlighter(document()))
    , m_gutter(new CodeEditorGutter(this))
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    setFont(font);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setTabStopDistance(QFontMetricsF(font).horizontalAdvance(u' ') * kIndent);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateExtraSelections);
    updateGutterWidth();
    applyTheme();
}

int CodeEditor::gutterWidth() const
{
    const int digits = std::max(3, int(QString::number(std::max(1, blockCount())).size()));
    const QFontMetrics metrics(font());
    // The numbers, and room on their left for the error marker.
    return metrics.height() + 6 + metrics.horizontalAdvance(u'9') * digits;
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void CodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

void CodeEditor::applyTheme()
{
    m_highlighter->setDark(theme::isDark());
    updateExtraSelections();
    m_gutter->update();
}

int CodeEditor::lineAt(QPoint gutterPos) const
{
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        if (box.top() > gutterPos.y())
            break;
        if (block.isVisible() && gutterPos.y() < box.bottom())
            return block.blockNumber() + 1;
    }
    return 0;
}

QRect CodeEditor::lineNumberRect(int line) const
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid() || !block.isVisible())
        return {};
    const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
    if (box.bottom() < 0 || box.top() > viewport()->height())
        return {};
    const int height = fontMetrics().height();
    return QRect(0, int(box.top()), m_gutter->width() - 4, height);
}

QString CodeEditor::gutterToolTip(QPoint gutterPos) const
{
    if (!m_problem || m_problem->line <= 0 || lineAt(gutterPos) != m_problem->line)
        return {};
    return m_problem->text();
}

void CodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    painter.setFont(font());
    const int current = textCursor().blockNumber();
    const int height = fontMetrics().height();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        if (box.top() > event->rect().bottom())
            break;
        if (!block.isVisible() || box.bottom() < event->rect().top())
            continue;
        const int line = block.blockNumber() + 1;
        const QRect number = lineNumberRect(line);
        painter.setPen(block.blockNumber() == current ? pal.color(QPalette::Text)
                                                      : pal.color(QPalette::PlaceholderText));
        painter.drawText(number, Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
        if (m_problem && m_problem->line == line) {
            // A round marker left of the number: the colour of the error state everywhere.
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(theme::colors().error);
            const qreal d = height * 0.6;
            painter.drawEllipse(QRectF(3, box.top() + (height - d) / 2, d, d));
        }
    }
}

void CodeEditor::setProblem(const std::optional<ScriptProblem> &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    updateExtraSelections();
    m_gutter->update();
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const bool dark = theme::isDark();
    if (!isReadOnly()) {
        QTextEdit::ExtraSelection current;
        current.format.setBackground(dark ? QColor(255, 255, 255, 18) : QColor(0, 0, 0, 12));
        current.format.setProperty(QTextFormat::FullWidthSelection, true);
        current.cursor = textCursor();
        current.cursor.clearSelection();
        selections << current;
    }
    if (m_problem && m_problem->line > 0) {
        const QTextBlock block = document()->findBlockByNumber(m_problem->line - 1);
        if (block.isValid()) {
            // The whole line tinted, its text underlined as a spelling mistake is.
            QTextEdit::ExtraSelection tint;
            tint.format.setBackground(theme::withAlpha(theme::colors().error, dark ? 60 : 40));
            tint.format.setProperty(QTextFormat::FullWidthSelection, true);
            tint.cursor = QTextCursor(block);
            selections << tint;
            QTextEdit::ExtraSelection underline;
            underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            underline.format.setUnderlineColor(theme::colors().error);
            underline.cursor = QTextCursor(block);
            underline.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            selections << underline;
        }
    }
    setExtraSelections(selections);
}

bool CodeEditor::event(QEvent *event)
{
    // Ctrl+S while typing applies the sketch: the editor takes the key before the window's
    // Save shortcut sees it (docs/script-editor.md). Tab stays in the editor too.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Save)) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Save)) {
        Q_EMIT applyRequested();
        event->accept();
        return;
    }
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (mods == Qt::NoModifier)) {
        insertNewLine();
        return;
    }
    if (event->key() == Qt::Key_Tab && mods == Qt::NoModifier) {
        if (textCursor().hasSelection()
            && textCursor().selectedText().contains(QChar::ParagraphSeparator))
            indentSelection(false);
        else
            insertPlainText(QString(kIndent - textCursor().positionInBlock() % kIndent, u' '));
        return;
    }
    if (event->key() == Qt::Key_Backtab) {
        indentSelection(true);
        return;
    }
    if (event->text() == QLatin1String("}")) {
        // A closing brace typed on a line of blanks steps back one level.
        QTextCursor cursor = textCursor();
        const QString before = cursor.block().text().left(cursor.positionInBlock());
        if (!before.isEmpty() && before.trimmed().isEmpty()) {
            const int remove = before.size() % kIndent ? int(before.size() % kIndent)
                                                       : std::min(kIndent, int(before.size()));
            cursor.beginEditBlock();
            cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, remove);
            cursor.insertText(QStringLiteral("}"));
            cursor.endEditBlock();
            setTextCursor(cursor);
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeEditor::insertNewLine()
{
    QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    const QString before = line.left(cursor.positionInBlock());
    qsizetype blanks = 0;
    while (blanks < line.size() && line.at(blanks).isSpace())
        ++blanks;
    QString indent = line.left(std::min(blanks, before.size()));
    if (before.trimmed().endsWith(u'{'))
        indent += QString(kIndent, u' ');
    cursor.beginEditBlock();
    cursor.insertText(QStringLiteral("\n") + indent);
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}

void CodeEditor::indentSelection(bool outdent)
{
    QTextCursor cursor = textCursor();
    const int first = document()->findBlock(cursor.selectionStart()).blockNumber();
    const int last = document()->findBlock(cursor.selectionEnd()).blockNumber();
    cursor.beginEditBlock();
    for (int n = first; n <= last; ++n) {
        QTextCursor line(document()->findBlockByNumber(n));
        if (!outdent) {
            line.insertText(QString(kIndent, u' '));
            continue;
        }
        const QString text = line.block().text();
        int blanks = 0;
        while (blanks < kIndent && blanks < text.size() && text.at(blanks) == u' ')
            ++blanks;
        line.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, blanks);
        line.removeSelectedText();
    }
    cursor.endEditBlock();
}

} // namespace wb
