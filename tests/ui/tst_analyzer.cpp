// The logic analyzer's plot: known edges land on known pixels, glitches narrower than a pixel
// and the dropped span show; rows (order, hiding, colours, defaults); zoom, pan, fit and
// follow; cursors; hover texts; node selection both ways; the repaint throttle.
#include "../core/recordingtestkit.h"
#include "analyzer/timeaxis.h"
#include "analyzer/tracepainter.h"
#include "analyzer/tracerows.h"
#include "analyzer/tracetooltip.h"
#include "analyzer/traceview.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>

using wb::NodeId;
using wb::Recording;
using wb::TraceRow;
using wb::TrafficEvent;

namespace {

constexpr NodeId kPin = 1;
constexpr NodeId kBuzzer = 2;
constexpr qint64 kNsPerPixel = 100;
const QColor kRed(230, 0, 0);

// Pin levels (a VCD-style recording): low from 500 ns, rises at 1000, falls at 5000, a glitch
// of 30 ns at 5030..5060 inside the same pixel, rises again at 9000; known until 15000 ns.
void levels(Recording *r)
{
    r->setNode(kPin, QStringLiteral("pin"), wb::NodeKind::IoPin);
    r->setStartNs(0);
    for (const auto &[t, v] :
        { std::pair(500, false), std::pair(1000, true), std::pair(5000, false),
            std::pair(5030, true), std::pair(5060, false), std::pair(9000, true) })
        r->appendLevel(kPin, t, v);
    r->setEndNs(15000);
}

TrafficEvent message(TrafficEvent::Type type, qint64 t, NodeId node, const QString &text,
    quint64 id = 0, qint64 rtt = -1)
{
    return wbtest::trafficEvent(
        type, t, node, node == kPin ? kBuzzer : 0, QStringLiteral("/pin"), text, id, rtt);
}

// A pin sending two bits to a buzzer, both ends recorded.
void messages(Recording *r)
{
    using Type = TrafficEvent::Type;
    r->setNode(kPin, QStringLiteral("pin"), wb::NodeKind::IoPin);
    r->setNode(kBuzzer, QStringLiteral("buzzer"), wb::NodeKind::Buzzer);
    r->setStartNs(0);
    r->append(message(Type::Sent, 2000, kPin, "1", 7));
    r->append(message(Type::Received, 2500, kBuzzer, "1"));
    r->append(message(Type::AckSent, 3000, kBuzzer, "buzz"));
    r->append(message(Type::AckReceived, 4000, kPin, "buzz", 7, 2000));
    r->append(message(Type::Sent, 8000, kPin, "0", 8));
    r->append(message(Type::Received, 8400, kBuzzer, "0"));
    r->append(message(Type::AckSent, 8600, kBuzzer, "..."));
    r->append(message(Type::AckReceived, 9000, kPin, "...", 8, 1000));
    r->setEndNs(15000);
}

bool reddish(QRgb c)
{
    return qRed(c) > 120 && qGreen(c) < 80 && qBlue(c) < 80;
}

// Which of the rows y0..y1 of column x are drawn in the trace colour.
int redPixels(const QImage &image, int x, int y0, int y1)
{
    int n = 0;
    for (int y = y0; y <= y1; ++y)
        n += reddish(image.pixel(x, y)) ? 1 : 0;
    return n;
}

// A plot of a recording filled by `fill`, 200 pixels of 100 ns from time 0, light.
struct Plot
{
    Recording recording;
    wb::TraceView view;

    explicit Plot(void (*fill)(Recording *), int cap = 1000)
    {
        recording.setCap(cap);
        fill(&recording);
        view.resize(wb::tracelayout::kLabelWidth + 200, 200);
        view.setPalette(QPalette(Qt::white));
        view.setRecording(&recording);
        view.setView(0, kNsPerPixel);
    }
    bool show()
    {
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    }
    QImage render()
    {
        QImage image(view.size(), QImage::Format_RGB32);
        view.render(&image);
        return image;
    }
};

} // namespace

class TestAnalyzer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownEdgesAtKnownPixels();
    void messagesAsBoxes();
    void droppedSpanIsMarked();
    void defaultRows();
    void rowsKeepTheirSettings();
    void zoomPanFit();
    void follow();
    void cursors();
    void rulerClickPlacesCursors();
    void toolTips_data();
    void toolTips();
    void selectionBothWays();
    void repaintsAreThrottled();
    void timeLabels_data();
    void timeLabels();
};

void TestAnalyzer::knownEdgesAtKnownPixels()
{
    Plot plot(levels);
    plot.view.rows()->sync(plot.recording);
    plot.view.rows()->setColor(0, kRed);
    const QImage image = plot.render();

    const QRect plotRect = plot.view.plotRect();
    const QRect row
        = wb::tracelayout::rowRect(plot.view.rows()->visibleRows(), plot.view.rect(), 0, 0);
    const int left = plotRect.left();
    const int high = row.top() + 8;
    const int low = row.bottom() - 8;
    const auto highAt = [&](int px) {
        return redPixels(image, left + px, high - 1, high + 1) > 0;
    };
    const auto lowAt = [&](int px) {
        return redPixels(image, left + px, low - 1, low + 1) > 0;
    };
    const auto barAt = [&](int px) {
        return redPixels(image, left + px, high + 3, low - 3) == low - high - 5;
    };
    // Nothing before the first edge, low from pixel 5, the rise at pixel 10.
    QVERIFY(!highAt(2) && !lowAt(2));
    QVERIFY(lowAt(7) && !highAt(7));
    QVERIFY(barAt(10));
    QVERIFY(highAt(30) && !lowAt(30));
    QVERIFY(!barAt(30));
    // The fall at pixel 50 and the 30 ns glitch inside the same pixel: one bar.
    QVERIFY(barAt(50));
    QVERIFY(!barAt(49) && !barAt(51));
    QVERIFY(lowAt(70) && !highAt(70));
    QVERIFY(barAt(90));
    QVERIFY(highAt(120));
    // Unknown after the end of the recording (15000 ns: pixel 150).
    QVERIFY(highAt(148));
    QVERIFY(!highAt(155) && !lowAt(155));
    // Zoomed out to 1 µs a pixel, the burst around 5 µs is one column with hidden edges.
    plot.view.setView(0, 1000);
    const QImage out = plot.render();
    QVERIFY(redPixels(out, left + 5, high + 3, low - 3) == low - high - 5);
    QVERIFY(redPixels(out, left + 3, high - 1, high + 1) > 0);
    // A pixel that hides several edges is marked: not the colour of a single transition.
    const QRgb hidden = out.pixel(left + 5, row.center().y());
    const QRgb transition = out.pixel(left + 1, row.center().y());
    QVERIFY(reddish(hidden) && reddish(transition));
    QVERIFY(hidden != transition);
}

void TestAnalyzer::messagesAsBoxes()
{
    Plot plot(messages);
    plot.view.rows()->sync(plot.recording);
    const int out = plot.view.rows()->indexOf(QStringLiteral("o/pin/buzzer//pin"));
    QVERIFY(out >= 0);
    plot.view.rows()->setColor(out, kRed);
    // Only the message row: the others hidden.
    for (int i = 0; i < plot.view.rows()->rows().size(); ++i)
        plot.view.rows()->setVisible(i, i == out);
    const QImage image = plot.render();
    const QRect row
        = wb::tracelayout::rowRect(plot.view.rows()->visibleRows(), plot.view.rect(), 0, 0);
    const int left = plot.view.plotRect().left();
    // The first message's box from 2000 to 4000 ns (pixels 20..40): red border on its top edge.
    const int top = row.top() + 5;
    QVERIFY(redPixels(image, left + 30, top - 1, top + 1) > 0);
    QVERIFY(redPixels(image, left + 85, top - 1, top + 1) > 0);
    // Nothing between the messages, nothing after the second one.
    QCOMPARE(redPixels(image, left + 60, row.top(), row.bottom()), 0);
    QCOMPARE(redPixels(image, left + 110, row.top(), row.bottom()), 0);
}

void TestAnalyzer::droppedSpanIsMarked()
{
    Plot plot(levels, 3);
    QCOMPARE(plot.recording.droppedCount(), 3u);
    const QImage image = plot.render();
    const int left = plot.view.plotRect().left();
    const int marker = left + 50; // the last dropped event at 5000 ns
    const QColor warning = image.pixelColor(marker, plot.view.plotRect().top() + 60);
    QVERIFY2(warning.red() > 150 && warning.blue() < 100, qPrintable(warning.name()));
    // Right of the marker, the kept signal: its level since the last dropped edge.
    const Recording::Digital &d = plot.recording.digital(0);
    QCOMPARE(d.before, std::optional<bool>(false));
    QCOMPARE(d.knownFromNs, 5000);
}

void TestAnalyzer::defaultRows()
{
    Recording recording;
    messages(&recording);
    wb::TraceRowModel model;
    model.sync(recording, { kBuzzer, kPin }); // the circuit's order
    QStringList keys;
    QList<bool> visible;
    for (const TraceRow &row : model.rows()) {
        keys << row.key;
        visible << row.visible;
    }
    QCOMPARE(keys, (QStringList { "d/buzzer", "i/buzzer//pin", "d/pin", "o/pin/buzzer//pin" }));
    // The buzzer's incoming messages repeat the pin's outgoing row: hidden until asked for.
    QCOMPARE(visible, (QList<bool> { true, false, true, true }));
    QCOMPARE(model.rows().at(3).label, QStringLiteral("pin → buzzer"));
    QCOMPARE(model.rows().at(0).color, wb::TraceRowModel::defaultColor(0));
    QCOMPARE(model.rows().at(3).color, wb::TraceRowModel::defaultColor(1));
}

void TestAnalyzer::rowsKeepTheirSettings()
{
    Recording recording;
    messages(&recording);
    wb::TraceRowModel model;
    QSignalSpy changed(&model, &wb::TraceRowModel::changed);
    model.sync(recording);
    QCOMPARE(changed.size(), 1);
    model.sync(recording); // nothing new
    QCOMPARE(changed.size(), 1);
    model.move(model.indexOf(QStringLiteral("d/buzzer")), 0);
    model.setColor(model.indexOf(QStringLiteral("d/pin")), kRed);
    model.setVisible(model.indexOf(QStringLiteral("o/pin/buzzer//pin")), false);
    const QList<TraceRow> before = model.rows();

    // A new capture: the same rows come back as they were.
    recording.clear();
    model.sync(recording);
    QCOMPARE(model.rows().size(), 0);
    messages(&recording);
    model.sync(recording);
    QCOMPARE(model.rows().size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(model.rows().at(i).key, before.at(i).key);
        QCOMPARE(model.rows().at(i).visible, before.at(i).visible);
        QCOMPARE(model.rows().at(i).color, before.at(i).color);
    }
    QCOMPARE(model.rows().first().key, QStringLiteral("d/buzzer"));
    model.showAll();
    QCOMPARE(model.visibleRows().size(), model.rows().size());
}

void TestAnalyzer::zoomPanFit()
{
    Plot plot(levels);
    QSignalSpy changed(&plot.view, &wb::TraceView::viewChanged);
    const int left = plot.view.plotRect().left();
    // The time under the anchor stays put.
    plot.view.zoom(2.0, left + 80);
    QCOMPARE(plot.view.nsPerPixel(), 50);
    QCOMPARE(plot.view.timeAt(left + 80), 8000);
    plot.view.zoom(0.25, left + 80);
    QCOMPARE(plot.view.nsPerPixel(), 200);
    QCOMPARE(plot.view.timeAt(left + 80), 8000);
    plot.view.panPixels(10);
    QCOMPARE(plot.view.timeAt(left + 80), 10000);
    QVERIFY(changed.size() >= 3);
    // Never finer than 1 ns a pixel.
    for (int i = 0; i < 20; ++i)
        plot.view.zoomIn();
    QCOMPARE(plot.view.nsPerPixel(), 1);
    // Fit: the whole recording across the plot.
    plot.view.fit();
    QCOMPARE(plot.view.startNs(), 0);
    QVERIFY(plot.view.xForTime(15000) <= plot.view.plotRect().right());
    QVERIFY(plot.view.xForTime(15000) > plot.view.plotRect().right() - 10);
    QVERIFY(!plot.view.isFollowing());
}

void TestAnalyzer::follow()
{
    Plot plot(levels);
    QSignalSpy following(&plot.view, &wb::TraceView::followingChanged);
    plot.view.setFollowing(true);
    QCOMPARE(following.size(), 1);
    // Not live: the end of the recording stays at the right edge, whatever the zoom.
    QCOMPARE(plot.view.timeAt(plot.view.plotRect().left() + plot.view.plotRect().width()), 15000);
    plot.view.zoomIn();
    QCOMPARE(plot.view.timeAt(plot.view.plotRect().left() + plot.view.plotRect().width()), 15000);
    // Panning leaves follow mode, where the view was.
    const qint64 start = plot.view.frame().startNs;
    plot.view.panPixels(-5);
    QVERIFY(!plot.view.isFollowing());
    QCOMPARE(plot.view.startNs(), start - 5 * plot.view.nsPerPixel());
    // Live, "now" is the clock's.
    plot.view.setLive(true);
    QVERIFY(plot.view.nowNs() >= wb::monotonicNs() - 1'000'000'000);
    plot.view.setLive(false);
    QCOMPARE(plot.view.nowNs(), 15000);
}

void TestAnalyzer::cursors()
{
    Plot plot(levels);
    QSignalSpy changed(&plot.view, &wb::TraceView::cursorsChanged);
    plot.view.setCursorsShown(true);
    QVERIFY(plot.view.cursorA() && plot.view.cursorB());
    QVERIFY(*plot.view.cursorA() < *plot.view.cursorB());
    plot.view.setCursors(1000, 5000);
    QCOMPARE(changed.size(), 2);
    const QImage image = plot.render();
    // Cursor A's flag in the ruler at pixel 10, in the accent colour; B's at pixel 50.
    const int left = plot.view.plotRect().left();
    const QColor a = image.pixelColor(left + 10, 8);
    const QColor b = image.pixelColor(left + 50, 8);
    QVERIFY2(a.blue() > a.red() && a.blue() > 150, qPrintable(a.name()));
    QVERIFY2(b.red() > b.blue() && b.red() > 150, qPrintable(b.name()));
    QCOMPARE(wb::timeaxis::duration(*plot.view.cursorB() - *plot.view.cursorA()),
        QStringLiteral("4.000 µs"));
    QCOMPARE(wb::timeaxis::frequency(4000), QStringLiteral("250.0 kHz"));
    plot.view.setCursorsShown(false);
    QVERIFY(!plot.view.cursorA());
}

void TestAnalyzer::rulerClickPlacesCursors()
{
    Plot plot(levels);
    QVERIFY(plot.show());
    plot.view.setView(0, kNsPerPixel);
    const int left = plot.view.plotRect().left();
    QTest::mouseClick(&plot.view, Qt::LeftButton, {}, QPoint(left + 20, 10));
    QCOMPARE(plot.view.cursorA(), std::optional<qint64>(2000));
    // The nearer cursor follows the next click; dragging moves it.
    QTest::mouseClick(&plot.view, Qt::LeftButton, {}, QPoint(left + 30, 10));
    QCOMPARE(plot.view.cursorA(), std::optional<qint64>(3000));
    const int bx = int(plot.view.xForTime(*plot.view.cursorB()));
    QTest::mousePress(&plot.view, Qt::LeftButton, {}, QPoint(bx, 100));
    QTest::mouseMove(&plot.view, QPoint(left + 150, 100));
    QTest::mouseRelease(&plot.view, Qt::LeftButton, {}, QPoint(left + 150, 100));
    QCOMPARE(plot.view.cursorB(), std::optional<qint64>(15000));
}

void TestAnalyzer::toolTips_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<int>("pixel");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("message") << "o/pin/buzzer//pin" << 30
                             << QStringList { "pin → buzzer",
                                    "message <b>1</b> (#7) sent at 2.0 µs",
                                    "ack <b>buzz</b> at 4.0 µs", "round trip 2.000 µs" };
    QTest::newRow("received") << "i/buzzer//pin" << 86
                              << QStringList { "message <b>0</b> received at 8.4 µs",
                                     "answered <b>...</b> at 8.6 µs", "answered after 200 ns" };
    QTest::newRow("level") << "d/pin" << 60
                           << QStringList { "high from 2.0 µs to 8.0 µs (6.000 µs)" };
    QTest::newRow("nothing there") << "o/pin/buzzer//pin" << 60 << QStringList();
}

void TestAnalyzer::toolTips()
{
    QFETCH(QString, row);
    QFETCH(int, pixel);
    QFETCH(QStringList, expected);
    Plot plot(messages);
    plot.view.rows()->sync(plot.recording);
    plot.view.rows()->showAll();
    const QList<TraceRow> rows = plot.view.rows()->visibleRows();
    int index = -1;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).key == row)
            index = i;
    }
    QVERIFY(index >= 0);
    plot.view.resize(plot.view.width(), 400);
    const QRect rect = wb::tracelayout::rowRect(rows, plot.view.rect(), 0, index);
    const QString text = wb::traceToolTip(plot.view.frame(), plot.view.rect(),
        QPoint(plot.view.plotRect().left() + pixel, rect.center().y()));
    if (expected.isEmpty())
        QCOMPARE(text, QString());
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(text));
}

void TestAnalyzer::selectionBothWays()
{
    Plot plot(messages);
    QVERIFY(plot.show());
    plot.view.rows()->sync(plot.recording);
    QSignalSpy activated(&plot.view, &wb::TraceView::nodeActivated);
    // A click on the buzzer's label selects it elsewhere.
    const QList<TraceRow> rows = plot.view.rows()->visibleRows();
    QCOMPARE(rows.size(), 3); // pin, pin → buzzer, buzzer
    const QRect buzzer = wb::tracelayout::rowRect(rows, plot.view.rect(), 0, 2);
    QCOMPARE(rows.at(2).node, kBuzzer);
    QTest::mouseClick(&plot.view, Qt::LeftButton, {}, QPoint(40, buzzer.center().y()));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<NodeId>(), kBuzzer);
    // Selected elsewhere, the node's rows light up in the accent colour.
    plot.view.highlightNode(kPin);
    QCOMPARE(plot.view.highlightedNode(), kPin);
    const QImage image = plot.render();
    const QRect pin = wb::tracelayout::rowRect(rows, plot.view.rect(), 0, 0);
    const QColor label = image.pixelColor(wb::tracelayout::kLabelWidth - 4, pin.center().y());
    const QColor other = image.pixelColor(wb::tracelayout::kLabelWidth - 4, buzzer.center().y());
    QVERIFY2(label.blue() > label.red() + 20, qPrintable(label.name()));
    QVERIFY2(qAbs(other.blue() - other.red()) < 20, qPrintable(other.name()));
}

void TestAnalyzer::repaintsAreThrottled()
{
    Plot plot(levels);
    QVERIFY(plot.show());
    QTRY_VERIFY_WITH_TIMEOUT(plot.view.framesPainted() > 0, 5000);
    QTest::qWait(2 * wb::TraceView::kRepaintMs);
    const int before = plot.view.framesPainted();
    // A burst of view changes (a fast wheel) makes one frame, not fifty.
    for (int i = 0; i < 50; ++i)
        plot.view.setView(i * 10, kNsPerPixel);
    QCOMPARE(plot.view.framesPainted(), before);
    QTRY_VERIFY_WITH_TIMEOUT(plot.view.framesPainted() > before, 5000);
    QVERIFY(plot.view.framesPainted() <= before + 2);
}

void TestAnalyzer::timeLabels_data()
{
    QTest::addColumn<qint64>("ns");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QString>("label");
    QTest::newRow("seconds by ms") << 12'345'000'000LL << 1'000'000LL << "12.345 s";
    QTest::newRow("zero") << 0LL << 1'000'000LL << "0 ms";
    QTest::newRow("µs") << 2'500LL << 500LL << "2.5 µs";
    QTest::newRow("ns") << 40LL << 10LL << "40 ns";
    QTest::newRow("negative") << -2'000'000LL << 1'000'000LL << "-2 ms";
}

void TestAnalyzer::timeLabels()
{
    QFETCH(qint64, ns);
    QFETCH(qint64, step);
    QFETCH(QString, label);
    QCOMPARE(wb::timeaxis::timeLabel(ns, step), label);
    // Majors about 90 pixels apart, on a 1-2-5 step, labelled.
    const QList<wb::timeaxis::Tick> ticks = wb::timeaxis::ticks(0, 1000, 900);
    QCOMPARE(wb::timeaxis::majorStep(1000), 100'000);
    int majors = 0;
    for (const auto &tick : ticks)
        majors += tick.major ? 1 : 0;
    QCOMPARE(majors, 9);
    QCOMPARE(ticks.first().label, QStringLiteral("0 µs"));
}

QTEST_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
