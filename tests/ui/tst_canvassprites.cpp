// Wire tokens, counter labels and live widgets are blitted from sprites rendered once (issue 6):
// a frame that shows the same pictures renders nothing new, a new count on the label renders
// only a character it never showed, a new theme renders everything anew, a sprite lands where
// the token is, and a live widget from sprites looks like the one painted directly.
#include "canvas/canvastheme.h"
#include "canvas/livewidgets.h"
#include "canvas/spritecache.h"
#include "canvas/wireitem.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QTest>

using namespace wb;

namespace {

QImage canvas(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(250, 250, 250));
    return image;
}

// Mean and largest difference of any channel, over all pixels.
QPair<double, int> difference(const QImage &a, const QImage &b)
{
    double sum = 0;
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            for (const int d : { p.red() - q.red(), p.green() - q.green(), p.blue() - q.blue() }) {
                sum += std::abs(d);
                largest = std::max(largest, std::abs(d));
            }
        }
    }
    return { sum / (3.0 * a.width() * a.height()), largest };
}

struct WireView
{
    CanvasTheme theme = CanvasTheme::fromPalette(QGuiApplication::palette());
    QGraphicsScene scene;
    QGraphicsView view { &scene };
    WireItem *wire = new WireItem(1, 1, 2, &theme);

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
        QTest::newRow("new digit") << QStringLiteral("label") << 1;
        QTest::newRow("known digits, wider") << QStringLiteral("wider") << 1;
        QTest::newRow("theme") << QStringLiteral("theme") << 2;
    }

    void framesReuseSprites()
    {
        QFETCH(QString, change);
        QFETCH(int, newRenders);
        WireView w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.view));
        // The label: its pill and its one digit.
        w.wire->setCounters(7, 3, 0);
        w.frame();
        QCOMPARE(w.wire->spriteRenders(), 2);
        if (change == QLatin1String("same"))
            w.wire->setCounters(7, 3, 0);
        else if (change == QLatin1String("label"))
            w.wire->setCounters(8, 3, 0);
        else if (change == QLatin1String("wider"))
            w.wire->setCounters(77, 3, 0); // a wider pill, the digit it had
        else if (change == QLatin1String("theme"))
            w.wire->themeChanged();
        w.frame();
        QCOMPARE(w.wire->spriteRenders(), 2 + newRenders);
    }

    void liveWidgetsLookTheSame_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<qreal>("level");
        QTest::addColumn<qreal>("zoom");
        QTest::newRow("led dark") << QStringLiteral("led") << 0.0 << 1.0;
        QTest::newRow("led half") << QStringLiteral("led") << 0.4 << 1.0;
        QTest::newRow("led lit zoomed out") << QStringLiteral("led") << 1.0 << 0.6;
        QTest::newRow("clock idle") << QStringLiteral("clock") << 0.0 << 1.0;
        QTest::newRow("clock pulse zoomed in") << QStringLiteral("clock") << 0.7 << 1.7;
    }

    void liveWidgetsLookTheSame()
    {
        QFETCH(QString, widget);
        QFETCH(qreal, level);
        QFETCH(qreal, zoom);
        const CanvasTheme theme = CanvasTheme::fromPalette(QGuiApplication::palette());
        const QColor accent = theme.accent(widget == QLatin1String("led") ? NodeKind::Led
                                                                          : NodeKind::Clock);
        const QRectF rect(12, 12, 84, 40);
        const QSize size = (QSizeF(110, 64) * zoom).toSize();
        QImage direct = canvas(size);
        QImage sprites = canvas(size);
        SpriteCache cache;
        for (QImage *image : { &direct, &sprites }) {
            QPainter painter(image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            painter.scale(zoom, zoom);
            const bool useSprites = image == &sprites;
            QVERIFY(!useSprites || cache.begin(&painter));
            if (widget == QLatin1String("led")) {
                if (useSprites)
                    livewidgets::paintLed(&painter, cache, rect, level, accent, theme);
                else
                    livewidgets::paintLed(&painter, rect, level, accent, theme);
            } else {
                if (useSprites)
                    livewidgets::paintClock(&painter, cache, rect, 1234, level, accent, theme);
                else
                    livewidgets::paintClock(&painter, rect, 1234, level, accent, theme);
            }
            if (useSprites)
                cache.end(&painter);
        }
        QVERIFY(cache.renderCount() > 0);
        // Nothing painted would pass too: the direct picture must differ from the background.
        QVERIFY(difference(direct, canvas(size)).first > 1.0);
        const auto [mean, largest] = difference(direct, sprites);
        // Edges differ by the sprite's snap to a whole device pixel (digits: up to half a
        // pixel each); a misplaced or missing part differs by far more.
        QVERIFY2(mean < 4.0,
                 qPrintable(QStringLiteral("mean %1, largest %2").arg(mean).arg(largest)));
    }
};

QTEST_MAIN(TestCanvasSprites)
#include "tst_canvassprites.moc"
