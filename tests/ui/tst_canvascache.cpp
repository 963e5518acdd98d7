// A node card repaints only what moves (issue 6): a live-state frame makes the view repaint the
// live area of the card, a change of the card itself (state, selection) the whole card, whose
// cache it invalidates.
#include "canvas/canvastheme.h"
#include "canvas/nodeitem.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QPaintEvent>
#include <QTest>

using namespace wb;

namespace {

// The regions a widget is asked to repaint.
class PaintRecorder final : public QObject
{
public:
    QRect painted;
    int count = 0;

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            painted |= static_cast<QPaintEvent *>(event)->region().boundingRect();
            ++count;
        }
        return false;
    }
};

} // namespace

class TestCanvasCache final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dirtyArea_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("whole");
        QTest::newRow("live frame") << QStringLiteral("frame") << false;
        QTest::newRow("node state") << QStringLiteral("state") << true;
        QTest::newRow("selection") << QStringLiteral("select") << true;
    }

    void dirtyArea()
    {
        QFETCH(QString, change);
        QFETCH(bool, whole);
        const CanvasTheme theme = CanvasTheme::fromPalette(QGuiApplication::palette());
        NodeSpec spec;
        spec.id = 1;
        spec.kind = NodeKind::Led;
        spec.name = QStringLiteral("led");
        spec.port = 9001;
        QGraphicsScene scene;
        auto *item = new NodeItem(spec, &theme);
        item->setPos(100, 60);
        scene.addItem(item);
        QGraphicsView view(&scene);
        view.setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
        view.setSceneRect(0, 0, 400, 300);
        view.resize(420, 320);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        PaintRecorder recorder;
        view.viewport()->installEventFilter(&recorder);
        view.viewport()->repaint();
        QCOMPARE(recorder.count, 1);
        recorder.painted = {};
        recorder.count = 0;

        if (change == QLatin1String("frame")) {
            item->applyLiveState({ { QStringLiteral("on"), true } }, 0);
            item->updateFrame();
        } else if (change == QLatin1String("state")) {
            item->setNodeState(NodeState::Running, {});
        } else {
            item->setSelected(true);
        }
        QTRY_VERIFY_WITH_TIMEOUT(recorder.count > 0, 5000);
        const QRect card = view.mapFromScene(item->sceneBoundingRect()).boundingRect();
        const QRect live =
            view.mapFromScene(item->mapRectToScene(NodeItem::liveArea())).boundingRect();
        const QRect dirty = recorder.painted;
        if (whole) {
            QVERIFY(dirty.contains(card.adjusted(1, 1, -1, -1)));
        } else {
            // The view adds 2 pixels round every dirty rect for antialiasing.
            QVERIFY(live.adjusted(-4, -4, 4, 4).contains(dirty));
            QVERIFY(dirty.width() * dirty.height() < 0.6 * card.width() * card.height());
        }
    }
};

QTEST_MAIN(TestCanvasCache)
#include "tst_canvascache.moc"
