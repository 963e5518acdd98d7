// The Console dock without a running circuit: its model reads a console's live states (the
// contract's "line", "from", "text"), keeps each console's last `history` lines in the order
// they came, shows lines in batches; the dock picks a console (a real click on its card picks
// it too) or shows every one, clears what a console's "cleared" says, lists keyboards to type
// at and says why a stopped one takes no line. A dock like the others (View menu).
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "circuiteditor.h"
#include "nodeselection.h"
#include "queue/consolemodel.h"
#include "queue/consolepanel.h"
#include "runtime/meshruntime.h"
#include "uitestkit.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QTest>

using namespace wb;

namespace {

ConsoleModel::Entry line(NodeId node, const QString &text)
{
    ConsoleModel::Entry e;
    e.node = node;
    e.consoleName = QStringLiteral("console%1").arg(node);
    e.from = QStringLiteral("worker");
    e.text = text;
    return e;
}

QStringList texts(const ConsoleModel &model, NodeId node)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.entry(row).node == node)
            out << model.entry(row).text;
    }
    return out;
}

} // namespace

class TestQueueConsole final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAConsolesLiveState_data()
    {
        QTest::addColumn<QVariantMap>("state");
        QTest::addColumn<QString>("from"); // empty with text empty: not a line
        QTest::addColumn<QString>("text");
        QTest::newRow("the component's parts")
            << QVariantMap { { QStringLiteral("line"), QStringLiteral("worker: hello") },
                   { QStringLiteral("from"), QStringLiteral("worker") },
                   { QStringLiteral("text"), QStringLiteral("hello") },
                   { QStringLiteral("channel"), QStringLiteral("keyboard") },
                   { QStringLiteral("count"), 1 } }
            << QStringLiteral("worker") << QStringLiteral("hello");
        QTest::newRow("a text with a colon of its own")
            << QVariantMap { { QStringLiteral("from"), QStringLiteral("127.0.0.1:50000") },
                   { QStringLiteral("text"), QStringLiteral("note: this") } }
            << QStringLiteral("127.0.0.1:50000") << QStringLiteral("note: this");
        QTest::newRow("only the line")
            << QVariantMap { { QStringLiteral("line"), QStringLiteral("keys: hi there") } }
            << QStringLiteral("keys") << QStringLiteral("hi there");
        QTest::newRow("cleared") << QVariantMap { { QStringLiteral("cleared"), true },
            { QStringLiteral("count"), 4 } }
                                 << QString() << QString();
    }

    void readsAConsolesLiveState()
    {
        QFETCH(QVariantMap, state);
        QFETCH(QString, from);
        QFETCH(QString, text);
        const std::optional<ConsoleModel::Entry> entry
            = ConsoleModel::parse(3, QStringLiteral("console"), state, 1000);
        QCOMPARE(entry.has_value(), !text.isEmpty());
        if (!entry)
            return;
        QCOMPARE(entry->from, from);
        QCOMPARE(entry->text, text);
        QCOMPARE(entry->node, 3);
        ConsoleModel model([](NodeId) { return qint64(10); });
        model.append(*entry);
        model.flush();
        QCOMPARE(model.index(0, ConsoleModel::From).data().toString(), from);
        QCOMPARE(model.index(0, ConsoleModel::Text).data().toString(), text);
        QCOMPARE(
            model.index(0, ConsoleModel::Console).data().toString(), QStringLiteral("console"));
        QCOMPARE(model.index(0, ConsoleModel::Text).data(ConsoleModel::NodeIdRole).toInt(), 3);
    }

    void eachConsoleKeepsItsHistory()
    {
        // Console 1 keeps 2 lines, console 2 keeps 3; their lines come interleaved.
        ConsoleModel model([](NodeId id) { return id == 1 ? qint64(2) : qint64(3); });
        for (int i = 1; i <= 6; ++i) {
            model.append(line(1, QStringLiteral("a%1").arg(i)));
            model.append(line(2, QStringLiteral("b%1").arg(i)));
        }
        QCOMPARE(model.rowCount(), 0); // shown with the next batch
        QTRY_COMPARE(model.rowCount(), 5);
        QCOMPARE(texts(model, 1), QStringList({ QStringLiteral("a5"), QStringLiteral("a6") }));
        QCOMPARE(texts(model, 2),
            QStringList({ QStringLiteral("b4"), QStringLiteral("b5"), QStringLiteral("b6") }));
        QCOMPARE(model.lineCount(1), 2);
        QCOMPARE(model.lineCount(2), 3);
        // Still in the order they came.
        QCOMPARE(model.entry(0).text, QStringLiteral("b4"));
        QCOMPARE(model.entry(4).text, QStringLiteral("b6"));
        model.clear(2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.lineCount(2), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void theDockPicksAConsoleAndTypesAtAKeyboard()
    {
        uitest::Window w;
        const QList<NodeSpec> nodes { uitest::node(QStringLiteral("keys"), NodeKind::Keyboard),
            uitest::node(QStringLiteral("left"), NodeKind::Console, uitest::freePort()),
            uitest::node(QStringLiteral("right"), NodeKind::Console, uitest::freePort()) };
        const circuitformat::Document document = uitest::circuit(nodes, {});
        w->circuit()->setContents(document.nodes, document.wires);
        uitest::show(w);
        w->view()->fitAll();
        ConsolePanel *panel = w->consolePanel();
        QCOMPARE(panel->consoleBox()->count(), 3); // every console, left, right
        QCOMPARE(panel->pickedConsole(), 0);
        QCOMPARE(panel->keyboardBox()->count(), 1);
        QCOMPARE(panel->pickedKeyboard(), w->circuit()->idByName(QStringLiteral("keys")));

        // Lines as the consoles report them.
        const NodeId left = w->circuit()->idByName(QStringLiteral("left"));
        const NodeId right = w->circuit()->idByName(QStringLiteral("right"));
        const auto report = [&](NodeId id, const QString &text) {
            Q_EMIT w->runtime()->liveState(id,
                { { QStringLiteral("from"), QStringLiteral("keys") },
                    { QStringLiteral("text"), text } });
        };
        report(left, QStringLiteral("one"));
        report(right, QStringLiteral("two"));
        report(left, QStringLiteral("three"));
        QTRY_COMPARE(panel->visibleLineCount(), 3);

        // A real click on right's card picks it.
        CircuitView *view = w->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
            view->mapFromScene(view->nodeItem(right)->pos() + QPointF(60, 30)));
        QCOMPARE(panel->pickedConsole(), right);
        QCOMPARE(panel->visibleLineCount(), 1);
        panel->pickConsole(0);
        QCOMPARE(panel->visibleLineCount(), 3);
        // A console that was cleared (its "clear" command) forgets its lines in the dock too.
        Q_EMIT w->runtime()->liveState(left, { { QStringLiteral("cleared"), true } });
        QCOMPARE(panel->visibleLineCount(), 1);

        // A stopped keyboard takes no line: the dock says why and keeps it.
        panel->input()->setFocus();
        QTest::keyClicks(panel->input(), QStringLiteral("hello"));
        QTest::keyClick(panel->input(), Qt::Key_Return);
        QVERIFY2(panel->errorText().contains(QStringLiteral("keys does not run")),
            qPrintable(panel->errorText()));
        QCOMPARE(panel->input()->text(), QStringLiteral("hello"));
        // Starting it takes the complaint away.
        w->runtime()->start(panel->pickedKeyboard());
        QTRY_VERIFY(panel->errorText().isEmpty());
        QTest::keyClick(panel->input(), Qt::Key_Return);
        QCOMPARE(panel->input()->text(), QString());
        w->runtime()->stopAll();
    }

    void aDockLikeTheOthers()
    {
        uitest::Window w;
        auto *dock = w->findChild<QDockWidget *>(QStringLiteral("consoleDock"));
        QVERIFY(dock);
        QCOMPARE(dock->widget(), w->consolePanel());
        QAction *toggle = nullptr;
        for (QAction *menu : w->menuBar()->actions()) {
            if (menu->text().remove(u'&') != QLatin1String("View"))
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == QLatin1String("Console"))
                    toggle = action;
            }
        }
        QVERIFY(toggle);
    }
};

QTEST_MAIN(TestQueueConsole)
#include "tst_queueconsole.moc"
