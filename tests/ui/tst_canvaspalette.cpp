// PaletteWidget: every component (PaletteWidget::components()), the drag payload (what a drop on
// the canvas reads) and the keyboard and double-click paths that ask for a placement.
#include "canvas/palettewidget.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace wb;

class TestCanvasPalette final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsEveryKind()
    {
        PaletteWidget palette;
        QCOMPARE(palette.count(), 12);
        const QStringList expected { QStringLiteral("clock"), QStringLiteral("iopin"),
            QStringLiteral("buzzer"), QStringLiteral("led"), QStringLiteral("proxy"),
            QStringLiteral("ring"), QStringLiteral("keyboard"), QStringLiteral("queue"),
            QStringLiteral("worker"), QStringLiteral("console"), QStringLiteral("script"),
            QStringLiteral("external") };
        for (int i = 0; i < palette.count(); ++i) {
            QCOMPARE(palette.item(i)->text(), expected.at(i));
            QVERIFY(!palette.item(i)->icon().isNull());
            QVERIFY(!palette.item(i)->toolTip().isEmpty());
        }
    }

    void dragCarriesTheKind_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<NodeKind>("kind");
        QTest::newRow("clock") << 0 << NodeKind::Clock;
        QTest::newRow("iopin") << 1 << NodeKind::IoPin;
        QTest::newRow("buzzer") << 2 << NodeKind::Buzzer;
        QTest::newRow("led") << 3 << NodeKind::Led;
        QTest::newRow("proxy") << 4 << NodeKind::Proxy;
        QTest::newRow("ring") << 5 << NodeKind::Ring;
        QTest::newRow("keyboard") << 6 << NodeKind::Keyboard;
        QTest::newRow("queue") << 7 << NodeKind::Queue;
        QTest::newRow("worker") << 8 << NodeKind::Worker;
        QTest::newRow("console") << 9 << NodeKind::Console;
        QTest::newRow("script") << 10 << NodeKind::Script;
        QTest::newRow("external") << 11 << NodeKind::External;
    }

    void dragCarriesTheKind()
    {
        QFETCH(int, row);
        QFETCH(NodeKind, kind);
        PaletteWidget palette;
        // What the list's own drag machinery asks for.
        QCOMPARE(palette.model()->mimeTypes(),
                 QStringList { QStringLiteral("application/x-wirebench-kind") });
        std::unique_ptr<QMimeData> data(palette.model()->mimeData({ palette.model()->index(row, 0) }));
        QVERIFY(data);
        QCOMPARE(data->data(PaletteWidget::mimeType()), kinds::name(kind).toUtf8());
        QCOMPARE(PaletteWidget::kindFromMimeData(data.get()), std::optional<NodeKind>(kind));
    }

    void foreignDataIsNoKind()
    {
        QMimeData text;
        text.setText(QStringLiteral("led"));
        QVERIFY(!PaletteWidget::kindFromMimeData(&text));
        QMimeData unknown;
        unknown.setData(PaletteWidget::mimeType(), "toaster");
        QVERIFY(!PaletteWidget::kindFromMimeData(&unknown));
        QVERIFY(!PaletteWidget::kindFromMimeData(nullptr));
    }

    void enterAndDoubleClickAskForPlacement()
    {
        PaletteWidget palette;
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        QSignalSpy place(&palette, &PaletteWidget::placeRequested);
        palette.setCurrentRow(3);
        QTest::keyClick(&palette, Qt::Key_Return);
        QCOMPARE(place.count(), 1);
        QCOMPARE(place.last().first().value<NodeKind>(), NodeKind::Led);
        QTest::keyClick(&palette, Qt::Key_Up);
        QTest::keyClick(&palette, Qt::Key_Enter);
        QCOMPARE(place.last().first().value<NodeKind>(), NodeKind::Buzzer);

        const QRect itemRect = palette.visualItemRect(palette.item(0));
        // A real double click: press, release, then a double-click event instead of the second
        // press, then its release.
        QTest::mouseClick(palette.viewport(), Qt::LeftButton, {}, itemRect.center());
        QTest::mouseDClick(palette.viewport(), Qt::LeftButton, {}, itemRect.center());
        QTest::mouseRelease(palette.viewport(), Qt::LeftButton, {}, itemRect.center());
        QCOMPARE(place.count(), 3);
        QCOMPARE(place.last().first().value<NodeKind>(), NodeKind::Clock);
    }
};

QTEST_MAIN(TestCanvasPalette)
#include "tst_canvaspalette.moc"
