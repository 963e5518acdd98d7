// The Script dock in the window (docs/script-editor.md), driven as a person drives it: a
// double-click on a script card opens the dock on its sketch, typing marks it modified, Ctrl+S
// in the editor writes it to the document as one undo step (and does not save the file), undo
// brings the old text back into the editor; the inspector's "Edit Script…" opens it too; and
// moving to another script node with unapplied text asks (apply, discard or cancel).
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "circuiteditor.h"
#include "nodeselection.h"
#include "panels/inspectorwidget.h"
#include "runtime/meshruntime.h"
#include "script/codeeditor.h"
#include "script/scriptcontrol.h"
#include "script/scriptdock.h"
#include "uitestkit.h"

#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace wb;

Q_DECLARE_METATYPE(wb::ScriptDock::Answer)

namespace {

const QString kFirst = QStringLiteral("function loop(channel, message) {\n"
                                      "    return 'first ' + message;\n"
                                      "}\n");
const QString kSecond = QStringLiteral("function loop(channel, message) {\n"
                                       "    return 'second';\n"
                                       "}\n");

QString scriptOf(MainWindow *window, NodeId id)
{
    return window->circuit()->node(id)->params.value(QStringLiteral("script")).toString();
}

QPoint cardCentre(MainWindow *window, NodeId id)
{
    CircuitView *view = window->view();
    return view->mapFromScene(view->nodeItem(id)->sceneBoundingRect().center());
}

// Two script nodes (ids 1, 2) and a led (id 3), saved to a file and opened, the window shown.
QString openTwoScripts(uitest::Window &w)
{
    const QString path = uitest::writeCircuit(w.dir, QStringLiteral("scripts.json"),
        { uitest::node(QStringLiteral("first"), NodeKind::Script, 0,
              { { QStringLiteral("script"), kFirst } }),
            uitest::node(QStringLiteral("second"), NodeKind::Script, 0,
                { { QStringLiteral("script"), kSecond } }),
            uitest::node(QStringLiteral("led"), NodeKind::Led) },
        {});
    if (!w->documents()->load(path))
        qFatal("cannot open the circuit");
    uitest::show(w);
    w->view()->fitAll();
    return path;
}

void typeAtEnd(CodeEditor *code, const QString &text)
{
    code->setFocus();
    code->moveCursor(QTextCursor::End);
    QTest::keyClicks(code, text);
}

// Types `lines` at the end, Enter after each (the editor indents as it does for a person).
void typeLinesAtEnd(CodeEditor *code, const QStringList &lines)
{
    code->setFocus();
    code->moveCursor(QTextCursor::End);
    for (const QString &line : lines) {
        QTest::keyClicks(code, line);
        QTest::keyClick(code, Qt::Key_Return);
    }
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestScriptDock final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void doubleClickEditsCtrlSAppliesUndoRestores()
    {
        uitest::Window w;
        const QString path = openTwoScripts(w);
        ScriptDock *dock = w->scripts()->dock();
        QVERIFY(!dock->isVisible());
        QTest::mouseDClick(
            w->view()->viewport(), Qt::LeftButton, {}, cardCentre(w.window.get(), 1));
        QTRY_VERIFY(dock->isVisible());
        QCOMPARE(dock->node(), NodeId(1));
        CodeEditor *code = dock->codeEditor();
        QCOMPARE(code->toPlainText(), kFirst);
        QCOMPARE(dock->windowTitle(), QStringLiteral("Script — first"));

        typeAtEnd(code, QStringLiteral("// edited"));
        QVERIFY(dock->isModified());
        QVERIFY(dock->windowTitle().contains(QLatin1String("modified")));
        QCOMPARE(scriptOf(w.window.get(), 1), kFirst); // typing alone changes nothing

        QUndoStack *undo = w->editor()->undoStack();
        const int steps = undo->count();
        const QByteArray saved = fileBytes(path);
        QTest::keyClick(code, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(scriptOf(w.window.get(), 1), kFirst + QStringLiteral("// edited"));
        QCOMPARE(undo->count(), steps + 1);
        QVERIFY(!dock->isModified());
        QCOMPARE(dock->windowTitle(), QStringLiteral("Script — first"));
        // The editor's Ctrl+S applied the sketch: the file was not saved.
        QVERIFY(w->documents()->isModified());
        QCOMPARE(fileBytes(path), saved);

        undo->undo();
        QCOMPARE(scriptOf(w.window.get(), 1), kFirst);
        QCOMPARE(code->toPlainText(), kFirst);
        QVERIFY(!dock->isModified());
        undo->redo();
        QCOMPARE(code->toPlainText(), kFirst + QStringLiteral("// edited"));
    }

    void inspectorOpensTheDock()
    {
        uitest::Window w;
        openTwoScripts(w);
        w->selection()->set({ 2 });
        auto *button = qobject_cast<QPushButton *>(w->inspector()->field(QStringLiteral("script")));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Edit Script…"));
        QTest::mouseClick(button, Qt::LeftButton);
        ScriptDock *dock = w->scripts()->dock();
        QTRY_VERIFY(dock->isVisible());
        QCOMPARE(dock->node(), NodeId(2));
        QCOMPARE(dock->codeEditor()->toPlainText(), kSecond);
        // A led has no sketch: no button.
        w->selection()->set({ 3 });
        QVERIFY(!w->inspector()->field(QStringLiteral("script")));
    }

    void viewMenuOpensTheSelectedSketch()
    {
        uitest::Window w;
        openTwoScripts(w);
        w->selection()->set({ 2 });
        ScriptDock *dock = w->scripts()->dock();
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
        QCOMPARE(dock->node(), NodeId(2));
        // It follows the selection to the other script, and stays put on a led.
        QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, {}, cardCentre(w.window.get(), 1));
        QTRY_COMPARE(dock->node(), NodeId(1));
        QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, {}, cardCentre(w.window.get(), 3));
        QTRY_COMPARE(w->selection()->ids(), QList<NodeId>({ 3 }));
        QCOMPARE(dock->node(), NodeId(1));
    }

    void unappliedChangesAsk_data()
    {
        QTest::addColumn<ScriptDock::Answer>("answer");
        QTest::addColumn<bool>("applied");
        QTest::addColumn<NodeId>("shown"); // the dock's node afterwards
        QTest::newRow("apply") << ScriptDock::Answer::Apply << true << NodeId(2);
        QTest::newRow("discard") << ScriptDock::Answer::Discard << false << NodeId(2);
        QTest::newRow("cancel") << ScriptDock::Answer::Cancel << false << NodeId(1);
    }
    void unappliedChangesAsk()
    {
        QFETCH(ScriptDock::Answer, answer);
        QFETCH(bool, applied);
        QFETCH(NodeId, shown);
        uitest::Window w;
        openTwoScripts(w);
        ScriptDock *dock = w->scripts()->dock();
        QStringList asked;
        dock->setPrompt([&](const QString &name, std::function<void(ScriptDock::Answer)> reply) {
            asked << name;
            reply(answer);
        });
        QTest::mouseDClick(
            w->view()->viewport(), Qt::LeftButton, {}, cardCentre(w.window.get(), 1));
        QTRY_COMPARE(dock->node(), NodeId(1));
        typeAtEnd(dock->codeEditor(), QStringLiteral("// mine"));
        const int steps = w->editor()->undoStack()->count();

        QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, {}, cardCentre(w.window.get(), 2));
        QTRY_COMPARE(asked, QStringList({ QStringLiteral("first") }));
        QCOMPARE(dock->node(), shown);
        QCOMPARE(
            scriptOf(w.window.get(), 1), applied ? kFirst + QStringLiteral("// mine") : kFirst);
        QCOMPARE(w->editor()->undoStack()->count(), steps + (applied ? 1 : 0));
        if (shown == 2) {
            QCOMPARE(dock->codeEditor()->toPlainText(), kSecond);
            QVERIFY(!dock->isModified());
        } else {
            // Cancelled: back on the first node with the text kept, still to apply.
            QTRY_COMPARE(w->selection()->ids(), QList<NodeId>({ 1 }));
            QCOMPARE(dock->codeEditor()->toPlainText(), kFirst + QStringLiteral("// mine"));
            QVERIFY(dock->isModified());
        }
        // Without edits, moving asks nothing.
        asked.clear();
        dock->revert();
        QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, {},
            cardCentre(w.window.get(), shown == 1 ? 2 : 1));
        QTRY_COMPARE(dock->node(), shown == 1 ? NodeId(2) : NodeId(1));
        QVERIFY(asked.isEmpty());
    }

    void ctrlSReloadsARunningNode()
    {
        // Applied while the node runs: the sketch reloads in place (same run, same server),
        // and a sketch that does not load is marked at its line by the running node.
        uitest::Window w;
        openTwoScripts(w);
        MeshRuntime *runtime = w->runtime();
        runtime->start(1);
        QTRY_VERIFY(
            runtime->state(1) == NodeState::Running || runtime->state(1) == NodeState::Listening);
        const NodeState running = runtime->state(1);
        int reloads = 0;
        connect(
            runtime, &MeshRuntime::liveState, this, [&reloads](NodeId id, const QVariantMap &s) {
                if (id == 1 && s.contains(QStringLiteral("script")))
                    reloads = s.value(QStringLiteral("script"))
                                  .toMap()
                                  .value(QStringLiteral("reloads"))
                                  .toInt();
            });
        QSignalSpy states(runtime, &MeshRuntime::nodeStateChanged);
        ScriptDock *dock = w->scripts()->dock();
        QTest::mouseDClick(
            w->view()->viewport(), Qt::LeftButton, {}, cardCentre(w.window.get(), 1));
        QTRY_COMPARE(dock->node(), NodeId(1));
        CodeEditor *code = dock->codeEditor();
        typeLinesAtEnd(code, { QStringLiteral("function setup(params) { out('again'); }") });
        QTest::keyClick(code, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(reloads, 1);
        QCOMPARE(runtime->state(1), running);
        for (const QList<QVariant> &change : std::as_const(states)) // never stopped nor restarted
            QVERIFY(change.at(1).value<NodeState>() != NodeState::Stopped);
        QTRY_VERIFY(dock->messageBar()->text().contains(QLatin1String("running version")));

        // An exception in setup() of a reloaded sketch: the running node reports it.
        typeLinesAtEnd(code,
            { QString(), QStringLiteral("function setup(params) {"),
                QStringLiteral("throw new Error('boom');"), QStringLiteral("}") });
        QTest::keyClick(code, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(dock->shownProblem().has_value());
        QVERIFY2(dock->messageBar()->text().contains(QLatin1String("boom")),
            qPrintable(dock->messageBar()->text()));
        runtime->stopAll();
    }

    void deletedNodeEmptiesTheDock()
    {
        uitest::Window w;
        openTwoScripts(w);
        ScriptDock *dock = w->scripts()->dock();
        dock->editNode(1);
        QCOMPARE(dock->node(), NodeId(1));
        w->editor()->removeNodes({ 1 });
        QCOMPARE(dock->node(), NodeId(0));
        QVERIFY(dock->codeEditor()->isReadOnly());
        QCOMPARE(dock->windowTitle(), QStringLiteral("Script"));
    }
};

QTEST_MAIN(TestScriptDock)
#include "tst_scriptdock.moc"
