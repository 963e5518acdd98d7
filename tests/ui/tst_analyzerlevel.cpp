// A queue's fill in the logic analyzer: its level row (meaning, order, keys), the step plot on
// known pixels (heights by value, a bar where a pixel hides changes, unknown before the first
// and after the end), its hover text, what the cursors read, the keys and clicks on rows, a
// real run of clock → queue recorded and read at the cursors, and the card state a replay
// gives a queue.
#include "../core/circuittestkit.h"
#include "../core/recordingtestkit.h"
#include "analyzer/logicanalyzer.h"
#include "analyzer/tracepainter.h"
#include "analyzer/tracerows.h"
#include "analyzer/tracetooltip.h"
#include "analyzer/traceview.h"
#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "recording/recordingfile.h"
#include "replay/replaybar.h"
#include "replay/replaycontroller.h"
#include "replay/replayer.h"
#include "uitestkit.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>

using wb::NodeId;
using wb::Recording;
using wb::TraceRow;

namespace {

constexpr NodeId kQueue = 1;
constexpr NodeId kPin = 2;
constexpr qint64 kNsPerPixel = 100;
const QColor kRed(230, 0, 0);

// A queue of 3: 1 item at 1 µs, 2 at 3 µs, full at 5 µs, 1 at 8 µs, a burst inside the pixel
// at 11 µs (2, 0, 3), back to 1 at 12 µs; known until 15 µs. A pin beside it.
void fills(Recording *r)
{
    r->setNode(kQueue, QStringLiteral("queue"), wb::NodeKind::Queue);
    r->setNode(kPin, QStringLiteral("pin"), wb::NodeKind::IoPin);
    r->setStartNs(0);
    wbtest::appendFills(r, kQueue,
        { { 1000, 1 }, { 3000, 2 }, { 5000, 3 }, { 8000, 1 }, { 11030, 2 }, { 11040, 0 },
            { 11060, 3 }, { 12000, 1 } },
        3);
    r->appendLevel(kPin, 500, true);
    r->setEndNs(15000);
}

bool reddish(QRgb c)
{
    return qRed(c) > 120 && qGreen(c) < 80 && qBlue(c) < 80;
}

// The topmost pixel of column x in [y0, y1] drawn in the trace colour, -1 when none.
int lineAt(const QImage &image, int x, int y0, int y1)
{
    for (int y = y0; y <= y1; ++y) {
        if (reddish(image.pixel(x, y)))
            return y;
    }
    return -1;
}

int redPixels(const QImage &image, int x, int y0, int y1)
{
    int n = 0;
    for (int y = y0; y <= y1; ++y)
        n += reddish(image.pixel(x, y)) ? 1 : 0;
    return n;
}

struct Plot
{
    Recording recording;
    wb::TraceView view;

    Plot()
    {
        fills(&recording);
        view.resize(wb::tracelayout::kLabelWidth + 200, 200);
        view.setPalette(QPalette(Qt::white));
        view.setRecording(&recording);
        view.setView(0, kNsPerPixel);
        view.rows()->sync(recording);
    }
    QList<TraceRow> rows() const { return view.rows()->visibleRows(); }
    QRect rowRect(int row) const
    {
        return wb::tracelayout::rowRect(rows(), view.rect(), view.scrollY(), row);
    }
    QImage render()
    {
        QImage image(view.size(), QImage::Format_RGB32);
        view.render(&image);
        return image;
    }
};

} // namespace

class TestAnalyzerLevel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void levelRow();
    void stepPlot();
    void toolTips_data();
    void toolTips();
    void cursorReadout();
    void keysAndClicks();
    void realRun();
    void replayCard();
    void replayShowsTheFill_data();
    void replayShowsTheFill();
};

void TestAnalyzerLevel::levelRow()
{
    Plot plot;
    const QList<TraceRow> rows = plot.rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).kind, TraceRow::Kind::Level);
    QCOMPARE(rows.at(0).key, QStringLiteral("n/queue"));
    QCOMPARE(rows.at(0).label, QStringLiteral("queue"));
    QCOMPARE(rows.at(0).index, plot.recording.numericOf(kQueue));
    QCOMPARE(rows.at(0).detail, wb::TraceRowModel::signalMeaning(wb::NodeKind::Queue));
    QCOMPARE(rows.at(1).key, QStringLiteral("d/pin"));
    // A queue says what its level is; the kinds without one keep the general word.
    QCOMPARE(rows.at(0).detail, QStringLiteral("items waiting"));
    for (const wb::NodeKind kind :
        { wb::NodeKind::Keyboard, wb::NodeKind::Worker, wb::NodeKind::Console })
        QCOMPARE(wb::TraceRowModel::signalMeaning(kind), QStringLiteral("level"));
    QCOMPARE(wb::tracelayout::rowHeight(rows.at(0)), wb::tracelayout::kLevelHeight);
    // Its place and colour are remembered by key, like any row's.
    plot.view.rows()->move(0, 1);
    plot.view.rows()->setColor(1, kRed);
    plot.recording.appendNumeric(kQueue, 14000, { 2, 3 });
    plot.view.rows()->sync(plot.recording);
    QCOMPARE(plot.rows().at(1).key, QStringLiteral("n/queue"));
    QCOMPARE(plot.rows().at(1).color, kRed);
}

void TestAnalyzerLevel::stepPlot()
{
    Plot plot;
    plot.view.rows()->setColor(0, kRed);
    const QImage image = plot.render();
    const int left = plot.view.plotRect().left();
    const QRect row = plot.rowRect(0);
    const auto line = [&](int px) {
        return lineAt(image, left + px, row.top(), row.bottom());
    };
    // Nothing before the first fill, then higher for more items, in equal steps.
    QCOMPARE(line(5), -1);
    const int one = line(20);
    const int two = line(40);
    const int full = line(60);
    QVERIFY(one > 0 && two > 0 && full > 0);
    QVERIFY2(full < two && two < one, qPrintable(QStringLiteral("%1 %2 %3").arg(full, two, one)));
    QVERIFY(qAbs((one - two) - (two - full)) <= 1);
    QCOMPARE(line(90), one);
    // The burst inside pixel 110: one bar over 0 to 3 (the empty queue at the bottom).
    QVERIFY(redPixels(image, left + 110, full + 3, one + (one - two) - 3) >= (one - full));
    QVERIFY(redPixels(image, left + 105, full + 3, one - 3) == 0);
    QCOMPARE(line(130), one);
    // Unknown after the end of the recording (15 µs: pixel 150).
    QCOMPARE(line(148), one);
    QCOMPARE(line(155), -1);
    // Full is drawn in another colour below its step than a queue with room.
    QVERIFY(image.pixel(left + 60, row.bottom() - 8) != image.pixel(left + 40, row.bottom() - 8));
    // Zoomed out, the same frame with 10 µs a pixel: every change in one or two columns, drawn.
    plot.view.setView(0, 10'000);
    const QImage out = plot.render();
    QVERIFY(redPixels(out, left, row.top(), row.bottom()) > 0);
}

void TestAnalyzerLevel::toolTips_data()
{
    QTest::addColumn<int>("pixel");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two items") << 40 << QStringList { "queue", "2 of 3 from 3.0 µs to 5.0 µs" };
    QTest::newRow("full") << 60
                          << QStringList { "3 of 3 from 5.0 µs to 8.0 µs",
                                 "full: what comes now waits or is dropped" };
    QTest::newRow("changes in a pixel")
        << 110 << QStringList { "3 changes within this pixel, between 0 and 3" };
    QTest::newRow("before the first") << 5 << QStringList { "no level known yet" };
    QTest::newRow("the last, until the end") << 140 << QStringList { "1 of 3 from 12.0 µs to" };
}

void TestAnalyzerLevel::toolTips()
{
    QFETCH(int, pixel);
    QFETCH(QStringList, expected);
    Plot plot;
    const QString text = wb::traceToolTip(plot.view.frame(), plot.view.rect(),
        QPoint(plot.view.plotRect().left() + pixel, plot.rowRect(0).center().y()));
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(text));
}

void TestAnalyzerLevel::cursorReadout()
{
    Plot plot;
    const QList<TraceRow> rows = plot.rows();
    QCOMPARE(wb::levelReadout(plot.recording, rows, 2000, 6000),
        QStringList { QStringLiteral("queue 1/3 at A, 3/3 at B") });
    // A change at the cursor's time has happened; before the first there is nothing to read.
    QCOMPARE(wb::levelReadout(plot.recording, rows, 500, 3000),
        QStringList { QStringLiteral("queue ? at A, 2/3 at B") });
    QCOMPARE(wb::levelReadout(plot.recording, rows, std::nullopt, std::nullopt), QStringList());
    // A hidden row reads nothing.
    plot.view.rows()->setVisible(0, false);
    QCOMPARE(wb::levelReadout(plot.recording, plot.rows(), 2000, 6000), QStringList());
}

void TestAnalyzerLevel::keysAndClicks()
{
    Plot plot;
    plot.view.resize(plot.view.width(), wb::tracelayout::kRulerHeight + 50);
    plot.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot.view));
    QSignalSpy activated(&plot.view, &wb::TraceView::nodeActivated);
    const QRect queue = plot.rowRect(0);
    QTest::mouseClick(&plot.view, Qt::LeftButton, {}, QPoint(40, queue.top() + 20));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<NodeId>(), kQueue);
    QCOMPARE(plot.view.highlightedNode(), kQueue);
    // The rows are taller than the view: the keys scroll them, and back.
    QCOMPARE(plot.view.scrollY(), 0);
    QTest::keyClick(&plot.view, Qt::Key_Down);
    QCOMPARE(plot.view.scrollY(), wb::tracelayout::kMessageHeight);
    QTest::keyClick(&plot.view, Qt::Key_Up);
    QCOMPARE(plot.view.scrollY(), 0);
    // Zoom and pan keys move the level row's view as any other's.
    QTest::keyClick(&plot.view, Qt::Key_Plus);
    QCOMPARE(plot.view.nsPerPixel(), kNsPerPixel / 2);
    QTest::keyClick(&plot.view, Qt::Key_Right);
    QVERIFY(plot.view.startNs() > 0);
    QTest::keyClick(&plot.view, Qt::Key_Home);
    QCOMPARE(plot.view.startNs(), 0);
}

// clock → queue (3, nothing takes from it), recorded by the analyzer: a level row for the
// queue, and the cursors read it empty at the start and full at the end.
void TestAnalyzerLevel::realRun()
{
    wb::Circuit circuit;
    const NodeId clock = circuit.addNode(wbtest::nodeSpec("clock", wb::NodeKind::Clock));
    auto queueSpec = wbtest::nodeSpec("queue", wb::NodeKind::Queue);
    queueSpec.params.insert(QStringLiteral("capacity"), 3);
    const NodeId queue = circuit.addNode(queueSpec);
    circuit.setParam(clock, QStringLiteral("tacks"), 10);
    circuit.setParam(clock, QStringLiteral("delay"), 0.01);
    QVERIFY(circuit.addWire(clock, queue));
    wb::MeshRuntime runtime(&circuit);
    wb::LogicAnalyzer analyzer(&runtime, &circuit);
    analyzer.resize(900, 400);
    analyzer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&analyzer));
    runtime.startAll();
    const Recording *recording = analyzer.recording();
    const auto fill = [&]() -> qint64 {
        const int n = recording->numericOf(queue);
        const auto v = n < 0 ? std::nullopt : recording->numericAt(n, recording->lastNs());
        return v ? qint64(v->value) : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(fill(), 3, 10000);
    runtime.stopAll();
    QTRY_VERIFY_WITH_TIMEOUT(
        analyzer.view()->rows()->indexOf(QStringLiteral("n/queue")) >= 0, 5000);
    const QList<TraceRow> rows = analyzer.view()->rows()->visibleRows();
    QCOMPARE(rows.first().node, clock); // the circuit's order
    const auto level = std::find_if(rows.cbegin(), rows.cend(),
        [](const TraceRow &r) { return r.kind == TraceRow::Kind::Level; });
    QVERIFY(level != rows.cend());
    QCOMPARE(level->node, queue);
    analyzer.view()->setCursors(recording->startNs(), recording->endNs() - 1);
    QVERIFY2(analyzer.statusText().contains(QStringLiteral("queue 0/3 at A, 3/3 at B")),
        qPrintable(analyzer.statusText()));
}

void TestAnalyzerLevel::replayCard()
{
    using wb::ReplayController;
    const QVariantMap card = ReplayController::cardState(
        wb::NodeKind::Queue, std::nullopt, -1, Recording::Value { 2, 5 });
    QCOMPARE(card.value(QStringLiteral("fill")).toInt(), 2);
    QCOMPARE(card.value(QStringLiteral("capacity")).toInt(), 5);
    QCOMPARE(card.size(), 2);
    // Before the recording knows its fill, nothing to show.
    QVERIFY(ReplayController::cardState(wb::NodeKind::Queue, std::nullopt, -1).isEmpty());
    // Other kinds as before.
    QCOMPARE(ReplayController::cardState(wb::NodeKind::Led, true, -1),
        (QVariantMap { { QStringLiteral("on"), true } }));
}

void TestAnalyzerLevel::replayShowsTheFill_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << "run.csv";
    QTest::newRow("vcd") << "run.vcd";
}

// A recording of a queue opened in the window replays: at each step of the slider the queue's
// card has the fill and capacity the recording says then.
void TestAnalyzerLevel::replayShowsTheFill()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString circuit = uitest::writeCircuit(dir, QStringLiteral("queue.wbc"),
        { uitest::node(QStringLiteral("clock"), wb::NodeKind::Clock),
            uitest::node(QStringLiteral("queue"), wb::NodeKind::Queue) },
        { { 0, 1 } });
    Recording recording;
    recording.setNode(1, QStringLiteral("queue"), wb::NodeKind::Queue);
    recording.setStartNs(0);
    // Microseconds apart: a VCD keeps them so by default.
    wbtest::appendFills(
        &recording, 1, { { 0, 0 }, { 10'000, 1 }, { 20'000, 2 }, { 30'000, 3 }, { 45'000, 1 } }, 3);
    recording.setEndNs(60'000);
    const QString path = dir.filePath(file);
    QCOMPARE(wb::recordingfile::save(recording, path), QString());

    uitest::Window w;
    w->openInitial(circuit);
    QCOMPARE(w->analyzer()->openRecording(path), QString());
    wb::ReplayController *replay = w->replay();
    QVERIFY(replay->isReplaying());
    QVERIFY(replay->unmatchedNodes().isEmpty());
    const wb::NodeItem *item
        = w->view()->circuitScene()->nodeItem(w->circuit()->idByName(QStringLiteral("queue")));
    QVERIFY(item);
    QList<int> seen;
    for (qint64 t = 0; t <= 60'000; t += 2'500) {
        replay->replayer()->setPosition(t);
        const auto value = recording.numericAt(0, t);
        QVERIFY(value);
        QCOMPARE(item->liveState().value(QStringLiteral("fill")).toInt(), int(value->value));
        QCOMPARE(item->liveState().value(QStringLiteral("capacity")).toInt(), 3);
        if (seen.isEmpty() || seen.last() != int(value->value))
            seen << int(value->value);
    }
    QCOMPARE(seen, (QList<int> { 0, 1, 2, 3, 1 }));
    // The analyzer reads the same at its cursor A, the replay's moment.
    QVERIFY2(w->analyzer()->statusText().contains(QStringLiteral("queue 1/3 at A")),
        qPrintable(w->analyzer()->statusText()));
}

QTEST_MAIN(TestAnalyzerLevel)
#include "tst_analyzerlevel.moc"
