// The logic analyzer on a real mesh: it records a seeded run as it happens, exports the plot
// (PNG, SVG) and the recording (VCD, CSV), opens a saved recording for review while nothing
// runs, and goes back to live when the next run starts.
#include "../core/recordingtestkit.h"
#include "analyzer/logicanalyzer.h"
#include "analyzer/tracerows.h"
#include "analyzer/traceview.h"

#include <QAction>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using wb::NodeId;

class TestAnalyzerLive final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    wb::Circuit m_circuit;
    NodeId m_clock = 0;
    NodeId m_pin = 0;

    bool run(wb::MeshRuntime &runtime) { return wbtest::runUntilClockDone(&runtime); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(wbtest::loadSeedCircuit(&m_circuit, 5, 0.01, 3));
        m_clock = m_circuit.idByName(QStringLiteral("clock"));
        m_pin = m_circuit.idByName(QStringLiteral("iopin"));
    }

    void recordsExportsAndReviews()
    {
        wb::MeshRuntime runtime(&m_circuit);
        wb::LogicAnalyzer analyzer(&runtime, &m_circuit);
        analyzer.resize(1000, 420);
        analyzer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&analyzer));
        QVERIFY(!analyzer.view()->isLive());
        QVERIFY(run(runtime));
        QVERIFY(!analyzer.view()->isLive());

        const wb::Recording *live = analyzer.recording();
        QVERIFY(live->size() > 5 * 4);
        QCOMPARE(analyzer.shownRecording(), live);
        // Rows in the circuit's order: the clock's first.
        QTRY_VERIFY_WITH_TIMEOUT(analyzer.view()->rows()->visibleRows().size() == 5, 5000);
        QCOMPARE(analyzer.view()->rows()->visibleRows().first().node, m_clock);
        analyzer.fitAction()->trigger();
        analyzer.cursorsAction()->trigger();
        QVERIFY(analyzer.view()->cursorsShown());
        analyzer.selectNode(m_pin);
        QCOMPARE(analyzer.view()->highlightedNode(), m_pin);

        QSignalSpy status(&analyzer, &wb::LogicAnalyzer::statusMessage);
        const QString png = m_dir.filePath(QStringLiteral("plot.png"));
        QCOMPARE(analyzer.exportImage(png), QString());
        const QImage image(png);
        QCOMPARE(image.size(), analyzer.view()->size() * 2);
        if (const QByteArray shot = qgetenv("WIREBENCH_ANALYZER_SHOT"); !shot.isEmpty())
            analyzer.grab().save(QString::fromLocal8Bit(shot));
        const QString svg = m_dir.filePath(QStringLiteral("plot.svg"));
        QCOMPARE(analyzer.exportImage(svg), QString());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("iopin"));
        QVERIFY(analyzer.exportImage(m_dir.filePath(QStringLiteral("plot.gif")))
                    .contains(".png or .svg"));
        QCOMPARE(status.size(), 3);
        QCOMPARE(status.first().first().toString(), QStringLiteral("Saved the plot to plot.png"));

        const QString csv = m_dir.filePath(QStringLiteral("run.csv"));
        const QString vcd = m_dir.filePath(QStringLiteral("run.vcd"));
        QCOMPARE(analyzer.saveRecording(csv), QString());
        QCOMPARE(analyzer.saveRecording(vcd), QString());

        // Review: the saved run, with nothing running; the live capture stays as it was.
        const qsizetype held = live->size();
        QCOMPARE(analyzer.openRecording(csv), QString());
        QVERIFY(analyzer.isReviewing());
        QVERIFY(analyzer.liveAction()->isEnabled());
        QCOMPARE(analyzer.reviewTitle(), QStringLiteral("run.csv"));
        QCOMPARE(analyzer.shownRecording()->size(), held);
        QCOMPARE(analyzer.view()->recording(), analyzer.shownRecording());
        QVERIFY(!runtime.isRunning());
        QCOMPARE(analyzer.openRecording(vcd), QString());
        QCOMPARE(analyzer.shownRecording()->digitalCount(), 3);
        QVERIFY(analyzer.openRecording(m_dir.filePath(QStringLiteral("none.csv")))
                    .contains(QStringLiteral("none.csv")));
        QVERIFY(analyzer.isReviewing()); // a failed open keeps what was shown
        analyzer.liveAction()->trigger();
        QVERIFY(!analyzer.isReviewing());
        QCOMPARE(analyzer.shownRecording(), live);

        // A new run while reviewing: back to live, a new capture, following.
        QCOMPARE(analyzer.openRecording(csv), QString());
        analyzer.view()->panPixels(-50);
        QVERIFY(!analyzer.view()->isFollowing());
        QVERIFY(run(runtime));
        QVERIFY(!analyzer.isReviewing());
        QVERIFY(analyzer.view()->isFollowing());
        QVERIFY(analyzer.followAction()->isChecked());
    }

    void nodeActivatedFromRowLabels()
    {
        wb::MeshRuntime runtime(&m_circuit);
        wb::LogicAnalyzer analyzer(&runtime, &m_circuit);
        analyzer.resize(900, 400);
        analyzer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&analyzer));
        QVERIFY(run(runtime));
        QSignalSpy activated(&analyzer, &wb::LogicAnalyzer::nodeActivated);
        QTRY_VERIFY_WITH_TIMEOUT(analyzer.view()->rows()->visibleRows().size() == 5, 5000);
        // The third row is the pin's signal (clock, clock → iopin, iopin, ...).
        const QList<wb::TraceRow> rows = analyzer.view()->rows()->visibleRows();
        QCOMPARE(rows.at(2).node, m_pin);
        const QRect row = wb::tracelayout::rowRect(rows, analyzer.view()->rect(), 0, 2);
        QTest::mouseClick(analyzer.view(), Qt::LeftButton, {}, QPoint(30, row.center().y()));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<NodeId>(), m_pin);
        // Dragging a label moves its row.
        const QRect first = wb::tracelayout::rowRect(rows, analyzer.view()->rect(), 0, 0);
        QTest::mousePress(analyzer.view(), Qt::LeftButton, {}, QPoint(30, row.center().y()));
        QTest::mouseMove(analyzer.view(), QPoint(30, first.center().y()));
        QTest::mouseRelease(analyzer.view(), Qt::LeftButton, {}, QPoint(30, first.center().y()));
        QCOMPARE(analyzer.view()->rows()->visibleRows().first().key, QStringLiteral("d/iopin"));
        QCOMPARE(activated.size(), 1);
    }
};

QTEST_MAIN(TestAnalyzerLive)
#include "tst_analyzerlive.moc"
