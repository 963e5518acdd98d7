// The inspector's network toggle (issue 7): a local server listens on loopback until the user
// checks "Listen on the network"; the click is one undoable edit of the node's host, the
// warning shows while the node is reachable from other machines, and the document's host
// (typed, undone) is what the box shows.
#include "circuiteditor.h"
#include "nodeselection.h"
#include "panels/inspectorwidget.h"
#include "runtime/meshruntime.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace wb;

namespace {

NodeSpec spec(NodeId id, NodeKind kind, const QString &host = QStringLiteral("127.0.0.1"))
{
    NodeSpec s;
    s.id = id;
    s.kind = kind;
    s.name = kinds::name(kind) + QString::number(id);
    s.host = host;
    s.port = quint16(kinds::hasServer(kind) ? 9000 + id : 0);
    s.params = kinds::defaultParams(kind);
    s.position = QPointF(id * 200.0, 0);
    return s;
}

} // namespace

class TestInspector final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_circuit = std::make_unique<Circuit>();
        m_circuit->setContents(
            { spec(1, NodeKind::Clock), spec(2, NodeKind::IoPin), spec(3, NodeKind::Buzzer),
                spec(4, NodeKind::Led), spec(5, NodeKind::External, QStringLiteral("192.0.2.7")),
                spec(6, NodeKind::Led, QStringLiteral("0.0.0.0")) });
        m_editor = std::make_unique<CircuitEditor>(m_circuit.get());
        m_runtime = std::make_unique<MeshRuntime>(m_circuit.get());
        m_selection = std::make_unique<NodeSelection>(m_circuit.get());
        m_inspector = std::make_unique<InspectorWidget>(m_editor.get(), m_runtime.get(),
                                                        m_selection.get());
        m_inspector->resize(360, 480);
        m_inspector->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
    }

    void cleanup()
    {
        m_inspector.reset();
        m_selection.reset();
        m_runtime.reset();
        m_editor.reset();
        m_circuit.reset();
    }

    void toggleOnlyForLocalServers_data()
    {
        QTest::addColumn<int>("node");
        QTest::addColumn<bool>("hasToggle");
        QTest::addColumn<bool>("checked");
        QTest::newRow("clock: no server") << 1 << false << false;
        QTest::newRow("iopin") << 2 << true << false;
        QTest::newRow("buzzer") << 3 << true << false;
        QTest::newRow("led") << 4 << true << false;
        QTest::newRow("external: runs elsewhere") << 5 << false << false;
        QTest::newRow("led on 0.0.0.0") << 6 << true << true;
    }

    void toggleOnlyForLocalServers()
    {
        QFETCH(int, node);
        QFETCH(bool, hasToggle);
        QFETCH(bool, checked);
        select(NodeId(node));
        auto *box = qobject_cast<QCheckBox *>(m_inspector->field(QStringLiteral("listen")));
        QCOMPARE(box != nullptr, hasToggle);
        if (!box)
            return;
        QCOMPARE(box->isChecked(), checked);
        QCOMPARE(warning()->isVisible(), checked);
    }

    void clickListensAndUndoRestores_data()
    {
        QTest::addColumn<bool>("keyboard");
        QTest::newRow("mouse") << false;
        QTest::newRow("keyboard") << true;
    }

    void clickListensAndUndoRestores()
    {
        QFETCH(bool, keyboard);
        select(3);
        auto *box = qobject_cast<QCheckBox *>(m_inspector->field(QStringLiteral("listen")));
        QVERIFY(box);
        QVERIFY(!warning()->isVisible());
        const auto operate = [&] {
            if (keyboard) {
                box->setFocus(Qt::OtherFocusReason);
                QTRY_VERIFY_WITH_TIMEOUT(box->hasFocus(), 5000);
                QTest::keyClick(box, Qt::Key_Space);
            } else {
                QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
            }
        };
        operate();
        QCOMPARE(m_circuit->node(3)->host, QStringLiteral("0.0.0.0"));
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QVERIFY(box->isChecked());
        QVERIFY(warning()->isVisible());
        QVERIFY(warning()->text().contains(QStringLiteral("token")));
        QCOMPARE(hostEdit()->text(), QStringLiteral("0.0.0.0"));

        m_editor->undoStack()->undo();
        QCOMPARE(m_circuit->node(3)->host, QStringLiteral("127.0.0.1"));
        QVERIFY(!box->isChecked());
        QVERIFY(!warning()->isVisible());

        m_editor->undoStack()->redo();
        QCOMPARE(m_circuit->node(3)->host, QStringLiteral("0.0.0.0"));
        operate(); // and back to loopback: a second undo step
        QCOMPARE(m_circuit->node(3)->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(m_editor->undoStack()->count(), 2);
        QVERIFY(!box->isChecked());
        // Other nodes untouched.
        QCOMPARE(m_circuit->node(4)->host, QStringLiteral("127.0.0.1"));
    }

    void typedHostShowsInTheBox()
    {
        select(2);
        auto *box = qobject_cast<QCheckBox *>(m_inspector->field(QStringLiteral("listen")));
        QVERIFY(box);
        QLineEdit *host = hostEdit();
        host->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY_WITH_TIMEOUT(host->hasFocus(), 5000);
        host->selectAll();
        QTest::keyClicks(host, QStringLiteral("0.0.0.0"));
        QTest::keyClick(host, Qt::Key_Return);
        QCOMPARE(m_circuit->node(2)->host, QStringLiteral("0.0.0.0"));
        QVERIFY(box->isChecked());
        host->selectAll();
        QTest::keyClicks(host, QStringLiteral("localhost"));
        QTest::keyClick(host, Qt::Key_Return);
        QCOMPARE(m_circuit->node(2)->host, QStringLiteral("localhost"));
        QVERIFY(!box->isChecked());
    }

    // A crashed or hung node says so, not "stopped" or "running".
    void stateShowsNodeFaults()
    {
        m_circuit->setPort(3, 0); // any free port
        select(3);
        auto *state = m_inspector->findChild<QLabel *>(QStringLiteral("nodeState"));
        QVERIFY(state);
        m_runtime->start(3);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("listening")), 5000);
        m_runtime->hang(3);
        QVERIFY(state->text().contains(QStringLiteral("hung")));
        m_runtime->crash(3);
        QVERIFY(state->text().contains(QStringLiteral("crashed")));
        m_runtime->restart(3);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("listening")), 5000);
        m_runtime->stopAll();
    }

private:
    void select(NodeId id)
    {
        m_selection->set({ id });
        // The previous node's fields go later: let them, so that findChild sees only the new.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    QLabel *warning() const
    {
        return m_inspector->findChild<QLabel *>(QStringLiteral("listenWarning"));
    }
    QLineEdit *hostEdit() const
    {
        return qobject_cast<QLineEdit *>(m_inspector->field(QStringLiteral("host")));
    }

    std::unique_ptr<Circuit> m_circuit;
    std::unique_ptr<CircuitEditor> m_editor;
    std::unique_ptr<MeshRuntime> m_runtime;
    std::unique_ptr<NodeSelection> m_selection;
    std::unique_ptr<InspectorWidget> m_inspector;
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
