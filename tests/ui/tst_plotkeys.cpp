// The logic analyzer's and the sequence chart's plots without a mouse: real key events, asserts
// on the view's state (its time window, its cursors, its selected message) and on the focus
// frame that shows which plot the keys go to.
#include "../core/recordingtestkit.h"
#include "analyzer/tracerows.h"
#include "analyzer/traceview.h"
#include "chart/chartview.h"
#include "chart/lifelinemodel.h"
#include "document/circuit.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>

using wb::NodeId;
using wb::Recording;
using wb::TrafficEvent;

namespace {

constexpr int kTimeout = 5000;
constexpr qint64 kNsPerPixel = 100;

// 40 pins, each toggling every 1000 ns until 20000 ns: more rows than the plot shows.
void manyPins(Recording *r)
{
    r->setStartNs(0);
    for (NodeId id = 1; id <= 40; ++id) {
        r->setNode(id, QStringLiteral("pin%1").arg(id), wb::NodeKind::IoPin);
        for (int i = 0; i < 20; ++i)
            r->appendLevel(id, i * 1000 + id, i % 2 == 0);
    }
    r->setEndNs(20000);
}

// A pin sending three messages to a buzzer, both ends recorded.
void messages(Recording *r)
{
    using Type = TrafficEvent::Type;
    r->setNode(1, QStringLiteral("pin"), wb::NodeKind::IoPin);
    r->setNode(2, QStringLiteral("buzzer"), wb::NodeKind::Buzzer);
    r->setStartNs(0);
    for (int i = 0; i < 3; ++i) {
        const qint64 t = 2'000'000 + i * 4'000'000;
        const quint64 id = 7 + i;
        r->append(wbtest::trafficEvent(Type::Sent, t, 1, 2, QStringLiteral("/pin"), "1", id));
        r->append(
            wbtest::trafficEvent(Type::Received, t + 500'000, 2, 1, QStringLiteral("/pin"), "1"));
        r->append(
            wbtest::trafficEvent(Type::AckSent, t + 1'000'000, 2, 1, QStringLiteral("/pin"), "ok"));
        r->append(wbtest::trafficEvent(
            Type::AckReceived, t + 2'000'000, 1, 2, QStringLiteral("/pin"), "ok", id, 2'000'000));
    }
    r->setEndNs(20'000'000);
}

QColor cornerColour(QWidget *widget)
{
    return widget->grab().toImage().pixelColor(1, widget->height() / 2);
}

} // namespace

class TestPlotKeys final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void analyzerZoomScrollAndHome()
    {
        Recording recording;
        manyPins(&recording);
        wb::TraceView view;
        view.resize(wb::tracelayout::kLabelWidth + 200, 200);
        view.setRecording(&recording);
        view.setView(5000, kNsPerPixel);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.nsPerPixel() < kNsPerPixel);
        const qint64 zoomed = view.nsPerPixel();
        QTest::keyClick(&view, Qt::Key_Minus);
        QVERIFY(view.nsPerPixel() > zoomed);

        const qint64 start = view.startNs();
        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(view.startNs() > start);
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(view.startNs(), start);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.startNs(), recording.startNs());

        QCOMPARE(view.scrollY(), 0);
        QTest::keyClick(&view, Qt::Key_PageDown);
        const int page = view.scrollY();
        QVERIFY(page > view.plotRect().height() / 2);
        QTest::keyClick(&view, Qt::Key_PageDown);
        QVERIFY(view.scrollY() > page);
        QTest::keyClick(&view, Qt::Key_PageUp);
        QTest::keyClick(&view, Qt::Key_PageUp);
        QCOMPARE(view.scrollY(), 0);

        QTest::keyClick(&view, Qt::Key_End);
        QVERIFY(view.isFollowing());
    }

    void analyzerCursorsByKeys()
    {
        Recording recording;
        manyPins(&recording);
        wb::TraceView view;
        view.resize(wb::tracelayout::kLabelWidth + 200, 200);
        view.setRecording(&recording);
        view.setView(0, kNsPerPixel);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy changed(&view, &wb::TraceView::cursorsChanged);

        QVERIFY(!view.cursorsShown());
        QTest::keyClick(&view, Qt::Key_C);
        QVERIFY(view.cursorsShown());
        const qint64 a = *view.cursorA();
        const qint64 b = *view.cursorB();
        QTest::keyClick(&view, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(*view.cursorA(), a + 2 * kNsPerPixel);
        QCOMPARE(*view.cursorB(), b);
        QTest::keyClick(&view, Qt::Key_B);
        QVERIFY(view.keyMovesCursorB());
        QTest::keyClick(&view, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(*view.cursorB(), b - 20 * kNsPerPixel);
        QCOMPARE(*view.cursorA(), a + 2 * kNsPerPixel);
        QVERIFY(changed.count() >= 3);
        // Far to the right: the view pans along to keep the cursor on the plot.
        for (int i = 0; i < 30; ++i)
            QTest::keyClick(&view, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        const double x = view.xForTime(*view.cursorB());
        QVERIFY(x >= view.plotRect().left() && x <= view.plotRect().right());
        QTest::keyClick(&view, Qt::Key_Escape);
        QVERIFY(!view.cursorsShown());
    }

    void chartSelectsMessagesByKeys()
    {
        wb::Circuit circuit;
        wb::LifelineModel lifelines(&circuit);
        Recording recording;
        messages(&recording);
        wb::ChartView view(&lifelines);
        view.resize(400, 300);
        view.setRecording(&recording);
        view.refresh();
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(view.model().size() == 3, kTimeout);
        QSignalSpy activated(&view, &wb::ChartView::messageActivated);

        QCOMPARE(view.selectedMessage(), -1);
        QTest::keyClick(&view, Qt::Key_Home);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.selectedMessage(), 0);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.selectedMessage(), 1);
        QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(view.selectedMessage(), 2); // at the last one: no further
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(view.selectedMessage(), 1);
        QCOMPARE(activated.count(), 4);
        QCOMPARE(activated.last().first().toLongLong(), 1);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(activated.count(), 5);
        QTest::keyClick(&view, Qt::Key_Escape);
        QCOMPARE(view.selectedMessage(), -1);

        const double scale = view.nsPerPixel();
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.nsPerPixel() < scale);
        QTest::keyClick(&view, Qt::Key_Minus);
        QTest::keyClick(&view, Qt::Key_Minus);
        QVERIFY(view.nsPerPixel() > scale);
        QTest::keyClick(&view, Qt::Key_End);
        QVERIFY(view.isFollowing());
    }

    void aFocusFrameShowsWhereTheKeysGo()
    {
        Recording recording;
        manyPins(&recording);
        wb::Circuit circuit;
        wb::LifelineModel lifelines(&circuit);
        QWidget window;
        wb::TraceView trace(&window);
        trace.resize(wb::tracelayout::kLabelWidth + 200, 200);
        trace.setRecording(&recording);
        wb::ChartView chart(&lifelines, &window);
        chart.resize(300, 200);
        chart.move(trace.width() + 10, 0);
        window.resize(trace.width() + chart.width() + 20, 220);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        const QColor highlight = window.palette().color(QPalette::Highlight);

        trace.setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(trace.hasFocus(), kTimeout);
        QCOMPARE(cornerColour(&trace), highlight);
        QVERIFY(cornerColour(&chart) != highlight);

        chart.setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(chart.hasFocus(), kTimeout);
        QCOMPARE(cornerColour(&chart), highlight);
        QVERIFY(cornerColour(&trace) != highlight);
    }
};

QTEST_MAIN(TestPlotKeys)
#include "tst_plotkeys.moc"
