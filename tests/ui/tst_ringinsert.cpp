// Insert ▸ Ring of N… driven by real mouse and keyboard events: N ring nodes on a circle, each
// wired to the next, keys spread evenly in placement order, in one undo step; ring nodes placed
// one by one are wired by hand like any other node, external members included. Assertions are on
// the document, the undo stack and the selection, never on pixels.
#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "canvastestkit.h"
#include "circuiteditor.h"
#include "nodeselection.h"
#include "ring/ringgeometry.h"
#include "ring/ringinsertion.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QAction>
#include <QInputDialog>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace wb;

namespace {

constexpr int kTimeout = 5000;

QInputDialog *openInputDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QInputDialog *>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

// Clicks a menu of the menu bar, then one of its items, with the mouse.
void clickMenu(QMainWindow *window, const QString &menuTitle, const QString &itemText)
{
    QMenuBar *bar = window->menuBar();
    QAction *top = nullptr;
    for (QAction *action : bar->actions()) {
        if (action->text().remove(u'&') == menuTitle)
            top = action;
    }
    QVERIFY2(top && top->menu(), qPrintable(menuTitle));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(top).center());
    QMenu *menu = top->menu();
    QTRY_VERIFY_WITH_TIMEOUT(menu->isVisible(), kTimeout);
    QAction *item = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().remove(u'&') == itemText)
            item = action;
    }
    QVERIFY2(item, qPrintable(itemText));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(item).center());
    QTRY_VERIFY_WITH_TIMEOUT(!menu->isVisible(), kTimeout);
}

QString ringText(const Circuit &circuit)
{
    QStringList parts;
    for (const Wire &wire : circuit.wires())
        parts << circuit.node(wire.from)->name + u'>' + circuit.node(wire.to)->name;
    return parts.join(u' ');
}

} // namespace

class TestRingInsert final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertRingOfN_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("members");
        QTest::newRow("the default five") << QString() << 5;
        QTest::newRow("two") << QStringLiteral("2") << 2;
        QTest::newRow("sixty-four") << QStringLiteral("64") << 64;
    }

    void insertRingOfN()
    {
        QFETCH(QString, typed);
        QFETCH(int, members);
        uitest::Window w;
        uitest::show(w);
        Circuit *circuit = w->circuit();
        QCOMPARE(circuit->count(), 0);

        clickMenu(w.window.get(), QStringLiteral("Insert"), QStringLiteral("Ring of N…"));
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openInputDialog()), kTimeout);
        QCOMPARE(dialog->intValue(), ringgeometry::kDefaultMembers);
        auto *spin = dialog->findChild<QSpinBox *>();
        QVERIFY(spin);
        if (!typed.isEmpty()) {
            spin->setFocus();
            QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(spin, typed);
        }
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(circuit->count(), members, kTimeout);

        // A ring: each member wired to the next, the last to the first, nothing else.
        const QList<NodeId> ids = circuit->nodeIds();
        QCOMPARE(circuit->wireCount(), members);
        QList<qint64> keys;
        QSet<quint16> ports;
        for (int i = 0; i < members; ++i) {
            const NodeSpec *spec = circuit->node(ids.at(i));
            QCOMPARE(spec->kind, NodeKind::Ring);
            QCOMPARE(spec->name, QStringLiteral("ring%1").arg(i + 1));
            QCOMPARE(circuit->targets(ids.at(i)), QList<NodeId>({ ids.at((i + 1) % members) }));
            QVERIFY(spec->port != 0);
            ports.insert(spec->port);
            keys << spec->params.value(QStringLiteral("key")).toLongLong();
            // Every card clear of every other.
            const QRectF card(*spec->position, QSizeF(NodeItem::kWidth, NodeItem::kHeight));
            for (int j = 0; j < i; ++j) {
                const NodeSpec *other = circuit->node(ids.at(j));
                QVERIFY2(!card.intersects(
                             QRectF(*other->position, QSizeF(NodeItem::kWidth, NodeItem::kHeight))),
                    qPrintable(spec->name + u'/' + other->name));
            }
        }
        QCOMPARE(ports.size(), members);
        // Keys evenly round the ring in placement order: the wires are the ring's order.
        QCOMPARE(keys.first(), 0);
        for (int i = 1; i < members; ++i)
            QCOMPARE(keys.at(i), (qint64(1) << 32) * i / members);
        // Selected, and in view: all of it, or as much as the smallest zoom shows round its
        // middle.
        const QList<NodeId> selected = w->selection()->ids();
        QCOMPARE(QSet<NodeId>(selected.cbegin(), selected.cend()),
            QSet<NodeId>(ids.cbegin(), ids.cend()));
        const QRectF seen = w->view()->mapToScene(w->view()->viewport()->rect()).boundingRect();
        const QRectF ring = w->view()->circuitScene()->nodesBoundingRect();
        QVERIFY(seen.contains(ring.adjusted(12, 12, -12, -12))
            || (qFuzzyCompare(w->view()->zoom(), CircuitView::kMinZoom)
                && seen.contains(ring.center())));

        // One undo step takes them all away, one redo brings back the same ring.
        const QString before = canvastest::describe(canvastest::snapshot(*circuit));
        const QString wiresBefore = ringText(*circuit);
        QCOMPARE(w->editor()->undoStack()->count(), 1);
        w->view()->setFocus();
        QTest::keySequence(w->view(), w->actions()->undo->shortcut());
        QCOMPARE(circuit->count(), 0);
        QCOMPARE(circuit->wireCount(), 0);
        QTest::keySequence(w->view(), w->actions()->redo->shortcut()); // Ctrl+Y or Ctrl+Shift+Z
        QCOMPARE(canvastest::describe(canvastest::snapshot(*circuit)), before);
        QCOMPARE(ringText(*circuit), wiresBefore);
        QCOMPARE(w->view()->circuitScene()->wireItems().size(), members);
    }

    void dialogRemembersTheLastCountAndCancelPlacesNothing()
    {
        uitest::Window w;
        uitest::show(w);
        w->ringInsertion()->ask();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openInputDialog()), kTimeout);
        auto *spin = dialog->findChild<QSpinBox *>();
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_Up);
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(w->circuit()->count(), 6, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!openInputDialog(), kTimeout);

        // Ctrl+Shift+R asks again, with six; Escape leaves the document alone.
        w->view()->setFocus();
        QTest::keyClick(w->view(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openInputDialog()), kTimeout);
        QCOMPARE(dialog->intValue(), 6);
        QTest::keyClick(dialog->findChild<QSpinBox *>(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!openInputDialog(), kTimeout);
        QCOMPARE(w->circuit()->count(), 6);
        QCOMPARE(w->editor()->undoStack()->count(), 1);
    }

    void aSecondRingGoesBesideTheCircuit()
    {
        uitest::Window w;
        canvastest::buildSeedLike(*w->circuit());
        uitest::show(w);
        const QRectF seed = w->view()->circuitScene()->nodesBoundingRect();
        const QList<NodeId> ids = w->ringInsertion()->insert(4);
        QCOMPARE(ids.size(), 4);
        for (NodeId id : ids) {
            const QRectF card = w->view()->nodeItem(id)->sceneBoundingRect();
            QVERIFY2(!card.intersects(seed), qPrintable(w->circuit()->node(id)->name));
        }
        // Names and ports never clash with the circuit's.
        const QList<NodeId> more = w->ringInsertion()->insert(3);
        QCOMPARE(w->circuit()->node(more.first())->name, QStringLiteral("ring5"));
        QSet<quint16> ports;
        for (const NodeSpec &spec : w->circuit()->nodes())
            ports.insert(spec.port);
        QCOMPARE(ports.size(), w->circuit()->count()); // and the clock's 0 is none
    }

    void ringNodesAreWiredByHand_data()
    {
        QTest::addColumn<NodeKind>("target");
        QTest::newRow("ring to ring") << NodeKind::Ring;
        QTest::newRow("ring to an external member") << NodeKind::External;
    }

    void ringNodesAreWiredByHand()
    {
        QFETCH(NodeKind, target);
        uitest::Window w;
        uitest::show(w);
        CircuitView *view = w->view();
        view->resetZoom();
        view->centerOn(200, 80);
        const NodeId from = view->placeNodeAt(NodeKind::Ring, { 80, 80 });
        const NodeId to = view->placeNodeAt(target, { 400, 80 });
        QVERIFY(from && to);
        const QPointF out = view->nodeItem(from)->outputPortPos();
        const QPointF in = view->nodeItem(to)->inputPortPos();
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(out));
        for (int i = 1; i <= 4; ++i)
            mouseMove(view, out + (in - out) * i / 4.0);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(in));
        QVERIFY2(w->circuit()->wireBetween(from, to) != 0, qPrintable(ringText(*w->circuit())));
        QVERIFY(view->circuitScene()->wireItem(from, to));
    }

private:
    static void mouseMove(CircuitView *view, QPointF scenePos)
    {
        // QTest::mouseMove does not carry the pressed button; a real drag does.
        const QPoint at = view->mapFromScene(scenePos);
        QMouseEvent move(QEvent::MouseMove, QPointF(at), view->viewport()->mapToGlobal(QPointF(at)),
            Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
    }
};

QTEST_MAIN(TestRingInsert)
#include "tst_ringinsert.moc"
