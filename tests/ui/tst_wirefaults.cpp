// Wires a person can read and edit (issue 14): a wire shows its fault rules as a badge; a real
// click selects it and the inspector edits its rules with real keys, one undoable edit each
// (Ctrl+Z in the window undoes it); the wire's context menu sets presets and opens the
// inspector; with nothing selected the inspector edits the run's seed; wires route around the
// cards between their ends, and route again when a card moves. Asserted on the Circuit.
#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "canvas/wireitem.h"
#include "canvas/wirerouting.h"
#include "canvastestkit.h"
#include "circuiteditor.h"
#include "document/circuit.h"
#include "nodeselection.h"
#include "panels/inspectorwidget.h"
#include "panels/seedfield.h"
#include "panels/wireinspector.h"
#include "uitestkit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>

using namespace wb;

Q_DECLARE_METATYPE(wb::WireFaults)

namespace {

constexpr int kTimeout = 5000;
constexpr WireId kPinToBuzzer = 2; // canvastest::buildSeedLike: iopin (240,0) -> buzzer (480,0)

// Finds the action called `text` in `menu` or its submenus.
QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
        if (action->menu()) {
            if (QAction *inner = findAction(action->menu(), text))
                return inner;
        }
    }
    return nullptr;
}

} // namespace

class TestWireFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<uitest::Window>();
        canvastest::buildSeedLike(*circuit());
        (*m_window)->resize(1200, 800);
        (*m_window)->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window->window.get()));
        (*m_window)->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window->window.get()));
        view()->fitAll();
    }

    void cleanup() { m_window.reset(); }

    void badgeSaysTheRules_data()
    {
        QTest::addColumn<WireFaults>("faults");
        QTest::addColumn<QString>("badge");
        WireFaults none;
        QTest::newRow("none: no badge") << none << QString();
        WireFaults drop;
        drop.message = { .drop = 0.3 };
        QTest::newRow("drop") << drop << QStringLiteral("✕30 %");
        WireFaults delay;
        delay.message = { .drop = 0.3, .delayMs = 50, .jitterMs = 10 };
        QTest::newRow("drop and uniform jitter") << delay << QStringLiteral("✕30 %  +50±10 ms");
        WireFaults normal;
        normal.message
            = { .delayMs = 200, .jitterMs = 20, .jitter = DirectionFaults::Jitter::Normal };
        QTest::newRow("normal jitter") << normal << QStringLiteral("+200σ20 ms");
        WireFaults copies;
        copies.message = { .duplicate = 0.2 };
        QTest::newRow("duplicate") << copies << QStringLiteral("×2 20 %");
        WireFaults acks;
        acks.ack = { .drop = 0.1, .delayMs = 5 };
        QTest::newRow("acks") << acks << QStringLiteral("ack ✕10 % +5 ms");
        WireFaults sender;
        sender.retries = 3;
        sender.ackTimeoutMs = 500;
        QTest::newRow("retries and timeout") << sender << QStringLiteral("↻3  timeout 500 ms");
        WireFaults cut;
        cut.cut = true;
        QTest::newRow("cut") << cut << QStringLiteral("cut");
        WireFaults all = delay;
        all.message.duplicate = 0.05;
        all.cut = true;
        QTest::newRow("everything") << all << QStringLiteral("✕30 %  +50±10 ms  ×2 5 %  cut");
    }

    void badgeSaysTheRules()
    {
        QFETCH(WireFaults, faults);
        QFETCH(QString, badge);
        QCOMPARE(faults::summary(faults), badge);
        // The wire follows the document: the badge is the rules' summary, beside the wire.
        QVERIFY(editor()->setWireFaults(kPinToBuzzer, faults));
        WireItem *wire = scene()->wireItem(kPinToBuzzer);
        QCOMPARE(wire->badgeText(), badge);
        QCOMPARE(wire->badgeRect().isNull(), badge.isEmpty());
        if (!badge.isEmpty()) {
            QVERIFY(wire->boundingRect().contains(wire->badgeRect()));
            for (NodeItem *node : scene()->nodeItems())
                QVERIFY(!node->sceneBoundingRect()
                             .adjusted(14, 14, -14, -16)
                             .intersects(wire->badgeRect()));
        }
    }

    void clickSelectsTheWireAndKeysEditItsRule()
    {
        WireItem *wire = scene()->wireItem(kPinToBuzzer);
        clickWire(wire);
        QVERIFY(wire->isSelected());
        QCOMPARE(selection()->wireIds(), QList<WireId>({ kPinToBuzzer }));
        QVERIFY(selection()->ids().isEmpty());
        WireInspector *inspector = (*m_window)->inspector()->wireInspector();
        QTRY_VERIFY_WITH_TIMEOUT(inspector->isVisible(), kTimeout);
        QCOMPARE(inspector->wire(), kPinToBuzzer);

        // Drop 30 % with real keys: click into the box, select its text, type, Enter.
        auto *drop
            = qobject_cast<QDoubleSpinBox *>(inspector->field(QStringLiteral("message.drop")));
        QVERIFY(drop);
        typeInto(drop, QStringLiteral("30"));
        QCOMPARE(circuit()->wire(kPinToBuzzer)->faults.message.drop, 0.3);
        QCOMPARE(editor()->undoStack()->count(), 1);
        QCOMPARE(wire->badgeText(), QStringLiteral("✕30 %"));

        // And a delay on the acks, and retries: one edit each.
        auto *ackDelay
            = qobject_cast<QDoubleSpinBox *>(inspector->field(QStringLiteral("ack.delay")));
        typeInto(ackDelay, QStringLiteral("120"));
        QCOMPARE(circuit()->wire(kPinToBuzzer)->faults.ack.delayMs, 120.0);
        auto *retries = qobject_cast<QSpinBox *>(inspector->field(QStringLiteral("retries")));
        typeInto(retries, QStringLiteral("2"));
        QCOMPARE(circuit()->wire(kPinToBuzzer)->faults.retries, 2);
        QCOMPARE(editor()->undoStack()->count(), 3);

        // Ctrl+Z on the canvas: the window's undo, one edit at a time; the fields follow.
        view()->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(view()->hasFocus(), kTimeout);
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(circuit()->wire(kPinToBuzzer)->faults.retries, 0);
        QCOMPARE(retries->value(), 0);
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(circuit()->wire(kPinToBuzzer)->faults.isNone());
        QCOMPARE(drop->value(), 0.0);
        QCOMPARE(wire->badgeText(), QString());
        // The other wires never changed.
        for (const Wire &w : circuit()->wires())
            QVERIFY(w.faults.isNone());
    }

    void everyFieldIsOneEdit_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("badge");
        QTest::newRow("duplicate") << "message.duplicate"
                                   << "20"
                                   << "×2 20 %";
        QTest::newRow("delay") << "message.delay"
                               << "200"
                               << "+200 ms";
        QTest::newRow("jitter") << "message.jitter"
                                << "15"
                                << "+0±15 ms";
        QTest::newRow("ack drop") << "ack.drop"
                                  << "10"
                                  << "ack ✕10 %";
        QTest::newRow("ack duplicate") << "ack.duplicate"
                                       << "5"
                                       << "ack ×2 5 %";
        QTest::newRow("ack jitter") << "ack.jitter"
                                    << "3"
                                    << "ack +0±3 ms";
        QTest::newRow("timeout") << "timeout"
                                 << "500"
                                 << "timeout 500 ms";
        QTest::newRow("too many retries: the box's most") << "retries"
                                                          << "1000"
                                                          << "↻100";
    }

    void everyFieldIsOneEdit()
    {
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(QString, badge);
        clickWire(scene()->wireItem(kPinToBuzzer));
        WireInspector *inspector = (*m_window)->inspector()->wireInspector();
        QTRY_VERIFY_WITH_TIMEOUT(inspector->isVisible(), kTimeout);
        auto *box = qobject_cast<QAbstractSpinBox *>(inspector->field(key));
        QVERIFY(box);
        typeInto(box, typed);
        QCOMPARE(editor()->undoStack()->count(), 1);
        QCOMPARE(faults::summary(circuit()->wire(kPinToBuzzer)->faults), badge);
        editor()->undoStack()->undo();
        QVERIFY(circuit()->wire(kPinToBuzzer)->faults.isNone());
    }

    void distributionCutAndChannel()
    {
        clickWire(scene()->wireItem(kPinToBuzzer));
        WireInspector *inspector = (*m_window)->inspector()->wireInspector();
        QTRY_VERIFY_WITH_TIMEOUT(inspector->isVisible(), kTimeout);

        auto *distribution
            = qobject_cast<QComboBox *>(inspector->field(QStringLiteral("message.distribution")));
        distribution->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(distribution->hasFocus(), kTimeout);
        QTest::keyClick(distribution, Qt::Key_Down);
        QCOMPARE(
            circuit()->wire(kPinToBuzzer)->faults.message.jitter, DirectionFaults::Jitter::Normal);

        auto *cut = qobject_cast<QCheckBox *>(inspector->field(QStringLiteral("cut")));
        QTest::mouseClick(cut, Qt::LeftButton, {}, QPoint(8, cut->height() / 2));
        QVERIFY(circuit()->wire(kPinToBuzzer)->faults.cut);

        auto *channel = qobject_cast<QLineEdit *>(inspector->field(QStringLiteral("channel")));
        typeInto(channel, QStringLiteral("/bits"));
        QCOMPARE(circuit()->wire(kPinToBuzzer)->channel, QStringLiteral("/bits"));
        // A channel the document refuses: refused, and the field shows the document again.
        typeInto(channel, QStringLiteral("/no spaces"));
        QCOMPARE(circuit()->wire(kPinToBuzzer)->channel, QStringLiteral("/bits"));
        QCOMPARE(channel->text(), QStringLiteral("/bits"));
        QCOMPARE(editor()->undoStack()->count(), 3);
    }

    void contextMenuPresetsAndEditFaults_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("badge");
        QTest::newRow("drop") << "Drop 30 %"
                              << "✕30 %";
        QTest::newRow("delay") << "Delay 200 ms"
                               << "+200 ms";
        QTest::newRow("duplicate") << "Duplicate 20 %"
                                   << "×2 20 %";
        QTest::newRow("cut") << "Cut"
                             << "cut";
    }

    void contextMenuPresetsAndEditFaults()
    {
        QFETCH(QString, preset);
        QFETCH(QString, badge);
        WireItem *wire = scene()->wireItem(kPinToBuzzer);
        triggerWireMenu(wire, preset);
        QCOMPARE(faults::summary(circuit()->wire(kPinToBuzzer)->faults), badge);
        QCOMPARE(wire->badgeText(), badge);
        triggerWireMenu(wire, QStringLiteral("No Faults"));
        QVERIFY(circuit()->wire(kPinToBuzzer)->faults.isNone());
        QCOMPARE(editor()->undoStack()->count(), 2);

        // Edit Faults… selects the wire and shows it in the inspector.
        scene()->clearSelection();
        triggerWireMenu(wire, QStringLiteral("Edit Faults…"));
        QCOMPARE(selection()->wireIds(), QList<WireId>({ kPinToBuzzer }));
        WireInspector *inspector = (*m_window)->inspector()->wireInspector();
        QTRY_VERIFY_WITH_TIMEOUT(inspector->isVisible(), kTimeout);
        QCOMPARE(inspector->wire(), kPinToBuzzer);
        QTRY_VERIFY_WITH_TIMEOUT(
            inspector->field(QStringLiteral("message.drop"))->hasFocus(), kTimeout);
    }

    void deleteFromTheMenuIsUndoable()
    {
        triggerWireMenu(scene()->wireItem(kPinToBuzzer), QStringLiteral("Delete Wire"));
        QVERIFY(!circuit()->wire(kPinToBuzzer));
        QVERIFY(selection()->wireIds().isEmpty());
        editor()->undoStack()->undo();
        QVERIFY(circuit()->wire(kPinToBuzzer));
    }

    void selectingANodeElsewhereLeavesNoWireSelected()
    {
        WireItem *wire = scene()->wireItem(kPinToBuzzer);
        clickWire(wire);
        QCOMPARE(selection()->wireIds(), QList<WireId>({ kPinToBuzzer }));
        selection()->set({ 1 }); // as the mesh table does
        QVERIFY(!wire->isSelected());
        QVERIFY(scene()->nodeItem(1)->isSelected());
        QVERIFY(!(*m_window)->inspector()->wireInspector()->isVisible());
        // And the shared selection selects a wire on the canvas.
        selection()->set({}, { kPinToBuzzer });
        QVERIFY(wire->isSelected());
        QVERIFY(!scene()->nodeItem(1)->isSelected());
    }

    void seedWithNothingSelected()
    {
        scene()->clearSelection();
        SeedField *seed = (*m_window)->inspector()->seedField();
        QTRY_VERIFY_WITH_TIMEOUT(seed->isVisible(), kTimeout);
        typeInto(seed->edit(), QStringLiteral("42"));
        QCOMPARE(circuit()->seed(), std::optional<quint64>(42));
        typeInto(seed->edit(), QString());
        QCOMPARE(circuit()->seed(), std::nullopt);
        editor()->undoStack()->undo();
        QCOMPARE(circuit()->seed(), std::optional<quint64>(42));
        QCOMPARE(seed->edit()->text(), QStringLiteral("42"));
        // Selecting a wire hides it.
        clickWire(scene()->wireItem(kPinToBuzzer));
        QTRY_VERIFY_WITH_TIMEOUT(!seed->isVisible(), kTimeout);
    }

    void wiresRouteAroundCardsAndFollowMoves()
    {
        // The case: a clock wired to a node behind two others in a row.
        QList<NodeSpec> nodes {
            canvastest::node(QStringLiteral("clock"), NodeKind::Clock, { 0, 0 }),
            canvastest::node(QStringLiteral("a"), NodeKind::Led, { 240, 0 }, 9101),
            canvastest::node(QStringLiteral("b"), NodeKind::Led, { 480, 0 }, 9102),
            canvastest::node(QStringLiteral("far"), NodeKind::Led, { 720, 0 }, 9103),
        };
        for (int i = 0; i < nodes.size(); ++i)
            nodes[i].id = i + 1;
        circuit()->setContents(nodes, { { 1, 1, 4, {}, {} } });
        editor()->setWireFaults(1, [] {
            WireFaults f;
            f.message.drop = 0.5;
            return f;
        }());
        WireItem *wire = scene()->wireItem(1);
        wire->setCounters(5, 5, 0);
        const auto cardOf = [this](NodeId id) {
            return QRectF(
                scene()->nodeItem(id)->pos(), QSizeF(NodeItem::kWidth, NodeItem::kHeight));
        };
        const auto underNoCard = [&] {
            const QList<QPointF> points = wire->corners();
            for (NodeId id : { 2, 3 }) {
                for (qsizetype i = 0; i + 1 < points.size(); ++i) {
                    if (wirerouting::crosses(points.at(i), points.at(i + 1), cardOf(id)))
                        return false;
                }
                // The count and the badge stay readable: on no card.
                if (cardOf(id).intersects(wire->labelRect())
                    || cardOf(id).intersects(wire->badgeRect())) {
                    return false;
                }
            }
            return true;
        };
        QVERIFY(underNoCard());
        QVERIFY(wire->corners().size() > 2); // a detour
        QVERIFY(!wire->labelRect().isNull());
        QVERIFY(!wire->badgeRect().isNull());

        // Moving the cards out of the way (an edit, undone) routes it straight, and back.
        editor()->moveNodes({ { 2, QPointF(240, 0) }, { 3, QPointF(480, 0) } },
            { { 2, QPointF(240, 300) }, { 3, QPointF(480, 300) } });
        QCOMPARE(wire->corners().size(), 2);
        editor()->undoStack()->undo();
        QVERIFY(wire->corners().size() > 2);
        QVERIFY(underNoCard());

        // A card dragged onto a straight wire with the mouse: the wire goes round it.
        editor()->moveNodes({ { 2, QPointF(240, 0) }, { 3, QPointF(480, 0) } },
            { { 2, QPointF(240, 300) }, { 3, QPointF(480, 300) } });
        QCOMPARE(wire->corners().size(), 2);
        const QPointF grab = scene()->nodeItem(3)->pos() + QPointF(60, 30);
        const QPoint press = view()->mapFromScene(grab);
        QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, press);
        for (int i = 1; i <= 6; ++i) {
            // QTest::mouseMove does not carry the pressed button; a real drag does.
            const QPointF at(view()->mapFromScene(grab + QPointF(0, -50.0 * i)));
            QMouseEvent move(QEvent::MouseMove, at, view()->viewport()->mapToGlobal(at),
                Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view()->viewport(), &move);
        }
        QTest::mouseRelease(
            view()->viewport(), Qt::LeftButton, {}, view()->mapFromScene(grab + QPointF(0, -300)));
        QCOMPARE(circuit()->node(3)->position, std::optional<QPointF>(QPointF(480, 0)));
        QVERIFY(wire->corners().size() > 2);
        QVERIFY(underNoCard());
    }

private:
    Circuit *circuit() const { return (*m_window)->circuit(); }
    CircuitEditor *editor() const { return (*m_window)->editor(); }
    CircuitView *view() const { return (*m_window)->view(); }
    CircuitScene *scene() const { return view()->circuitScene(); }
    NodeSelection *selection() const { return (*m_window)->selection(); }

    // Near the wire's end: the iopin's two wires share their way out of it.
    QPoint onWire(WireItem *wire) const
    {
        return view()->mapFromScene(wire->path().pointAtPercent(0.85));
    }

    void clickWire(WireItem *wire)
    {
        const QPoint at = onWire(wire);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at);
    }

    // Clicks into the field, selects what it says and types `text`, then Enter.
    void typeInto(QWidget *field, const QString &text)
    {
        QTest::mouseClick(field, Qt::LeftButton, {}, QPoint(10, field->height() / 2));
        QTRY_VERIFY_WITH_TIMEOUT(field->hasFocus(), kTimeout);
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty())
            QTest::keyClick(field, Qt::Key_Delete);
        else
            QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }

    void triggerWireMenu(WireItem *wire, const QString &text)
    {
        const QPoint at = onWire(wire);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view()->viewport(), &event);
        QMenu *menu = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (menu = view()->findChild<QMenu *>()) && menu->isVisible(), kTimeout);
        QAction *found = findAction(menu, text);
        QVERIFY2(found, qPrintable(text));
        // As a click does: the menu closes and its window is active again, then the action runs.
        menu->close();
        (*m_window)->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window->window.get()));
        found->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!view()->findChild<QMenu *>(), kTimeout);
    }

    std::unique_ptr<uitest::Window> m_window;
};

QTEST_MAIN(TestWireFaults)
#include "tst_wirefaults.moc"
