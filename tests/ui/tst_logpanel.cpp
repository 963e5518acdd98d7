// The log: bounded in memory, batched appends, filters by node and text.
#include "document/circuit.h"
#include "panels/logmodel.h"
#include "panels/logpanel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using wb::LogModel;

class TestLogPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheNewestLinesUpToItsCapacity_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("batches");
        QTest::newRow("under the bound") << 10000 << 500 << 1;
        QTest::newRow("exactly the bound") << 10000 << 10000 << 1;
        QTest::newRow("over, one batch") << 10000 << 25000 << 1;
        QTest::newRow("over, many batches") << 10000 << 25000 << 7;
        QTest::newRow("tiny") << 3 << 10 << 4;
    }

    void keepsTheNewestLinesUpToItsCapacity()
    {
        QFETCH(int, capacity);
        QFETCH(int, lines);
        QFETCH(int, batches);
        LogModel model(capacity, 1000000); // batches only when the test flushes
        QAbstractItemModelTester tester(&model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const int perBatch = (lines + batches - 1) / batches;
        int written = 0;
        for (int b = 0; b < batches; ++b) {
            for (int i = 0; i < perBatch && written < lines; ++i, ++written)
                model.append(1, QStringLiteral("clock"), QStringLiteral("line %1").arg(written),
                             written);
            model.flush();
            QVERIFY(model.rowCount() <= capacity);
        }
        QCOMPARE(inserted.count(), batches); // one view update per batch, not per line
        const int kept = std::min(lines, capacity);
        QCOMPARE(model.rowCount(), kept);
        QCOMPARE(model.entry(0).text, QStringLiteral("line %1").arg(lines - kept));
        QCOMPARE(model.entry(kept - 1).text, QStringLiteral("line %1").arg(lines - 1));
        QCOMPARE(model.data(model.index(kept - 1, LogModel::Line)).toString(),
                 QStringLiteral("[ clock ] line %1").arg(lines - 1));
    }

    void appendsArriveInBatchesFromTheTimer()
    {
        LogModel model(100, 20);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 1000; ++i)
            model.append(2, QStringLiteral("iopin"), QString::number(i), i);
        QCOMPARE(model.rowCount(), 0); // nothing yet: lines wait for the batch
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 100, 5000);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.entry(0).text, QStringLiteral("900"));
    }

    void clearEmptiesTheModel()
    {
        LogModel model(10, 1000000);
        QAbstractItemModelTester tester(&model);
        model.append(1, QStringLiteral("a"), QStringLiteral("x"), 1);
        model.flush();
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.flush();
        QCOMPARE(model.rowCount(), 0);
    }

    void panelFiltersByNodeAndText()
    {
        wb::Circuit circuit;
        wb::NodeSpec a;
        a.name = QStringLiteral("clock");
        a.kind = wb::NodeKind::Clock;
        wb::NodeSpec b;
        b.name = QStringLiteral("buzzer");
        b.kind = wb::NodeKind::Buzzer;
        const wb::NodeId clock = circuit.addNode(a);
        const wb::NodeId buzzer = circuit.addNode(b);
        LogModel model(1000, 1000000);
        wb::LogPanel panel(&model, &circuit);
        for (int i = 0; i < 10; ++i) {
            model.append(clock, QStringLiteral("clock"), QStringLiteral("> %1").arg(i), i);
            model.append(buzzer, QStringLiteral("buzzer"),
                         i % 2 ? QStringLiteral("signal 1 received -> buzz")
                               : QStringLiteral("signal 0 received -> ..."),
                         i);
        }
        model.flush();
        QCOMPARE(panel.visibleLineCount(), 20);
        panel.setNodeFilter(buzzer);
        QCOMPARE(panel.visibleLineCount(), 10);
        panel.setTextFilter(QStringLiteral("BUZZ")); // case does not matter
        QCOMPARE(panel.visibleLineCount(), 10);      // "buzzer" is in every line's name
        panel.setTextFilter(QStringLiteral("-> buzz"));
        QCOMPARE(panel.visibleLineCount(), 5);
        panel.setNodeFilter(std::nullopt);
        panel.setTextFilter(QStringLiteral("> 3"));
        QCOMPARE(panel.visibleLineCount(), 1);
        panel.setTextFilter({});
        // New lines pass the same filter as they arrive.
        panel.setNodeFilter(clock);
        model.append(clock, QStringLiteral("clock"), QStringLiteral("> 10"), 10);
        model.append(buzzer, QStringLiteral("buzzer"), QStringLiteral("late"), 10);
        model.flush();
        QCOMPARE(panel.visibleLineCount(), 11);
        // The filtered node leaves: the filter goes with it.
        circuit.removeNode(clock);
        QCOMPARE(panel.visibleLineCount(), 22);
    }
};

QTEST_MAIN(TestLogPanel)
#include "tst_logpanel.moc"
