// The sketch editor (docs/script-editor.md): the highlighter's colours on each kind of token,
// comments and template literals that run over several lines; the gutter's line numbers where
// the lines are, and its width for more digits; typing (Tab as four spaces, the indent after
// `{`); and the error mark at its line, from a running node's live state "script" and from a
// syntax error typed into the Script dock.
#include "circuiteditor.h"
#include "nodeselection.h"
#include "runtime/meshruntime.h"
#include "script/codeeditor.h"
#include "script/jshighlighter.h"
#include "script/scriptdock.h"

#include <QHelpEvent>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <optional>

using namespace wb;
using Role = JsHighlighter::Role;
Q_DECLARE_METATYPE(std::optional<wb::JsHighlighter::Role>)

namespace {

// The role whose colour the character at (line, column) has (1-based line, 0-based column);
// nothing for plain text.
std::optional<Role> roleAt(const CodeEditor &editor, int line, int column)
{
    const QTextBlock block = editor.document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return std::nullopt;
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (column < range.start || column >= range.start + range.length)
            continue;
        for (Role role : { Role::Keyword, Role::String, Role::Number, Role::Comment, Role::Api }) {
            if (range.format.foreground() == editor.highlighter()->format(role).foreground())
                return role;
        }
    }
    return std::nullopt;
}

bool underlines(const CodeEditor &editor, int line)
{
    const QList<QTextEdit::ExtraSelection> selections = editor.extraSelections();
    for (const QTextEdit::ExtraSelection &s : selections) {
        if (s.cursor.blockNumber() == line - 1
            && s.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            return true;
    }
    return false;
}

// The tooltip the gutter shows when the mouse rests on `line`'s number.
QString gutterTip(CodeEditor &editor, int line)
{
    QToolTip::hideText();
    const QRect rect = editor.lineNumberRect(line);
    QHelpEvent help(QEvent::ToolTip, rect.center(), editor.gutter()->mapToGlobal(rect.center()));
    QApplication::sendEvent(editor.gutter(), &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

class TestScriptEditor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void highlights_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<std::optional<Role>>("role");
        const QString fn = QStringLiteral("function f(a) { return a + 12; }");
        QTest::newRow("keyword") << fn << 1 << 0 << std::optional(Role::Keyword);
        QTest::newRow("keyword inside") << fn << 1 << 17 << std::optional(Role::Keyword);
        QTest::newRow("a name is plain") << fn << 1 << 9 << std::optional<Role>();
        QTest::newRow("number") << fn << 1 << 28 << std::optional(Role::Number);
        QTest::newRow("digits in a name are plain")
            << QStringLiteral("let x2 = 1;") << 1 << 5 << std::optional<Role>();
        QTest::newRow("hex number")
            << QStringLiteral("x = 0x1F;") << 1 << 6 << std::optional(Role::Number);
        const QString str = QStringLiteral("out(\"a // b\" + 'c\\'d');");
        QTest::newRow("api name") << str << 1 << 0 << std::optional(Role::Api);
        QTest::newRow("string") << str << 1 << 4 << std::optional(Role::String);
        QTest::newRow("no comment in a string") << str << 1 << 7 << std::optional(Role::String);
        QTest::newRow("escaped quote") << str << 1 << 19 << std::optional(Role::String);
        QTest::newRow("after the strings") << str << 1 << 21 << std::optional<Role>();
        QTest::newRow("line comment")
            << QStringLiteral("x(); // return 1") << 1 << 10 << std::optional(Role::Comment);
        const QString block = QStringLiteral("a = 1; /* one\ntwo return\nthree */ return b;");
        QTest::newRow("block comment opens") << block << 1 << 7 << std::optional(Role::Comment);
        QTest::newRow("block comment's middle line")
            << block << 2 << 4 << std::optional(Role::Comment);
        QTest::newRow("block comment closes") << block << 3 << 6 << std::optional(Role::Comment);
        QTest::newRow("after the block comment") << block << 3 << 9 << std::optional(Role::Keyword);
        const QString tpl = QStringLiteral("let t = `one\n${x} // no comment\nend` + loop;");
        QTest::newRow("template opens") << tpl << 1 << 8 << std::optional(Role::String);
        QTest::newRow("template's middle line") << tpl << 2 << 7 << std::optional(Role::String);
        QTest::newRow("template closes") << tpl << 3 << 3 << std::optional(Role::String);
        QTest::newRow("after the template") << tpl << 3 << 7 << std::optional(Role::Api);
        const QString api = QStringLiteral(
            "function setup(params) { setInterval(() => stream('*', [1], 'tick'), 500); }");
        QTest::newRow("setup") << api << 1 << 9 << std::optional(Role::Api);
        QTest::newRow("setInterval") << api << 1 << 25 << std::optional(Role::Api);
        QTest::newRow("stream") << api << 1 << 43 << std::optional(Role::Api);
        QTest::newRow("params is plain") << api << 1 << 15 << std::optional<Role>();
    }
    void highlights()
    {
        QFETCH(QString, source);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(std::optional<Role>, role);
        CodeEditor editor;
        editor.setPlainText(source);
        QCOMPARE(roleAt(editor, line, column), role);
    }

    void blockCommentClosedLaterRecolours()
    {
        // Typing the closing */ on a later line gives the lines after it their colours back.
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("/* open\nreturn 1;\nreturn 2;"));
        QCOMPARE(roleAt(editor, 3, 0), std::optional(Role::Comment));
        QTextCursor cursor(editor.document()->findBlockByNumber(1));
        cursor.insertText(QStringLiteral("*/ "));
        QCOMPARE(roleAt(editor, 2, 3), std::optional(Role::Keyword));
        QCOMPARE(roleAt(editor, 3, 0), std::optional(Role::Keyword));
    }

    void gutterNumbersTheLines()
    {
        CodeEditor editor;
        editor.resize(400, 300);
        QStringList lines;
        for (int i = 1; i <= 200; ++i)
            lines << QStringLiteral("out(%1);").arg(i);
        editor.setPlainText(lines.join(u'\n'));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.gutter()->isVisible());
        QCOMPARE(editor.gutter()->width(), editor.gutterWidth());
        QCOMPARE(editor.viewport()->geometry().left(),
            editor.contentsRect().left() + editor.gutterWidth());
        // Each number sits beside its line's text.
        for (int line : { 1, 2, 5 }) {
            const QRect number = editor.lineNumberRect(line);
            QVERIFY2(number.isValid(), qPrintable(QString::number(line)));
            QCOMPARE(editor.lineAt(number.center()), line);
            const QTextBlock block = editor.document()->findBlockByNumber(line - 1);
            QTextCursor cursor(block);
            const QRect text = editor.cursorRect(cursor);
            QVERIFY(text.center().y() >= number.top() && text.center().y() <= number.bottom());
        }
        // Scrolled to the end: the last line's number is on screen, the first is not.
        editor.moveCursor(QTextCursor::End);
        editor.ensureCursorVisible();
        QTRY_VERIFY(editor.lineNumberRect(200).isValid());
        QVERIFY(!editor.lineNumberRect(1).isValid());
        QCOMPARE(editor.lineAt(editor.lineNumberRect(200).center()), 200);
        // Four digits take more room than three.
        const int width = editor.gutterWidth();
        editor.setPlainText(lines.join(u'\n').repeated(6));
        QVERIFY(editor.blockCount() > 1000);
        QVERIFY(editor.gutterWidth() > width);
    }

    void typingIndents()
    {
        CodeEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setFocus();
        QTest::keyClicks(&editor, QStringLiteral("function loop(c, m) {"));
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("return m;"));
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("}"));
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QTest::keyClicks(&editor, QStringLiteral("x"));
        QCOMPARE(
            editor.toPlainText(), QStringLiteral("function loop(c, m) {\n    return m;\n}\n    x"));
    }

    void ctrlSAsksToApply()
    {
        CodeEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSignalSpy apply(&editor, &CodeEditor::applyRequested);
        QTest::keyClick(&editor, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(apply.count(), 1);
        QCOMPARE(editor.toPlainText(), QString()); // no "s" typed
    }

    void marksAnErrorAtItsLine()
    {
        CodeEditor editor;
        editor.resize(400, 300);
        editor.setPlainText(QStringLiteral("a;\nb;\nc;\nd;"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const std::optional<ScriptProblem> problem = ScriptProblem::fromLiveState(
            { { QStringLiteral("line"), 3 }, { QStringLiteral("column"), 1 },
                { QStringLiteral("message"), QStringLiteral("ReferenceError: c is not defined") },
                { QStringLiteral("phase"), QStringLiteral("loop") } });
        QVERIFY(problem);
        editor.setProblem(problem);
        QVERIFY(underlines(editor, 3));
        QVERIFY(!underlines(editor, 2));
        QCOMPARE(gutterTip(editor, 3), QStringLiteral("line 3: ReferenceError: c is not defined"));
        QCOMPARE(editor.gutterToolTip(editor.lineNumberRect(2).center()), QString());
        // The marker is drawn in the gutter on that line, not on the others.
        const QImage gutter = editor.gutter()->grab().toImage();
        const auto reddish = [&](int line) {
            const QRect rect = editor.lineNumberRect(line);
            for (int x = 0; x < rect.height(); ++x) {
                const QColor c = gutter.pixelColor(x, rect.center().y());
                if (c.red() > 150 && c.green() < 120 && c.blue() < 120)
                    return true;
            }
            return false;
        };
        QVERIFY(reddish(3));
        QVERIFY(!reddish(1));
        editor.setProblem(std::nullopt);
        QVERIFY(!underlines(editor, 3));
        QCOMPARE(editor.gutterToolTip(editor.lineNumberRect(3).center()), QString());
    }

    void dockMarksLiveStateAndTypedErrors()
    {
        Circuit circuit;
        CircuitEditor editor(&circuit);
        MeshRuntime runtime(&circuit);
        NodeSelection selection(&circuit);
        NodeSpec spec;
        spec.id = 1;
        spec.name = QStringLiteral("sketch");
        spec.kind = NodeKind::Script;
        spec.port = 9100;
        spec.params = { { QStringLiteral("script"),
            QStringLiteral("function loop(c, m) {\n    out(m);\n    return nope;\n}\n") } };
        circuit.setContents({ spec });
        ScriptDock dock(&editor, &runtime, &selection);
        dock.resize(500, 400);
        dock.editNode(1);
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        CodeEditor *code = dock.codeEditor();
        QCOMPARE(dock.node(), NodeId(1));
        QVERIFY(!dock.shownProblem());

        // The running node reports an exception in loop() at line 3.
        Q_EMIT runtime.liveState(1,
            { { QStringLiteral("script"),
                QVariantMap { { QStringLiteral("error"),
                                  QVariantMap { { QStringLiteral("line"), 3 },
                                      { QStringLiteral("column"), 12 },
                                      { QStringLiteral("message"),
                                          QStringLiteral("ReferenceError: nope is not defined") },
                                      { QStringLiteral("phase"), QStringLiteral("loop") } } },
                    { QStringLiteral("version"), QStringLiteral("0123456789ab") } } } });
        QVERIFY(dock.shownProblem());
        QCOMPARE(dock.shownProblem()->line, 3);
        QVERIFY(underlines(*code, 3));
        QVERIFY(dock.messageBar()->text().contains(QLatin1String("line 3: ReferenceError")));

        // A syntax error typed on line 2 is marked there once typing pauses; it is the text's
        // own error, so it wins over the running node's.
        code->setFocus();
        QTextCursor cursor(code->document()->findBlockByNumber(1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        code->setTextCursor(cursor);
        QTest::keyClicks(code, QStringLiteral(" = ;"));
        QVERIFY(dock.isModified());
        QTRY_VERIFY(dock.shownProblem() && dock.shownProblem()->line == 2);
        QCOMPARE(dock.shownProblem()->phase, QStringLiteral("syntax"));
        QVERIFY(underlines(*code, 2));
        QVERIFY(!underlines(*code, 3));
        QVERIFY(dock.messageBar()->text().startsWith(QLatin1String("Syntax error, line 2:")));
        QVERIFY(dock.windowTitle().contains(QLatin1String("modified")));

        // Fixed: the running node's error again.
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(code, Qt::Key_Backspace);
        QVERIFY(!dock.isModified());
        QTRY_VERIFY(dock.shownProblem() && dock.shownProblem()->line == 3);
        QVERIFY(!dock.windowTitle().contains(QLatin1String("modified")));

        // The reloaded sketch is fine: no mark at all.
        Q_EMIT runtime.liveState(1,
            { { QStringLiteral("script"),
                QVariantMap { { QStringLiteral("error"), QVariant() },
                    { QStringLiteral("reloads"), 1 } } } });
        QVERIFY(!dock.shownProblem());
        QVERIFY(!underlines(*code, 3));
    }

    void syntaxCheckRunsNothing()
    {
        // A sketch that would never end if it ran is only parsed; a broken one names its line.
        SyntaxCheck check;
        QVERIFY(!check.check(QStringLiteral("while (true) {}\nfunction loop() {}")));
        QVERIFY(check.check(QStringLiteral("}); while (true) {} (function () {")).has_value());
        const std::optional<ScriptProblem> problem
            = check.check(QStringLiteral("function setup() {\n}\nlet x = 1 +;\n"));
        QVERIFY(problem);
        QCOMPARE(problem->line, 3);
        QVERIFY(!problem->message.isEmpty());
    }
};

QTEST_MAIN(TestScriptEditor)
#include "tst_scripteditor.moc"
