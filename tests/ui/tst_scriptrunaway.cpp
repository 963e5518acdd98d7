// A runaway sketch in the window (issue 17): a running script node whose loop()
// never returns is interrupted after a second of wall time and goes to the
// error state with "runaway" as the reason, while the window goes on answering:
// during that second a real click on the canvas selects another node, the event
// loop keeps turning, and the other nodes keep running. The card and the Script
// dock say why the node stopped.
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "canvas/nodetexts.h"
#include "nodeselection.h"
#include "runtime/meshruntime.h"
#include "script/scriptcontrol.h"
#include "script/scriptdock.h"
#include "uitestkit.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QTest>
#include <QTimer>

using namespace wb;

namespace {

const QString kRunaway = QStringLiteral("function loop(channel, message) {\n"
                                        "    out('stuck on ' + message);\n"
                                        "    while (true) {}\n"
                                        "}\n");

QPoint cardCentre(MainWindow *window, NodeId id)
{
    CircuitView *view = window->view();
    return view->mapFromScene(view->nodeItem(id)->sceneBoundingRect().center());
}

} // namespace

class TestScriptRunaway final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runawayIsInterruptedWhileTheWindowAnswers()
    {
        uitest::Window w;
        // 1 clock -> 2 script (runaway); 3 clock -> 4 led keeps running beside it.
        const QString path = uitest::writeCircuit(w.dir, QStringLiteral("runaway.json"),
            { uitest::node(QStringLiteral("clock"), NodeKind::Clock, 0,
                  { { QStringLiteral("tacks"), qint64(-1) }, { QStringLiteral("delay"), 0.2 } }),
                uitest::node(QStringLiteral("sketch"), NodeKind::Script, 0,
                    { { QStringLiteral("script"), kRunaway } }),
                uitest::node(QStringLiteral("beat"), NodeKind::Clock, 0,
                    { { QStringLiteral("tacks"), qint64(-1) }, { QStringLiteral("delay"), 0.1 } }),
                uitest::node(QStringLiteral("led"), NodeKind::Led) },
            { { 0, 1 }, { 2, 3 } });
        QVERIFY(w->documents()->load(path));
        uitest::show(w);
        w->view()->fitAll();
        w->scripts()->dock()->editNode(2);
        MeshRuntime *runtime = w->runtime();

        // The sketch's out() line says loop() has begun: from then on its engine is
        // stuck.
        bool stuck = false;
        connect(runtime, &MeshRuntime::logLine, this,
            [&stuck](NodeId id, const QString &, const QString &text) {
                if (id == 2 && text.contains(QLatin1String("stuck on")))
                    stuck = true;
            });
        qint64 beats = -1;
        connect(runtime, &MeshRuntime::liveState, this, [&beats](NodeId id, const QVariantMap &s) {
            if (id == 3 && s.contains(QStringLiteral("tick")))
                beats = s.value(QStringLiteral("tick")).toLongLong();
        });
        // Turns of the window's event loop while the sketch is stuck.
        int turns = 0;
        QTimer pulse;
        pulse.setInterval(20);
        connect(&pulse, &QTimer::timeout, this, [&] {
            if (stuck && runtime->state(2) != NodeState::Error)
                ++turns;
        });
        pulse.start();

        runtime->startAll();
        QTRY_VERIFY_WITH_TIMEOUT(stuck, 10000);
        const qint64 beatsWhenStuck = beats;
        QVERIFY(runtime->state(2) != NodeState::Error);

        // A click on the led's card, while the sketch spins: the window selects it.
        QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, {}, cardCentre(w.window.get(), 4));
        QTRY_COMPARE(w->selection()->ids(), QList<NodeId>({ 4 }));
        const bool answeredWhileStuck = runtime->state(2) != NodeState::Error;

        QTRY_COMPARE_WITH_TIMEOUT(runtime->state(2), NodeState::Error, 10000);
        const QString reason = runtime->errorString(2);
        QVERIFY2(reason.contains(QLatin1String("runaway")), qPrintable(reason));
        QVERIFY2(answeredWhileStuck, "the click was answered only after the interrupt");
        QVERIFY2(turns >= 10, qPrintable(QStringLiteral("%1 turns of the event loop").arg(turns)));
        // The other clock kept ticking through it.
        QTRY_VERIFY(beats > beatsWhenStuck + 2);
        QCOMPARE(runtime->state(3), NodeState::Running);

        // The card and the dock say why.
        NodeItem *card = w->view()->nodeItem(2);
        QTRY_COMPARE(card->nodeState(), NodeState::Error);
        QVERIFY(card->toolTip().contains(QLatin1String("runaway")));
        QCOMPARE(nodetexts::detail(*w->circuit()->node(2),
                     { false, card->liveState(), {}, -1, {}, card->errorString() }),
            reason);
        ScriptDock *dock = w->scripts()->dock();
        QTRY_VERIFY(dock->shownProblem().has_value());
        QVERIFY(dock->messageBar()->text().contains(QLatin1String("runaway")));
        runtime->stopAll();
    }
};

QTEST_MAIN(TestScriptRunaway)
#include "tst_scriptrunaway.moc"
