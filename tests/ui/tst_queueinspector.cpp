// The inspector of the queue seed's kinds and of a clock's start and message: every parameter
// has a field with a tooltip, each edit typed as a person would is one undo step, values the
// document refuses or the field does not allow leave the document as it was, the optional ones
// are unset when emptied, a queue's policy and a worker's service are picked from a list; a
// running keyboard gets a line to type and a Send button, a stopped one says to start it.
#include "circuiteditor.h"
#include "nodeselection.h"
#include "panels/inspectorwidget.h"
#include "runtime/meshruntime.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace wb;

namespace {

enum : NodeId { QueueId = 1, WorkerId, ConsoleId, ClockId, KeyboardId };

NodeSpec make(NodeId id, const QString &name, NodeKind kind)
{
    NodeSpec spec;
    spec.id = id;
    spec.name = name;
    spec.kind = kind;
    if (kinds::hasServer(kind)) {
        QTcpServer server; // a port nobody listens on now
        server.listen(QHostAddress::LocalHost, 0);
        spec.port = server.serverPort();
    }
    spec.params = kinds::defaultParams(kind);
    return spec;
}

} // namespace

class TestQueueInspector final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_circuit = std::make_unique<Circuit>();
        m_circuit->setContents({ make(QueueId, QStringLiteral("queue"), NodeKind::Queue),
            make(WorkerId, QStringLiteral("worker"), NodeKind::Worker),
            make(ConsoleId, QStringLiteral("console"), NodeKind::Console),
            make(ClockId, QStringLiteral("slow"), NodeKind::Clock),
            make(KeyboardId, QStringLiteral("keys"), NodeKind::Keyboard) });
        m_editor = std::make_unique<CircuitEditor>(m_circuit.get());
        m_runtime = std::make_unique<MeshRuntime>(m_circuit.get());
        m_selection = std::make_unique<NodeSelection>(m_circuit.get());
        m_inspector
            = std::make_unique<InspectorWidget>(m_editor.get(), m_runtime.get(), m_selection.get());
        m_inspector->resize(380, 640);
        m_inspector->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
    }

    void cleanup()
    {
        m_runtime->stopAll();
        m_inspector.reset();
        m_selection.reset();
        m_runtime.reset();
        m_editor.reset();
        m_circuit.reset();
    }

    void everyParameterHasAFieldWithATip_data()
    {
        QTest::addColumn<int>("node");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("queue") << int(
            QueueId) << QStringList { QStringLiteral("capacity"), QStringLiteral("whenFull") };
        QTest::newRow("worker") << int(WorkerId)
                                << QStringList { QStringLiteral("serviceMs"),
                                       QStringLiteral("service"), QStringLiteral("seed") };
        QTest::newRow("console") << int(ConsoleId) << QStringList { QStringLiteral("history") };
        QTest::newRow("clock") << int(ClockId)
                               << QStringList { QStringLiteral("tacks"), QStringLiteral("delay"),
                                      QStringLiteral("start"), QStringLiteral("message") };
        QTest::newRow("keyboard") << int(KeyboardId)
                                  << QStringList { QStringLiteral("type"), QStringLiteral("send") };
    }

    void everyParameterHasAFieldWithATip()
    {
        QFETCH(int, node);
        QFETCH(QStringList, keys);
        m_selection->set({ node });
        for (const QString &key : keys) {
            QWidget *field = m_inspector->field(key);
            QVERIFY2(field, qPrintable(key));
            QVERIFY2(field->toolTip().size() > 20, qPrintable(key));
            QTRY_VERIFY2(field->isVisible(), qPrintable(key));
        }
    }

    void theDefaultsShow()
    {
        m_selection->set({ QueueId });
        QCOMPARE(text(QStringLiteral("capacity")), QStringLiteral("5"));
        QCOMPARE(
            combo(QStringLiteral("whenFull"))->currentData().toString(), QStringLiteral("block"));
        m_selection->set({ WorkerId });
        QCOMPARE(text(QStringLiteral("serviceMs")), QStringLiteral("1000 ms"));
        QCOMPARE(
            combo(QStringLiteral("service"))->currentData().toString(), QStringLiteral("fixed"));
        QCOMPARE(text(QStringLiteral("seed")), QString());
        m_selection->set({ ConsoleId });
        QCOMPARE(text(QStringLiteral("history")), QStringLiteral("1000 lines"));
        m_selection->set({ ClockId });
        QCOMPARE(text(QStringLiteral("start")), QString());
        QCOMPARE(text(QStringLiteral("message")), QString());
    }

    void typedEditsAreUndoSteps_data()
    {
        QTest::addColumn<int>("node");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QVariant>("stored");
        QTest::newRow("capacity") << int(QueueId) << QStringLiteral("capacity")
                                  << QStringLiteral("12") << QVariant(qint64(12));
        QTest::newRow("the most places") << int(QueueId) << QStringLiteral("capacity")
                                         << QStringLiteral("100000") << QVariant(qint64(100000));
        QTest::newRow("service time") << int(WorkerId) << QStringLiteral("serviceMs")
                                      << QStringLiteral("250") << QVariant(qint64(250));
        QTest::newRow("no service time") << int(WorkerId) << QStringLiteral("serviceMs")
                                         << QStringLiteral("0") << QVariant(qint64(0));
        QTest::newRow("seed") << int(WorkerId) << QStringLiteral("seed")
                              << QStringLiteral("4294967295") << QVariant(qint64(4294967295LL));
        QTest::newRow("history") << int(ConsoleId) << QStringLiteral("history")
                                 << QStringLiteral("50") << QVariant(qint64(50));
        QTest::newRow("start") << int(ClockId) << QStringLiteral("start") << QStringLiteral("10")
                               << QVariant(10.0);
        QTest::newRow("start in part of a second")
            << int(ClockId) << QStringLiteral("start") << QStringLiteral("2.5") << QVariant(2.5);
        QTest::newRow("message") << int(ClockId) << QStringLiteral("message")
                                 << QStringLiteral("something slow is done")
                                 << QVariant(QStringLiteral("something slow is done"));
    }

    void typedEditsAreUndoSteps()
    {
        QFETCH(int, node);
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(QVariant, stored);
        m_selection->set({ node });
        const QVariant before = m_circuit->node(node)->params.value(key);
        type(key, typed);
        QCOMPARE(m_circuit->node(node)->params.value(key), stored);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        m_editor->undoStack()->undo();
        QCOMPARE(m_circuit->node(node)->params.value(key), before);
        QCOMPARE(m_inspector->field(key)->isEnabled(), true);
    }

    void valuesNotAllowedLeaveTheDocument_data()
    {
        QTest::addColumn<int>("node");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("refused"); // by the document (else the field kept it out)
        QTest::newRow("a seed beyond 2^32 - 1")
            << int(WorkerId) << QStringLiteral("seed") << QStringLiteral("4294967296") << true;
        QTest::newRow("a start beyond a day")
            << int(ClockId) << QStringLiteral("start") << QStringLiteral("86401") << true;
        QTest::newRow("no places")
            << int(QueueId) << QStringLiteral("capacity") << QStringLiteral("0") << false;
        QTest::newRow("no lines kept")
            << int(ConsoleId) << QStringLiteral("history") << QStringLiteral("0") << false;
    }

    void valuesNotAllowedLeaveTheDocument()
    {
        QFETCH(int, node);
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(bool, refused);
        m_selection->set({ node });
        const QVariantMap before = m_circuit->node(node)->params;
        const QString shown = text(key);
        QSignalSpy refusals(m_editor.get(), &CircuitEditor::refused);
        type(key, typed);
        QCOMPARE(refusals.count(), refused ? 1 : 0);
        if (refused)
            QVERIFY2(refusals.first().first().toString().contains(key),
                qPrintable(refusals.first().first().toString()));
        QCOMPARE(m_circuit->node(node)->params, before);
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QCOMPARE(text(key), shown);
    }

    void anEmptiedOptionalIsUnset()
    {
        m_selection->set({ ClockId });
        type(QStringLiteral("start"), QStringLiteral("10"));
        type(QStringLiteral("start"), QString());
        QVERIFY(!m_circuit->node(ClockId)->params.contains(QStringLiteral("start")));
        QCOMPARE(m_editor->undoStack()->count(), 2);
        m_editor->undoStack()->undo();
        QCOMPARE(text(QStringLiteral("start")), QStringLiteral("10"));
    }

    void policiesArePickedFromAList_data()
    {
        QTest::addColumn<int>("node");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("picked");
        QTest::newRow("when full")
            << int(QueueId) << QStringLiteral("whenFull") << QStringLiteral("drop-newest");
        QTest::newRow("service") << int(WorkerId) << QStringLiteral("service")
                                 << QStringLiteral("random");
    }

    void policiesArePickedFromAList()
    {
        QFETCH(int, node);
        QFETCH(QString, key);
        QFETCH(QString, picked);
        m_selection->set({ node });
        QComboBox *box = combo(key);
        const QVariant before = m_circuit->node(node)->params.value(key);
        box->setFocus();
        QTRY_VERIFY(box->hasFocus());
        QTest::keyClick(box, Qt::Key_Down); // the next choice, as the keyboard picks it
        QCOMPARE(m_circuit->node(node)->params.value(key), QVariant(picked));
        QCOMPARE(m_editor->undoStack()->count(), 1);
        m_editor->undoStack()->undo();
        QCOMPARE(m_circuit->node(node)->params.value(key), before);
        QCOMPARE(box->currentData(), before); // the field shows the document again
    }

    void aRunningKeyboardTakesALine()
    {
        m_selection->set({ KeyboardId });
        auto *line = qobject_cast<QLineEdit *>(m_inspector->field(QStringLiteral("type")));
        auto *send = qobject_cast<QPushButton *>(m_inspector->field(QStringLiteral("send")));
        QVERIFY(line && send);
        QVERIFY(!line->isEnabled());
        QVERIFY(line->placeholderText().contains(QStringLiteral("Start")));
        // Its own Start button, clicked.
        auto *start = m_inspector->findChild<QPushButton *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(start);
        QCOMPARE(start->text(), QStringLiteral("Start"));
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY(line->isEnabled());
        QVERIFY(send->isEnabled());
        line->setFocus();
        QTest::keyClicks(line, QStringLiteral("first"));
        QTest::mouseClick(send, Qt::LeftButton);
        QCOMPARE(line->text(), QString());
        QTest::keyClicks(line, QStringLiteral("second"));
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(line->text(), QString());
        // Without a target every line is answered at once: all typed, all sent.
        QTRY_VERIFY(m_runtime->counts(KeyboardId).contains({ QStringLiteral("sent"), 2 }));
        QVERIFY(m_runtime->counts(KeyboardId).contains({ QStringLiteral("typed"), 2 }));
        QCOMPARE(m_editor->undoStack()->count(), 0); // typing is no edit of the circuit
        m_runtime->stop(KeyboardId);
        QTRY_VERIFY(!line->isEnabled());
    }

private:
    QString text(const QString &key) const
    {
        QWidget *field = m_inspector->field(key);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            return edit->text();
        return qobject_cast<QAbstractSpinBox *>(field)->text();
    }

    QComboBox *combo(const QString &key) const
    {
        return qobject_cast<QComboBox *>(m_inspector->field(key));
    }

    // Selects the field's text, types over it and presses Enter, as a person would.
    void type(const QString &key, const QString &typed)
    {
        QWidget *field = m_inspector->field(key);
        QVERIFY(field);
        auto *spin = qobject_cast<QAbstractSpinBox *>(field);
        QWidget *target = spin ? spin->findChild<QLineEdit *>() : field;
        field->setFocus();
        QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
        if (typed.isEmpty())
            QTest::keyClick(target, Qt::Key_Delete);
        else
            QTest::keyClicks(target, typed);
        QTest::keyClick(target, Qt::Key_Return);
    }

    std::unique_ptr<Circuit> m_circuit;
    std::unique_ptr<CircuitEditor> m_editor;
    std::unique_ptr<MeshRuntime> m_runtime;
    std::unique_ptr<NodeSelection> m_selection;
    std::unique_ptr<InspectorWidget> m_inspector;
};

QTEST_MAIN(TestQueueInspector)
#include "tst_queueinspector.moc"
