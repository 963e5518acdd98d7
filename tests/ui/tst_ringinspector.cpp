// The inspector of a ring member: a field with a tooltip for every parameter of docs/ring.md,
// each edit typed as a person would and one undo step, values the document refuses shown as
// they were, and the optional ones (key, contacts) unset when emptied.
#include "circuiteditor.h"
#include "nodeselection.h"
#include "panels/inspectorwidget.h"
#include "runtime/meshruntime.h"

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace wb;

class TestRingInspector final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_circuit = std::make_unique<Circuit>();
        NodeSpec ring;
        ring.id = 1;
        ring.name = QStringLiteral("alice");
        ring.kind = NodeKind::Ring;
        ring.port = 9001;
        ring.params = kinds::defaultParams(NodeKind::Ring);
        m_circuit->setContents({ ring });
        m_editor = std::make_unique<CircuitEditor>(m_circuit.get());
        m_runtime = std::make_unique<MeshRuntime>(m_circuit.get());
        m_selection = std::make_unique<NodeSelection>(m_circuit.get());
        m_inspector
            = std::make_unique<InspectorWidget>(m_editor.get(), m_runtime.get(), m_selection.get());
        m_inspector->resize(380, 640);
        m_inspector->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
        m_selection->set({ 1 });
    }

    void cleanup()
    {
        m_inspector.reset();
        m_selection.reset();
        m_runtime.reset();
        m_editor.reset();
        m_circuit.reset();
    }

    void everyParameterHasAFieldWithATip()
    {
        for (const QString &key :
            { QStringLiteral("key"), QStringLiteral("successors"), QStringLiteral("heartbeat"),
                QStringLiteral("suspect"), QStringLiteral("probeTimeout"), QStringLiteral("probes"),
                QStringLiteral("stabilise"), QStringLiteral("resendWindow"),
                QStringLiteral("join") }) {
            QWidget *field = m_inspector->field(key);
            QVERIFY2(field, qPrintable(key));
            QVERIFY2(field->toolTip().size() > 20, qPrintable(key));
            QTRY_VERIFY2(field->isVisible(), qPrintable(key)); // shown once laid out
        }
        // The defaults of docs/ring.md.
        QCOMPARE(text(QStringLiteral("successors")), QStringLiteral("3"));
        QCOMPARE(text(QStringLiteral("suspect")), QStringLiteral("1.50 s"));
        QCOMPARE(text(QStringLiteral("key")), QString());
    }

    void typedEditsAreUndoSteps_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QVariant>("stored"); // invalid: unset
        QTest::newRow("suspect") << QStringLiteral("suspect") << QStringLiteral("2.5")
                                 << QVariant(2.5);
        QTest::newRow("heartbeat")
            << QStringLiteral("heartbeat") << QStringLiteral("0.2") << QVariant(0.2);
        QTest::newRow("successors")
            << QStringLiteral("successors") << QStringLiteral("5") << QVariant(qint64(5));
        QTest::newRow("probes") << QStringLiteral("probes") << QStringLiteral("0")
                                << QVariant(qint64(0));
        QTest::newRow("key") << QStringLiteral("key") << QStringLiteral("4294967295")
                             << QVariant(qint64(4294967295LL));
        QTest::newRow("contacts") << QStringLiteral("join")
                                  << QStringLiteral("ws://127.0.0.1:9002, ws://10.0.0.2:9001")
                                  << QVariant(
                                         QStringLiteral("ws://127.0.0.1:9002,ws://10.0.0.2:9001"));
    }

    void typedEditsAreUndoSteps()
    {
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(QVariant, stored);
        const QVariant before = m_circuit->node(1)->params.value(key);
        type(key, typed);
        QCOMPARE(m_circuit->node(1)->params.value(key), stored);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        m_editor->undoStack()->undo();
        QCOMPARE(m_circuit->node(1)->params.value(key), before);
    }

    void refusedValuesShowWhatIs_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::newRow("a key beyond 2^32 - 1")
            << QStringLiteral("key") << QStringLiteral("4294967296");
        QTest::newRow("a contact that is no address")
            << QStringLiteral("join") << QStringLiteral("alice");
    }

    void refusedValuesShowWhatIs()
    {
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QSignalSpy refused(m_editor.get(), &CircuitEditor::refused);
        type(key, typed);
        QCOMPARE(refused.count(), 1);
        QVERIFY(!m_circuit->node(1)->params.contains(key));
        QCOMPARE(text(key), QString());
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }

    void anEmptiedOptionalIsUnset()
    {
        type(QStringLiteral("key"), QStringLiteral("77"));
        QCOMPARE(m_circuit->node(1)->params.value(QStringLiteral("key")), QVariant(qint64(77)));
        type(QStringLiteral("key"), QString());
        QVERIFY(!m_circuit->node(1)->params.contains(QStringLiteral("key")));
        QCOMPARE(m_editor->undoStack()->count(), 2);
        m_editor->undoStack()->undo();
        QCOMPARE(text(QStringLiteral("key")), QStringLiteral("77"));
    }

private:
    QString text(const QString &key) const
    {
        QWidget *field = m_inspector->field(key);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            return edit->text();
        return qobject_cast<QAbstractSpinBox *>(field)->text();
    }

    // Selects the field's text, types over it and presses Enter, as a person would.
    void type(const QString &key, const QString &typed)
    {
        QWidget *field = m_inspector->field(key);
        QVERIFY(field);
        auto *spin = qobject_cast<QAbstractSpinBox *>(field);
        QWidget *target = field;
        if (spin)
            target = spin->findChild<QLineEdit *>();
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

QTEST_MAIN(TestRingInspector)
#include "tst_ringinspector.moc"
