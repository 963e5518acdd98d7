// The sequence chart dock in the workbench window over a real running circuit (a clock wired
// to an LED, a short period, every server on 127.0.0.1): lifelines in the canvas's order,
// clicking an arrow with the mouse selects its message on the canvas, in the analyzer and in
// the log, selecting a node highlights its lifeline, lifelines hide and move, and the chart
// exports PlantUML, Mermaid, SVG and PNG.
#include "analyzer/logicanalyzer.h"
#include "analyzer/traceview.h"
#include "canvas/circuitview.h"
#include "chart/chartview.h"
#include "chart/lifelinemodel.h"
#include "chart/sequencechart.h"
#include "circuiteditor.h"
#include "nodeselection.h"
#include "panels/logmodel.h"
#include "panels/logpanel.h"
#include "runtime/meshruntime.h"
#include "uitestkit.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using wb::NodeId;

namespace {

constexpr int kTimeout = 15000;

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList lifelineNames(const wb::LifelineModel *model)
{
    QStringList names;
    for (const wb::Lifeline &line : model->visibleLifelines())
        names << line.name;
    return names;
}

} // namespace

class TestSequenceChart final : public QObject
{
    Q_OBJECT

    std::unique_ptr<uitest::Window> m_window;
    wb::SequenceChart *m_chart = nullptr;
    NodeId m_clock = 0;
    NodeId m_led = 0;

    wb::ChartView *view() const { return m_chart->view(); }

    // A message of the chart whose arrow is drawn well inside the plot, or -1.
    qint64 visibleMessage() const
    {
        const QRect plot = view()->plotRect().adjusted(0, 10, 0, -10);
        for (qint64 i = 0; i < view()->model().size(); ++i) {
            const auto line = view()->arrowLine(i);
            if (line && plot.contains(line->p1().toPoint()) && plot.contains(line->p2().toPoint())
                && line->length() > 40)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_window = std::make_unique<uitest::Window>();
        QList<wb::NodeSpec> nodes {
            uitest::node(QStringLiteral("clock"), wb::NodeKind::Clock, 0,
                { { QStringLiteral("delay"), 0.03 }, { QStringLiteral("tacks"), 6 } }),
            uitest::node(QStringLiteral("led"), wb::NodeKind::Led),
        };
        // The LED left of the clock on the canvas: the lanes go by x, not by id.
        wb::circuitformat::Document document = uitest::circuit(nodes, { { 0, 1 } });
        document.nodes[0].position = QPointF(400, 0);
        document.nodes[1].position = QPointF(0, 80);
        for (wb::NodeSpec &spec : document.nodes) {
            if (wb::kinds::hasServer(spec.kind))
                spec.port = uitest::freePort();
        }
        const QString path = m_window->dir.filePath(QStringLiteral("chart.json"));
        QCOMPARE(wb::circuitformat::save(path, document), QString());
        QVERIFY(m_window->window->documents()->load(path));
        m_clock = m_window->window->circuit()->idByName(QStringLiteral("clock"));
        m_led = m_window->window->circuit()->idByName(QStringLiteral("led"));

        m_chart = m_window->window->chart();
        QVERIFY(m_chart);
        auto *dock = m_window->window->findChild<QDockWidget *>(QStringLiteral("chartDock"));
        QVERIFY(dock);
        m_window->window->resize(1400, 900);
        m_window->window->show();
        dock->show();
        dock->raise();
        QVERIFY(QTest::qWaitForWindowExposed(m_window->window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(view()->isVisible(), kTimeout);
        // The View menu lists it with the other docks.
        bool listed = false;
        for (const QAction *menu : m_window->window->menuBar()->actions())
            listed = listed
                || (menu->menu() && menu->menu()->actions().contains(dock->toggleViewAction()));
        QVERIFY(listed);

        // The lifelines are an item model: checked while everything below changes them.
        new QAbstractItemModelTester(
            m_chart->lifelines(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_chart);

        wb::MeshRuntime *runtime = m_window->window->runtime();
        QSignalSpy finished(runtime, &wb::MeshRuntime::clockFinished);
        runtime->startAll();
        QVERIFY(finished.wait(kTimeout));
        runtime->stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(view()->model().size() >= 6, kTimeout);
    }

    void cleanupTestCase() { m_window.reset(); }

    void lanesFollowTheCanvas()
    {
        // Every message pairs with its sender: no lifeline for the clients' addresses.
        QCOMPARE(view()->model().participants().size(), 2);
        QCOMPARE(m_chart->lifelines()->rowCount(), 2);
        QCOMPARE(lifelineNames(m_chart->lifelines()),
            QStringList({ QStringLiteral("led"), QStringLiteral("clock") }));
        // Moving a card (an undoable edit) moves its lifeline.
        m_window->window->editor()->moveNodes(
            { { m_clock, QPointF(400, 0) } }, { { m_clock, QPointF(-300, 0) } });
        QCOMPARE(lifelineNames(m_chart->lifelines()),
            QStringList({ QStringLiteral("clock"), QStringLiteral("led") }));
        m_window->window->editor()->undoStack()->undo();
        QCOMPARE(lifelineNames(m_chart->lifelines()),
            QStringList({ QStringLiteral("led"), QStringLiteral("clock") }));
    }

    void clickingAnArrowSelectsItsMessage()
    {
        view()->fit();
        // Large enough that one message's arrow stands apart from its ack and the next tick.
        for (int i = 0; i < 12 && visibleMessage() < 0; ++i)
            view()->zoom(2.0, view()->plotRect().top());
        const qint64 index = visibleMessage();
        QVERIFY(index >= 0);
        const wb::ChartMessage message = view()->model().message(index);
        const QLineF line = *view()->arrowLine(index);

        QSignalSpy picked(m_chart, &wb::SequenceChart::messageSelected);
        QTest::mouseClick(view(), Qt::LeftButton, {}, line.pointAt(0.3).toPoint());
        QCOMPARE(picked.size(), 1);
        const auto pick = picked.first().first().value<wb::ChartPick>();
        QCOMPARE(pick.messageId, message.messageId);
        QCOMPARE(pick.sender, m_clock);
        QCOMPARE(pick.receiver, m_led);
        QVERIFY(pick.wire != 0);
        QCOMPARE(view()->selectedMessage(), index);
        if (const QByteArray shot = qgetenv("WIREBENCH_CHART_SHOT"); !shot.isEmpty()) {
            m_chart->resize(760, 620);
            view()->resize(740, 580);
            view()->fit();
            view()->grab().save(QString::fromLocal8Bit(shot));
        }

        // The canvas selects both ends, the receiver last; the analyzer's cursors measure it.
        wb::NodeSelection *selection = m_window->window->selection();
        QCOMPARE(selection->ids(), QList<NodeId>({ m_clock, m_led }));
        QCOMPARE(selection->current(), m_led);
        QCOMPARE(selection->wireIds(), QList<wb::WireId>({ pick.wire })); // and its wire
        wb::TraceView *trace = m_window->window->analyzer()->view();
        QVERIFY(trace->cursorsShown());
        QCOMPARE(*trace->cursorA(), pick.sentNs);
        QCOMPARE(*trace->cursorB(), pick.endNs);
        QCOMPARE(trace->highlightedNode(), m_led);
        QCOMPARE(view()->highlightedNode(), m_led);
        QVERIFY(!view()->toolTipAt(line.pointAt(0.3).toPoint()).isEmpty());
        // The log selects what the LED said when the message arrived.
        auto *log = m_window->window->findChild<wb::LogPanel *>();
        QVERIFY(log);
        const int logged = log->selectedLine();
        QVERIFY(logged >= 0);
        const wb::LogModel::Entry &entry = m_window->window->logModel()->entry(logged);
        QCOMPARE(entry.node, m_led);
        QVERIFY2(entry.text.contains(
                     QStringLiteral("signal %1 received").arg(view()->model().text(message))),
            qPrintable(entry.text));

        // Selecting a node elsewhere highlights its lifeline and ends the message's selection.
        selection->set({ m_clock });
        QCOMPARE(view()->highlightedNode(), m_clock);
        QCOMPARE(view()->selectedMessage(), qint64(-1));

        // Clicking a lane's header selects its node.
        const wb::chartgeometry::LaneLayout lanes = wb::chartlayout::lanes(view()->rect(), 2);
        QTest::mouseClick(view(), Qt::LeftButton, {},
            QPoint(int(wb::chartgeometry::laneX(0, lanes)), wb::chartlayout::kHeaderHeight / 2));
        QCOMPARE(selection->ids(), QList<NodeId>({ m_led }));
    }

    void lifelinesHideAndMove()
    {
        wb::LifelineModel *model = m_chart->lifelines();
        QVERIFY(model->isCanvasOrder());
        // Dragging the LED's header onto the clock's moves it right.
        const wb::chartgeometry::LaneLayout lanes = wb::chartlayout::lanes(view()->rect(), 2);
        const QPoint first(int(wb::chartgeometry::laneX(0, lanes)), 20);
        const QPoint second(int(wb::chartgeometry::laneX(1, lanes)), 20);
        QTest::mousePress(view(), Qt::LeftButton, {}, first);
        QTest::mouseMove(view(), second);
        QTest::mouseRelease(view(), Qt::LeftButton, {}, second);
        QCOMPARE(
            lifelineNames(model), QStringList({ QStringLiteral("clock"), QStringLiteral("led") }));
        QVERIFY(!model->isCanvasOrder());

        model->setVisible(model->indexOfNode(m_led), false);
        QCOMPARE(lifelineNames(model), QStringList({ QStringLiteral("clock") }));
        const wb::ChartFrame frame = view()->frame();
        QCOMPARE(frame.lifelines.size(), 1);
        QCOMPARE(wb::SequenceModel::laneCount(frame.lanes), 1);
        // With the LED hidden no message has an arrow to draw.
        for (qint64 i = 0; i < view()->model().size(); ++i)
            QVERIFY(!view()->arrowLine(i));
        // Through the model's check state too, as a view of it would.
        QVERIFY(model->setData(
            model->index(model->indexOfNode(m_led)), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model->visibleLifelines().size(), 2);
        model->resetOrder();
        QCOMPARE(
            lifelineNames(model), QStringList({ QStringLiteral("led"), QStringLiteral("clock") }));
    }

    void exports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("selection");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plantuml") << "run.puml" << false << "@startuml";
        QTest::newRow("mermaid") << "run.mmd" << false << "sequenceDiagram";
        QTest::newRow("svg") << "run.svg" << false << "<svg";
        QTest::newRow("png") << "run.png" << false << "";
        QTest::newRow("selected plantuml") << "one.puml" << true << "@startuml";
        QTest::newRow("selected svg") << "one.svg" << true << "<svg";
    }

    void exports()
    {
        QFETCH(QString, file);
        QFETCH(bool, selection);
        QFETCH(QString, expected);
        view()->fit();
        if (selection) {
            view()->selectMessage(0);
            QVERIFY(m_chart->selection());
        }
        const QString path = m_window->dir.filePath(file);
        QSignalSpy status(m_chart, &wb::SequenceChart::statusMessage);
        QCOMPARE(m_chart->exportTo(path,
                     selection ? wb::SequenceChart::Scope::Selection
                               : wb::SequenceChart::Scope::Visible),
            QString());
        QCOMPARE(status.size(), 1);
        QVERIFY(QFile::exists(path));
        if (expected.isEmpty())
            return;
        const QString text = readAll(path);
        QVERIFY2(text.contains(expected), qPrintable(text.left(400)));
        QVERIFY2(text.contains(QStringLiteral("clock")), qPrintable(text.left(400)));
        QVERIFY2(text.contains(QStringLiteral("led")), qPrintable(text.left(400)));
    }

    void exportErrorsSayWhat()
    {
        view()->selectMessage(-1);
        const QString none = m_window->dir.filePath(QStringLiteral("none.puml"));
        QVERIFY(m_chart->exportTo(none, wb::SequenceChart::Scope::Selection)
                    .contains(QStringLiteral("no message is selected")));
        QVERIFY(m_chart
                    ->exportTo(m_window->dir.filePath(QStringLiteral("run.gif")),
                        wb::SequenceChart::Scope::Visible)
                    .contains(QStringLiteral(".puml")));
        QVERIFY(!QFile::exists(none));
    }

    // The other way: clicking a line of the log selects the arrow it speaks of, the cursor of
    // the analyzer the arrow nearest to it.
    void logLineSelectsItsArrow()
    {
        auto *log = m_window->window->findChild<wb::LogPanel *>();
        QVERIFY(log);
        log->setNodeFilter(std::nullopt);
        log->setTextFilter({});
        for (QWidget *w = log; w; w = w->parentWidget()) {
            if (auto *dock = qobject_cast<QDockWidget *>(w)) {
                dock->show();
                dock->raise();
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(log->view()->isVisible(), kTimeout);
        // The LED's second "signal … received": not the first message, not the last.
        const wb::LogModel *lines = m_window->window->logModel();
        const auto *filter = qobject_cast<const QSortFilterProxyModel *>(log->view()->model());
        QVERIFY(filter);
        QModelIndex line;
        int seen = 0;
        for (int row = 0; row < filter->rowCount() && !line.isValid(); ++row) {
            const QModelIndex index = filter->index(row, 0);
            const wb::LogModel::Entry &e = lines->entry(filter->mapToSource(index).row());
            if (e.node == m_led && e.text.contains(QStringLiteral(" received")) && ++seen == 2)
                line = index;
        }
        QVERIFY(line.isValid());
        const wb::LogModel::Entry entry = lines->entry(filter->mapToSource(line).row());
        view()->selectMessage(-1);
        QSignalSpy picked(m_chart, &wb::SequenceChart::messageSelected);
        log->view()->scrollTo(line);
        QTest::mouseClick(
            log->view()->viewport(), Qt::LeftButton, {}, log->view()->visualRect(line).center());
        QCOMPARE(log->selectedLine(), filter->mapToSource(line).row());
        const wb::SequenceModel &model = view()->model();
        QVERIFY(view()->selectedMessage() >= 0);
        const wb::ChartMessage &message = model.message(view()->selectedMessage());
        QCOMPARE(message.receiver, quint16(model.participantOf(m_led)));
        QVERIFY2(entry.text.contains(QStringLiteral("signal %1 received").arg(model.text(message))),
            qPrintable(entry.text));
        // Of the LED's messages, the one whose arrival is nearest the line.
        for (qint64 i = model.firstIndex(); i < model.size(); ++i) {
            const wb::ChartMessage &m = model.message(i);
            if (m.receiver == message.receiver && m.has(wb::ChartMessage::kReceived))
                QVERIFY(std::abs(m.arrivedNs - entry.timeNs)
                    >= std::abs(message.arrivedNs - entry.timeNs));
        }
        const QRect plot = view()->plotRect();
        const auto arrow = view()->arrowLine(view()->selectedMessage());
        QVERIFY(arrow && plot.contains(arrow->p1().toPoint())); // shown
        QCOMPARE(picked.size(), 0); // selected from elsewhere: nothing goes back

        // The analyzer's cursor on another message's send selects that one.
        qint64 other = -1;
        for (qint64 i = model.firstIndex(); i < model.size() && other < 0; ++i) {
            if (i != view()->selectedMessage() && model.message(i).sender == message.sender)
                other = i;
        }
        QVERIFY(other >= 0);
        m_window->window->selection()->set({ m_clock });
        m_window->window->analyzer()->view()->setCursors(
            model.message(other).sentNs, model.message(other).sentNs + 1000);
        QCOMPARE(view()->selectedMessage(), other);
    }

    // Selecting a wire on the canvas selects its arrow nearest the analyzer's cursor; picking
    // a message's token selects that message's arrow.
    void wireAndTokenSelectTheirArrows()
    {
        const wb::SequenceModel &model = view()->model();
        const QList<wb::Wire> wires = m_window->window->circuit()->wires();
        QCOMPARE(wires.size(), 1);
        const qint64 third = model.firstIndex() + 2;
        QVERIFY(third < model.size());
        m_window->window->analyzer()->view()->setCursors(
            model.message(third).sentNs, model.message(third).sentNs + 1000);
        view()->selectMessage(-1);
        QSignalSpy picked(m_chart, &wb::SequenceChart::messageSelected);
        m_window->window->selection()->set({}, { wires.first().id });
        QCOMPARE(view()->selectedMessage(), third);

        const qint64 fifth = model.firstIndex() + 4;
        QVERIFY(fifth < model.size());
        Q_EMIT m_window->window->view()->messagePicked(model.message(fifth).messageId);
        QCOMPARE(view()->selectedMessage(), fifth);
        QCOMPARE(picked.size(), 0); // selected from elsewhere: nothing goes back
    }

    void followsTheAnalyzersRecording()
    {
        wb::LogicAnalyzer *analyzer = m_window->window->analyzer();
        const QString csv = m_window->dir.filePath(QStringLiteral("run.csv"));
        QCOMPARE(analyzer->saveRecording(csv), QString());
        const qint64 live = view()->model().size();
        QCOMPARE(analyzer->openRecording(csv), QString());
        QCOMPARE(view()->model().recording(), analyzer->shownRecording());
        view()->refresh();
        QCOMPARE(view()->model().size(), live);
        analyzer->showLive();
        QCOMPARE(view()->model().recording(), analyzer->shownRecording());
    }
};

QTEST_MAIN(TestSequenceChart)
#include "tst_sequencechart.moc"
