// Wire tokens and counter labels are blitted from sprites rendered once (issue 6): a frame that
// shows the same pictures renders nothing new, a new label text or a new theme renders anew,
// and a sprite lands where the token is.
#include "canvas/canvastheme.h"
#include "canvas/wireitem.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QTest>

using namespace wb;

namespace {

struct WireView
{
    CanvasTheme theme = CanvasTheme::fromPalette(QGuiApplication::palette());
    QGraphicsScene scene;
    QGraphicsView view { &scene };
    WireItem *wire = new WireItem(1, 2, &theme);

    explicit WireView(qreal zoom = 1.0)
    {
        wire->setEnds(QPointF(40, 100), QPointF(360, 100));
        scene.addItem(wire);
        view.setSceneRect(0, 0, 400, 200);
        view.setTransform(QTransform::fromScale(zoom, zoom));
        view.resize(int(420 * zoom), int(220 * zoom));
        view.setRenderHint(QPainter::Antialiasing);
        view.show();
    }

    QImage frame()
    {
        view.viewport()->repaint();
        return view.viewport()->grab().toImage();
    }
};

} // namespace

class TestCanvasSprites final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framesReuseSprites_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("newRenders");
        QTest::newRow("nothing") << QString() << 0;
        QTest::newRow("same counters") << QStringLiteral("same") << 0;
        QTest::newRow("new label") << QStringLiteral("label") << 1;
        QTest::newRow("theme") << QStringLiteral("theme") << 3;
    }

    void framesReuseSprites()
    {
        QFETCH(QString, change);
        QFETCH(int, newRenders);
        WireView w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.view));
        // One lone message, a burst of three acks in one token, and the label.
        w.wire->messageSent(0);
        for (int i = 0; i < 3; ++i)
            w.wire->ackReceived(200);
        w.wire->setCounters(7, 3, 0);
        w.wire->step(300);
        QCOMPARE(w.wire->tokenCount(), 2);
        w.frame();
        QCOMPARE(w.wire->spriteRenders(), 3);
        w.wire->step(320); // the tokens moved on
        if (change == QLatin1String("same"))
            w.wire->setCounters(7, 3, 0);
        else if (change == QLatin1String("label"))
            w.wire->setCounters(8, 3, 0);
        else if (change == QLatin1String("theme"))
            w.wire->themeChanged();
        w.frame();
        QCOMPARE(w.wire->spriteRenders(), 3 + newRenders);
    }

    void spriteLandsOnToken_data()
    {
        QTest::addColumn<qreal>("zoom");
        QTest::newRow("1:1") << 1.0;
        QTest::newRow("zoomed out") << 0.6;
        QTest::newRow("zoomed in") << 1.7;
    }

    void spriteLandsOnToken()
    {
        QFETCH(qreal, zoom);
        WireView w(zoom);
        QVERIFY(QTest::qWaitForWindowExposed(&w.view));
        w.wire->messageSent(0);
        w.wire->step(WireItem::kTravelMs / 2);
        const QImage image = w.frame();
        QCOMPARE(w.wire->spriteRenders(), 1);
        // Half way along a straight wire (the arrow takes its last few units).
        const QPointF middle((40 + 360 - 7) / 2.0, 100);
        const QPoint at = w.view.mapFromScene(middle);
        const QColor token = w.theme.token;
        const QColor seen = image.pixelColor(at);
        QVERIFY2(std::abs(seen.red() - token.red()) < 24 && std::abs(seen.green() - token.green()) < 24
                     && std::abs(seen.blue() - token.blue()) < 24,
                 qPrintable(seen.name() + QStringLiteral(" != ") + token.name()));
    }
};

QTEST_MAIN(TestCanvasSprites)
#include "tst_canvassprites.moc"
