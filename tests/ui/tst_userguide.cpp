// The user guide shipped in the program: F1 on the workbench opens it; every page of its
// contents loads from the resource with its title; every link of every page leads to a page
// of the guide (or the web); every picture exists and is drawn no wider than the page; back,
// forward and the contents follow; Ctrl+F finds text in the page.
#include "classroom/userguide.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImageReader>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using wb::UserGuide;

namespace {

struct Link
{
    QString href;
    QString text;
};

// The links and the pictures the browser shows for its page.
void linksAndImages(const QTextDocument *document, QList<Link> *links, QStringList *images)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat())
                images->append(format.toImageFormat().name());
            else if (format.isAnchor() && !format.anchorHref().isEmpty())
                links->append({ format.anchorHref(), fragment.text() });
        }
    }
}

} // namespace

class TestUserGuide final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<uitest::Window>();
        uitest::show(*m_window);
    }

    void cleanup() { m_window.reset(); }

    void f1OpensTheGuide()
    {
        uitest::Window &w = *m_window;
        QCOMPARE(w->actions()->userGuide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QVERIFY(!w->userGuide()->window()->isVisible());
        QTest::keyClick(w.window.get(), Qt::Key_F1);
        QTRY_VERIFY_WITH_TIMEOUT(w->userGuide()->window()->isVisible(), 5000);
        QCOMPARE(w->userGuide()->currentPage(), UserGuide::urlOf(QStringLiteral("index.md")));
        QVERIFY(w->userGuide()->browser()->toPlainText().contains(
            QStringLiteral("Wirebench User Guide")));
        // It goes with the window.
        QPointer<QWidget> guide = w->userGuide()->window();
        m_window.reset();
        QVERIFY(guide.isNull());
    }

    // Every page of the resource is in the contents, and nothing else is.
    void contentsListEveryPage()
    {
        QStringList files;
        for (const UserGuide::Page &page : UserGuide::pages()) {
            files << page.file;
            QVERIFY2(page.title != page.file, qPrintable(page.file + " has no heading"));
        }
        QStringList shipped = QDir(UserGuide::root()).entryList({ QStringLiteral("*.md") });
        shipped.sort();
        QStringList listed = files;
        listed.sort();
        QCOMPARE(listed, shipped);
        const QListWidget *contents = (*m_window)->userGuide()->contents();
        QCOMPARE(contents->count(), files.size());
        for (const QString &topic :
            { QStringLiteral("getting-started.md"), QStringLiteral("components.md"),
                QStringLiteral("time-control.md"), QStringLiteral("faults.md"),
                QStringLiteral("ring.md"), QStringLiteral("queues.md"),
                QStringLiteral("scripts.md"), QStringLiteral("lessons.md"),
                QStringLiteral("discovery.md"), QStringLiteral("security.md") })
            QVERIFY2(files.contains(topic), qPrintable(topic));
    }

    void page_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        for (const UserGuide::Page &page : UserGuide::pages())
            QTest::newRow(qPrintable(page.file)) << page.file << page.title;
    }

    // The page loads with its title; every link resolves; every picture exists and fits.
    void page()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        UserGuide *guide = (*m_window)->userGuide();
        guide->show();
        QVERIFY(QTest::qWaitForWindowExposed(guide->window()));
        guide->open(file);
        QTextBrowser *browser = guide->browser();
        QCOMPARE(browser->source(), UserGuide::urlOf(file));
        QVERIFY(browser->toPlainText().startsWith(title));
        QVERIFY(browser->toPlainText().size() > 400);
        QCOMPARE(guide->contents()->currentItem()->data(Qt::UserRole).toString(), file);

        QList<Link> links;
        QStringList images;
        linksAndImages(browser->document(), &links, &images);
        QVERIFY2(!links.isEmpty() || file != QStringLiteral("index.md"), "the contents' links");
        const QList<UserGuide::Page> pages = UserGuide::pages();
        for (const Link &link : std::as_const(links)) {
            const QUrl url = browser->source().resolved(QUrl(link.href));
            if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
                continue; // the web: opened by the system's browser
            QCOMPARE(url.scheme(), QStringLiteral("qrc"));
            const QString target = u':' + url.path();
            QVERIFY2(QFile::exists(target), qPrintable(file + ": " + link.href));
            QVERIFY2(std::any_of(pages.cbegin(), pages.cend(),
                         [&](const UserGuide::Page &p) { return p.file == url.fileName(); }),
                qPrintable(file + ": " + link.href + " is not a page of the contents"));
            // Following it shows that page, and Back comes here again.
            browser->setSource(url);
            QCOMPARE(browser->source().path(), url.path());
            QVERIFY(browser->isBackwardAvailable());
            browser->backward();
            QCOMPARE(browser->source(), UserGuide::urlOf(file));
        }
        for (const QString &image : std::as_const(images)) {
            const QString path = guide->imagePath(image);
            QVERIFY2(path.startsWith(QStringLiteral(":/wirebench/guide/images/")),
                qPrintable(file + ": " + image));
            QImageReader reader(path);
            const QSize size = reader.size();
            QVERIFY2(size.width() > 400 && size.height() > 300, qPrintable(path));
            QVERIFY2(!reader.read().isNull(), qPrintable(path));
        }
        // Drawn no wider than the page.
        for (QTextBlock block = browser->document()->begin(); block.isValid();
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isImageFormat()) {
                    const double width = format.toImageFormat().width();
                    QVERIFY(width > 0);
                    QVERIFY(width <= browser->viewport()->width());
                }
            }
        }
        // Every picture the pages use is shipped, and every shipped picture is used somewhere.
        if (file == QStringLiteral("index.md")) {
            QStringList used;
            for (const UserGuide::Page &p : pages) {
                QFile md(UserGuide::root() + u'/' + p.file);
                QVERIFY(md.open(QIODevice::ReadOnly));
                static const QRegularExpression picture(
                    QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
                for (const QRegularExpressionMatch &m :
                    picture.globalMatch(QString::fromUtf8(md.readAll())))
                    used << QFileInfo(m.captured(1)).fileName();
            }
            const QStringList shipped
                = QDir(UserGuide::root() + QStringLiteral("/images")).entryList(QDir::Files);
            for (const QString &name : shipped)
                QVERIFY2(used.contains(name), qPrintable(name + " is used by no page"));
        }
    }

    void contentsAndHistory()
    {
        UserGuide *guide = (*m_window)->userGuide();
        guide->show();
        QVERIFY(QTest::qWaitForWindowExposed(guide->window()));
        QListWidget *contents = guide->contents();
        QListWidgetItem *item = nullptr;
        for (int row = 0; row < contents->count(); ++row) {
            if (contents->item(row)->data(Qt::UserRole).toString() == QLatin1String("faults.md"))
                item = contents->item(row);
        }
        QVERIFY(item);
        QTest::mouseClick(
            contents->viewport(), Qt::LeftButton, {}, contents->visualItemRect(item).center());
        QTRY_COMPARE_WITH_TIMEOUT(
            guide->currentPage(), UserGuide::urlOf(QStringLiteral("faults.md")), 5000);
        guide->browser()->backward();
        QCOMPARE(guide->currentPage(), UserGuide::urlOf(QStringLiteral("index.md")));
        QCOMPARE(contents->currentRow(), 0);
        guide->browser()->forward();
        QCOMPARE(guide->currentPage(), UserGuide::urlOf(QStringLiteral("faults.md")));
        QCOMPARE(contents->currentItem(), item);
    }

    void findInPage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("a word") << QStringLiteral("retries") << true;
        QTest::newRow("another case") << QStringLiteral("AT MOST ONCE") << true;
        QTest::newRow("not on the page") << QStringLiteral("xylophone") << false;
    }

    void findInPage()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        UserGuide *guide = (*m_window)->userGuide();
        guide->show();
        QVERIFY(QTest::qWaitForWindowActive(guide->window()));
        guide->open(QStringLiteral("faults.md"));
        guide->window()->activateWindow();
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), guide->window(), 5000);
        guide->browser()->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(guide->browser(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(guide->findField()->hasFocus(), 5000);
        QTest::keyClicks(guide->findField(), text);
        QTest::keyClick(guide->findField(), Qt::Key_Return);
        const QString selected = guide->browser()->textCursor().selectedText();
        if (found) {
            QCOMPARE(selected.toLower(), text.toLower());
            // Again: the next one, or from the top again; always a match.
            QTest::keyClick(guide->findField(), Qt::Key_Return);
            QCOMPARE(guide->browser()->textCursor().selectedText().toLower(), text.toLower());
        } else {
            QVERIFY(selected.isEmpty());
            QVERIFY(!guide->findNext());
        }
    }

private:
    std::unique_ptr<uitest::Window> m_window;
};

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
