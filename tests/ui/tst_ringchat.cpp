// The Ring Chat dock without a running ring: its member picker follows the canvas (a real
// click on a card), lists ring nodes only, says clearly why a stopped member cannot say a
// line (and keeps the line), and is a dock like the others (View menu, state kept). The chat
// events' words (ChatModel::parse) are checked row by row. tst_ringlive runs a real ring.
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "canvastestkit.h"
#include "circuiteditor.h"
#include "nodeselection.h"
#include "ring/chatmodel.h"
#include "ring/ringchat.h"
#include "ring/ringinsertion.h"
#include "uitestkit.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace wb;

namespace {

QList<NodeSpec> ringAndOthers()
{
    return { uitest::node(QStringLiteral("alice"), NodeKind::Ring, 0,
                 { { QStringLiteral("key"), qint64(1) } }),
        uitest::node(QStringLiteral("led"), NodeKind::Led),
        uitest::node(
            QStringLiteral("bob"), NodeKind::Ring, 0, { { QStringLiteral("key"), qint64(2) } }) };
}

QAction *viewMenuAction(QMainWindow *window, const QString &text)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->text().remove(u'&') != QLatin1String("View"))
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestRingChat final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pickerListsRingNodesAndFollowsTheCanvas()
    {
        uitest::Window w;
        w->circuit()->setContents(
            uitest::circuit(ringAndOthers(), { { 0, 2 }, { 2, 0 } }).nodes, {});
        uitest::show(w);
        w->view()->fitAll();
        RingChat *chat = w->ringChat();
        QComboBox *box = chat->nodeBox();
        QCOMPARE(box->count(), 2);
        QCOMPARE(box->itemText(0), QStringLiteral("alice"));
        QCOMPARE(box->itemText(1), QStringLiteral("bob"));

        // A click on bob's card picks bob; a click on the LED leaves the pick alone.
        const NodeId alice = w->circuit()->idByName(QStringLiteral("alice"));
        const NodeId bob = w->circuit()->idByName(QStringLiteral("bob"));
        const NodeId led = w->circuit()->idByName(QStringLiteral("led"));
        clickCard(w, bob);
        QCOMPARE(chat->pickedNode(), bob);
        clickCard(w, led);
        QCOMPARE(chat->pickedNode(), bob);
        clickCard(w, alice);
        QCOMPARE(chat->pickedNode(), alice);

        // A rename shows; a removed member leaves the list.
        QVERIFY(w->editor()->renameNode(bob, QStringLiteral("carol")));
        QCOMPARE(box->itemText(1), QStringLiteral("carol"));
        w->editor()->removeNodes({ alice });
        QCOMPARE(box->count(), 1);
        QCOMPARE(chat->pickedNode(), bob);
    }

    void aStoppedMemberSaysWhyAndKeepsTheLine()
    {
        uitest::Window w;
        w->circuit()->setContents(uitest::circuit(ringAndOthers(), {}).nodes, {});
        uitest::show(w);
        w->view()->fitAll();
        RingChat *chat = w->ringChat();
        QLineEdit *input = chat->input();
        input->setFocus();
        QTest::keyClicks(input, QStringLiteral("hello ring"));
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY2(chat->errorText().contains(QStringLiteral("alice does not run")),
            qPrintable(chat->errorText()));
        QCOMPARE(input->text(), QStringLiteral("hello ring")); // for another try
        QCOMPARE(chat->model()->rowCount(), 0);
        // Typing again clears the complaint; a blank line is nothing to complain about.
        QTest::keyClick(input, Qt::Key_Exclam);
        QVERIFY(chat->errorText().isEmpty());
        input->clear();
        QTest::keyClicks(input, QStringLiteral("   "));
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(chat->errorText().isEmpty());
    }

    void noRingNodeMeansNoInput()
    {
        uitest::Window w;
        uitest::show(w);
        w->view()->fitAll();
        RingChat *chat = w->ringChat();
        QVERIFY(!chat->input()->isEnabled());
        QVERIFY(chat->input()->placeholderText().contains(QStringLiteral("Ring of N")));
        w->view()->placeNode(NodeKind::Ring);
        QVERIFY(chat->input()->isEnabled());
        QCOMPARE(chat->nodeBox()->currentText(), QStringLiteral("ring"));
    }

    void aDockLikeTheOthers()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        {
            MainWindow window(&settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *dock = window.findChild<QDockWidget *>(QStringLiteral("chatDock"));
            QVERIFY(dock);
            QCOMPARE(dock->widget(), window.ringChat());
            QAction *toggle = viewMenuAction(&window, QStringLiteral("Ring Chat"));
            QVERIFY(toggle);
            // Inserting a ring brings the chat to the front.
            QVERIFY(window.ringInsertion()->insert(3).size() == 3);
            QTRY_VERIFY(!dock->visibleRegion().isEmpty());
            toggle->trigger();
            QVERIFY(dock->isHidden());
            window.documents()->setPrompt(
                [](const QString &, std::function<void(DocumentController::Answer)> answer) {
                    answer(DocumentController::Answer::Discard);
                });
            window.close();
            QTRY_VERIFY(!window.isVisible()); // after the (answered) unsaved-changes question
        }
        MainWindow again(&settings);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("chatDock"))->isHidden());
    }

    void chatEventsInWords_data()
    {
        QTest::addColumn<QVariantMap>("chat");
        QTest::addColumn<QString>("line"); // empty: not a chat event
        QTest::addColumn<QString>("tip");
        const auto event = [](const QString &name, int hops, double ms, const QString &line) {
            return QVariantMap { { QStringLiteral("event"), name },
                { QStringLiteral("id"), QStringLiteral("ws://127.0.0.1:9001#4") },
                { QStringLiteral("origin"), QStringLiteral("alice") },
                { QStringLiteral("text"), QStringLiteral("hello") },
                { QStringLiteral("hops"), hops }, { QStringLiteral("ms"), ms },
                { QStringLiteral("line"), line } };
        };
        QTest::newRow("the component's own words")
            << event(QStringLiteral("returned"), 5, 12.5,
                   QStringLiteral("alice#4 came back after 5 hops in 12.5 ms: hello"))
            << QStringLiteral("alice#4 came back after 5 hops in 12.5 ms: hello")
            << QStringLiteral("came back at bob");
        QTest::newRow("returned, without a line")
            << event(QStringLiteral("returned"), 3, 7.5, {})
            << QStringLiteral("alice#4 came back after 3 hops in 7.5 ms: hello")
            << QStringLiteral("7.5 ms round the ring");
        QTest::newRow("a hop, without a line")
            << event(QStringLiteral("new"), 2, -1, {})
            << QStringLiteral("alice#4 passed on, hop 2: hello") << QStringLiteral("hop 2");
        QTest::newRow("a duplicate, without a line")
            << event(QStringLiteral("duplicate"), 4, -1, {})
            << QStringLiteral("alice#4 duplicate, hop 4: hello")
            << QStringLiteral("duplicate at bob");
        QTest::newRow("no event") << QVariantMap { { QStringLiteral("id"), QStringLiteral("x#1") } }
                                  << QString() << QString();
        QTest::newRow("no id") << QVariantMap { { QStringLiteral("event"), QStringLiteral("new") } }
                               << QString() << QString();
    }

    void chatEventsInWords()
    {
        QFETCH(QVariantMap, chat);
        QFETCH(QString, line);
        QFETCH(QString, tip);
        const std::optional<ChatModel::Entry> entry
            = ChatModel::parse(7, QStringLiteral("bob"), chat);
        QCOMPARE(entry.has_value(), !line.isEmpty());
        if (!entry)
            return;
        QCOMPARE(entry->line, line);
        ChatModel model(2);
        model.append(*entry);
        const QModelIndex index = model.index(0, ChatModel::Line);
        QCOMPARE(index.data().toString(), line);
        QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(tip),
            qPrintable(index.data(Qt::ToolTipRole).toString()));
        QCOMPARE(model.index(0, ChatModel::Node).data().toString(), QStringLiteral("bob"));
        QCOMPARE(index.data(ChatModel::NodeIdRole).toInt(), 7);
        // Bounded: the oldest goes first.
        model.append(*entry);
        model.append(*entry);
        QCOMPARE(model.rowCount(), 2);
    }

private:
    static void clickCard(uitest::Window &w, NodeId id)
    {
        CircuitView *view = w->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
            view->mapFromScene(view->nodeItem(id)->pos() + QPointF(60, 70)));
        QCOMPARE(w->selection()->ids(), QList<NodeId>({ id }));
    }
};

QTEST_MAIN(TestRingChat)
#include "tst_ringchat.moc"
