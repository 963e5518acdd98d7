// Replay of a recording in the window: a seeded run recorded headless by the real
// wirebench-node, opened in the window and stepped through with the slider's keys and the
// mouse, shows on the canvas's node items the states the recording's rows say, at the same
// times and in the same order; tokens at their place, Play to the end, Back to Live. An older
// CSV (11 columns) replays; a circuit that does not match says so; a run ends the replay.
#include "analyzer/logicanalyzer.h"
#include "analyzer/traceview.h"
#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "canvas/tokenlayer.h"
#include "chart/chartview.h"
#include "chart/sequencechart.h"
#include "replay/replaybar.h"
#include "replay/replaycontroller.h"
#include "replay/replayer.h"
#include "replay/replaystate.h"
#include "runtime/meshruntime.h"
#include "uitestkit.h"

#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using uitest::node;
using wb::NodeKind;

namespace {

// One event row of a CSV recording.
struct Row
{
    qint64 timeNs = 0;
    QString event;
    QString node;
    QString text;
    QString messageId;
};

// The event rows of a CSV recording, read plainly (no quoted commas in these runs).
QList<Row> readRows(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Row> rows;
    file.readLine(); // the header
    while (!file.atEnd()) {
        const QStringList cells = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        if (cells.size() < 11)
            continue;
        bool number = false;
        const qint64 time = cells.at(0).toLongLong(&number);
        if (number)
            rows.append({ time, cells.at(1), cells.at(2), cells.at(6), cells.at(7) });
    }
    return rows;
}

// What the rows say a node's card shows at `t`: the last message an LED or buzzer received,
// the last tick the clock sent. Visits every row: the reference for the replay's search.
QVariantMap expectedAt(const QList<Row> &rows, const QString &name, NodeKind kind, qint64 t)
{
    QVariantMap state;
    if (kind == NodeKind::Led)
        state.insert(QStringLiteral("on"), false);
    if (kind == NodeKind::Buzzer)
        state.insert(QStringLiteral("buzzing"), false);
    for (const Row &row : rows) {
        if (row.timeNs > t || row.node != name)
            continue;
        if (kind == NodeKind::Led && row.event == QLatin1String("received"))
            state.insert(QStringLiteral("on"), row.text == QLatin1String("1"));
        if (kind == NodeKind::Buzzer && row.event == QLatin1String("received"))
            state.insert(QStringLiteral("buzzing"), row.text == QLatin1String("1"));
        if (kind == NodeKind::Clock && row.event == QLatin1String("sent"))
            state.insert(QStringLiteral("tick"), row.text.toLongLong());
    }
    return state;
}

// The card state the scene shows, limited to the keys the rows tell.
QVariantMap shownState(wb::MainWindow *window, const QString &name)
{
    const wb::NodeItem *item
        = window->view()->circuitScene()->nodeItem(window->circuit()->idByName(name));
    QVariantMap state = item ? item->liveState() : QVariantMap();
    state.remove(QStringLiteral("high"));
    state.remove(QStringLiteral("bit"));
    return state;
}

QToolButton *buttonOf(QToolBar *bar, QAction *action)
{
    return qobject_cast<QToolButton *>(bar->widgetForAction(action));
}

const QList<QPair<QString, NodeKind>> kShown { { QStringLiteral("clock"), NodeKind::Clock },
    { QStringLiteral("buzzer"), NodeKind::Buzzer }, { QStringLiteral("led"), NodeKind::Led } };

} // namespace

class TestReplay final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_circuit;
    QString m_recording;

    // Every shown node's card equals what the rows say at the replay's position.
    void compareStates(wb::MainWindow *window, const QList<Row> &rows, QList<QVariantMap> *seen)
    {
        const qint64 t = window->replay()->replayer()->position();
        QVariantMap all;
        for (const auto &[name, kind] : kShown) {
            const QVariantMap expected = expectedAt(rows, name, kind, t);
            QCOMPARE(shownState(window, name), expected);
            all.insert(name, expected);
        }
        if (seen && (seen->isEmpty() || seen->back() != all))
            seen->append(all);
    }

private Q_SLOTS:
    void initTestCase();
    void recordedRunReplays();
    void olderCsvReplays();
    void mismatchSaysSo();
    void runningEndsTheReplay();
    void liveStatesWaitForTheReplay();
    void commandLine_data();
    void commandLine();
};

// A seeded run of clock → iopin → buzzer and led, 6 ticks 20 ms apart, recorded headless.
void TestReplay::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_circuit = uitest::writeCircuit(m_dir, QStringLiteral("replay.wbc"),
        { node(QStringLiteral("clock"), NodeKind::Clock),
            node(QStringLiteral("iopin"), NodeKind::IoPin),
            node(QStringLiteral("buzzer"), NodeKind::Buzzer),
            node(QStringLiteral("led"), NodeKind::Led) },
        { { 0, 1 }, { 1, 2 }, { 1, 3 } });
    m_recording = m_dir.filePath(QStringLiteral("run.csv"));
    const QString program = QStringLiteral(WIREBENCH_BIN_DIR "/wirebench-node");
    QVERIFY2(QFile::exists(program), qPrintable(program + QStringLiteral(" is not built")));
    QProcess run;
    QSignalSpy finished(&run, &QProcess::finished);
    run.start(program,
        { QStringLiteral("run"), m_circuit, QStringLiteral("-t"), QStringLiteral("6"),
            QStringLiteral("-d"), QStringLiteral("0.02"), QStringLiteral("--seed"),
            QStringLiteral("14"), QStringLiteral("--until-done"), QStringLiteral("--record"),
            m_recording });
    QVERIFY(finished.wait(30000)); // the event loop runs meanwhile
    QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
    QVERIFY(QFile::exists(m_recording));
}

void TestReplay::recordedRunReplays()
{
    const QList<Row> rows = readRows(m_recording);
    QVERIFY(rows.size() > 20);
    uitest::Window w;
    w->openInitial(m_circuit);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    wb::ReplayController *replay = w->replay();
    wb::ReplayBar *bar = replay->bar();
    QVERIFY(!bar->isVisible());

    QCOMPARE(w->analyzer()->openRecording(m_recording), QString());
    QVERIFY(replay->isReplaying());
    QVERIFY(bar->isVisible());
    QVERIFY(replay->unmatchedNodes().isEmpty());
    QVERIFY(w->view()->circuitScene()->isReplaying());

    // Step through the whole run with the slider's keys.
    QSlider *slider = bar->slider();
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(replay->replayer()->position(), replay->replayer()->fromNs());
    QList<QVariantMap> seen;
    compareStates(w.window.get(), rows, &seen);
    qint64 last = -1;
    int steps = 0;
    while (slider->value() < slider->maximum() && steps++ < 1000) {
        QTest::keyClick(slider, Qt::Key_Right);
        const qint64 t = replay->replayer()->position();
        QVERIFY(t > last);
        last = t;
        compareStates(w.window.get(), rows, &seen);
        if (QTest::currentTestFailed())
            return;
        // The analyzer's cursor and the chart's line follow.
        QCOMPARE(w->analyzer()->view()->cursorA(), std::optional<qint64>(t));
        QCOMPARE(w->chart()->view()->replayTime(), std::optional<qint64>(t));
    }
    QCOMPARE(replay->replayer()->position(), replay->replayer()->toNs());
    // The states came in the order of the run: every tick, counting up, the buzzer both ways.
    QList<qint64> ticks;
    bool buzzed = false;
    for (const QVariantMap &states : std::as_const(seen)) {
        const QVariantMap clock = states.value(QStringLiteral("clock")).toMap();
        if (clock.contains(QStringLiteral("tick"))
            && (ticks.isEmpty() || ticks.back() != clock.value(QStringLiteral("tick"))))
            ticks << clock.value(QStringLiteral("tick")).toLongLong();
        buzzed |= states.value(QStringLiteral("buzzer"))
                      .toMap()
                      .value(QStringLiteral("buzzing"))
                      .toBool();
    }
    QCOMPARE(ticks, (QList<qint64> { 0, 1, 2, 3, 4, 5 }));
    QVERIFY(buzzed);
    QVERIFY2(seen.size() > 6, qPrintable(QString::number(seen.size())));

    // The mouse on the slider: a click moves it, the canvas follows.
    QTest::keyClick(slider, Qt::Key_Home);
    QTest::mouseClick(
        slider, Qt::LeftButton, {}, QPoint(slider->width() * 3 / 4, slider->height() / 2));
    QVERIFY(replay->replayer()->position() > replay->replayer()->fromNs());
    compareStates(w.window.get(), rows, nullptr);

    // A tick on its way is a token on the clock's wire.
    const auto sent = std::ranges::find_if(rows, [](const Row &row) {
        return row.node == QLatin1String("clock") && row.event == QLatin1String("sent");
    });
    QVERIFY(sent != rows.cend());
    replay->replayer()->setPosition(sent->timeNs);
    wb::TokenLayer *tokens = w->view()->circuitScene()->tokens();
    QVERIFY(tokens->isReplaying());
    const auto token = tokens->find(sent->messageId.toULongLong(), false);
    QVERIFY(token.has_value());
    QCOMPARE(token->token.wire,
        w->circuit()->wireBetween(w->circuit()->idByName(QStringLiteral("clock")),
            w->circuit()->idByName(QStringLiteral("iopin"))));

    // Play at 4× to the end.
    bar->speedBox()->setCurrentIndex(bar->speedBox()->count() - 1);
    QCOMPARE(replay->replayer()->speed(), 4.0);
    QTest::keyClick(slider, Qt::Key_Home);
    QTest::mouseClick(buttonOf(bar, bar->playAction()), Qt::LeftButton);
    QVERIFY(replay->replayer()->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!replay->replayer()->isPlaying(), 20000);
    QCOMPARE(replay->replayer()->position(), replay->replayer()->toNs());
    compareStates(w.window.get(), rows, nullptr);
    QVERIFY(!bar->playAction()->isChecked());

    // Back to Live: the canvas shows the (stopped) circuit again.
    QTest::mouseClick(buttonOf(bar, bar->backAction()), Qt::LeftButton);
    QVERIFY(!w->analyzer()->isReviewing());
    QVERIFY(!replay->isReplaying());
    QVERIFY(!bar->isVisible());
    QVERIFY(!tokens->isReplaying());
    QVERIFY(tokens->drawn().isEmpty());
    const wb::NodeItem *buzzer
        = w->view()->circuitScene()->nodeItem(w->circuit()->idByName(QStringLiteral("buzzer")));
    QVERIFY(!buzzer->isReplaying());
    QVERIFY(buzzer->liveState().isEmpty());
    QCOMPARE(w->chart()->view()->replayTime(), std::nullopt);
}

// A CSV written before the delivery gate (11 columns): no ids at the receiver.
void TestReplay::olderCsvReplays()
{
    const QString path = m_dir.filePath(QStringLiteral("older.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("time_ns,event,node,kind,peer,channel,text,message_id,sent_ns,acked_ns,rtt_ns\n"
               "5000000,sent,iopin,iopin,buzzer,/iopin,1,7,,5062000,12000\n"
               "5055000,received,buzzer,buzzer,127.0.0.1:50000,/iopin,1,,,5058000,3000\n"
               "5058000,ack_sent,buzzer,buzzer,127.0.0.1:50000,/iopin,buzz,,,,\n"
               "5062000,ack,iopin,iopin,buzzer,/iopin,buzz,7,5000000,,12000\n"
               "9000000,sent,iopin,iopin,buzzer,/iopin,0,8,,9062000,12000\n"
               "9055000,received,buzzer,buzzer,127.0.0.1:50000,/iopin,0,,,9058000,3000\n");
    file.close();
    uitest::Window w;
    w->openInitial(m_circuit);
    QCOMPARE(w->analyzer()->openRecording(path), QString());
    wb::ReplayController *replay = w->replay();
    QVERIFY(replay->isReplaying());
    QVERIFY(replay->unmatchedNodes().isEmpty());
    QSlider *slider = replay->bar()->slider();
    const QList<Row> rows = readRows(path);
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(shownState(w.window.get(), QStringLiteral("buzzer")),
        expectedAt(
            rows, QStringLiteral("buzzer"), NodeKind::Buzzer, replay->replayer()->position()));
    bool buzzed = false;
    while (slider->value() < slider->maximum()) {
        QTest::keyClick(slider, Qt::Key_PageUp);
        const qint64 t = replay->replayer()->position();
        QCOMPARE(shownState(w.window.get(), QStringLiteral("buzzer")),
            expectedAt(rows, QStringLiteral("buzzer"), NodeKind::Buzzer, t));
        buzzed |= shownState(w.window.get(), QStringLiteral("buzzer"))
                      .value(QStringLiteral("buzzing"))
                      .toBool();
    }
    QVERIFY(buzzed);
    QCOMPARE(shownState(w.window.get(), QStringLiteral("buzzer")).value(QStringLiteral("buzzing")),
        QVariant(false));
}

void TestReplay::mismatchSaysSo()
{
    const QString other = uitest::writeCircuit(m_dir, QStringLiteral("other.wbc"),
        { node(QStringLiteral("clock"), NodeKind::Clock),
            node(QStringLiteral("speaker"), NodeKind::Buzzer) },
        { { 0, 1 } });
    uitest::Window w;
    w->openInitial(other);
    QCOMPARE(w->analyzer()->openRecording(m_recording), QString());
    wb::ReplayController *replay = w->replay();
    QVERIFY(replay->isReplaying());
    QStringList unmatched = replay->unmatchedNodes();
    unmatched.sort();
    QCOMPARE(unmatched,
        (QStringList { QStringLiteral("buzzer"), QStringLiteral("iopin"), QStringLiteral("led") }));
    QTRY_VERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("does not match")));
    const QString message = w->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("buzzer")), qPrintable(message));
    // What matches still replays: the clock's ticks.
    QTest::keyClick(replay->bar()->slider(), Qt::Key_End);
    QVERIFY(shownState(w.window.get(), QStringLiteral("clock")).contains(QStringLiteral("tick")));
}

// The canvas shows the run or the recording, never both: starting the circuit ends a replay.
void TestReplay::runningEndsTheReplay()
{
    uitest::Window w;
    w->openInitial(m_circuit);
    QCOMPARE(w->analyzer()->openRecording(m_recording), QString());
    wb::ReplayController *replay = w->replay();
    QTest::keyClick(replay->bar()->slider(), Qt::Key_End);
    QVERIFY(replay->isReplaying());
    QSignalSpy ended(replay, &wb::ReplayController::replayingChanged);
    w->runtime()->startAll();
    QTRY_VERIFY_WITH_TIMEOUT(!replay->isReplaying(), 10000);
    QCOMPARE(ended.size(), 1);
    QVERIFY(!w->view()->circuitScene()->isReplaying());
    w->runtime()->stopAll();
}

// A live state that comes while a replay is shown is kept for when it ends, not drawn.
void TestReplay::liveStatesWaitForTheReplay()
{
    uitest::Window w;
    w->openInitial(m_circuit);
    wb::CircuitScene *scene = w->view()->circuitScene();
    const wb::NodeId led = w->circuit()->idByName(QStringLiteral("led"));
    wb::NodeItem *item = scene->nodeItem(led);
    QVERIFY(item);
    item->applyLiveState({ { QStringLiteral("on"), false } }, 0);
    scene->setReplaying(true);
    scene->showReplayState(led, QVariantMap { { QStringLiteral("on"), true } });
    QVERIFY(item->isReplaying());
    item->applyLiveState({ { QStringLiteral("on"), true } }, 10);
    item->applyLiveState({ { QStringLiteral("on"), false } }, 20);
    QCOMPARE(item->liveState().value(QStringLiteral("on")), QVariant(true)); // the replay's
    scene->setReplaying(false);
    QVERIFY(!item->isReplaying());
    QCOMPARE(item->liveState().value(QStringLiteral("on")), QVariant(false)); // the run's last
}

void TestReplay::commandLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    QTest::newRow("a recording") << QStringLiteral("run.csv") << 0 << QString();
    QTest::newRow("no such file") << QStringLiteral("missing.csv") << 1
                                  << QStringLiteral("wirebench: --replay: ");
    QTest::newRow("not a recording") << QStringLiteral("replay.wbc") << 1
                                     << QStringLiteral("wirebench: --replay: ");
}

// wirebench CIRCUIT --replay FILE: the window opens replaying, or says why not and exits 1.
void TestReplay::commandLine()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const QString program = QStringLiteral(WIREBENCH_BIN_DIR "/wirebench");
    if (!QFile::exists(program))
        QSKIP("the wirebench executable is not built");
    QProcess wirebench;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    wirebench.setProcessEnvironment(env);
    QSignalSpy finished(&wirebench, &QProcess::finished);
    wirebench.start(program,
        { m_circuit, QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("cli.ini")),
            QStringLiteral("--recover"), QStringLiteral("no"), QStringLiteral("--replay"),
            m_dir.filePath(file), QStringLiteral("--quit-after"), QStringLiteral("300") });
    QVERIFY(finished.wait(30000));
    const QString err = QString::fromUtf8(wirebench.readAllStandardError());
    QVERIFY2(wirebench.exitCode() == exitCode, qPrintable(err));
    if (!error.isEmpty())
        QVERIFY2(err.contains(error), qPrintable(err));
}

QTEST_MAIN(TestReplay)
#include "tst_replay.moc"
