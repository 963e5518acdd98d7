// File ▸ Lessons and the lesson dock: a lesson opened from the menu runs over real sockets and its
// checks turn ✓ in the dock's model; a broken lesson folder is refused with its place; the start
// page lists the lessons and opens one; the window reports the outcomes for the lab report.
#include "document/circuit.h"
#include "lesson/lessoncheckmodel.h"
#include "lesson/lessoncontroller.h"
#include "lesson/lessonpanel.h"
#include "lesson/startpage.h"
#include "runtime/meshruntime.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>

using wb::CheckOutcome;
using wb::LessonCheckModel;

namespace {

QMenu *fileMenu(wb::MainWindow *window)
{
    for (QAction *action : window->menuBar()->actions()) {
        if (action->text() == QLatin1String("&File"))
            return action->menu();
    }
    return nullptr;
}

QAction *lessonAction(QMenu *lessons, const QString &folderName)
{
    for (QAction *action : lessons->actions()) {
        if (action->data().toString().endsWith(folderName))
            return action;
    }
    return nullptr;
}

int countState(const LessonCheckModel *model, CheckOutcome::State state)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        n += model->index(row, 0).data(LessonCheckModel::StateRole).toInt() == int(state) ? 1 : 0;
    return n;
}

} // namespace

class TestLessonDock final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void menuListsTheLessons()
    {
        uitest::Window w;
        QMenu *file = fileMenu(w.window.get());
        QVERIFY(file);
        QMenu *lessons = w->lessons()->lessonsMenu();
        QVERIFY(file->actions().contains(lessons->menuAction()));
        int builtIn = 0;
        for (QAction *action : lessons->actions())
            builtIn += action->data().toString().startsWith(QLatin1String(":/wirebench/lessons/"))
                ? 1
                : 0;
        QCOMPARE(builtIn, 9);
        QVERIFY(lessonAction(lessons, QStringLiteral("01-seed"))
                    ->text()
                    .contains(QStringLiteral("The seed circuit")));
        QVERIFY(w->currentLessonOutcomes().isEmpty()); // no lesson yet
    }

    void seedLessonRunsToGreen()
    {
        uitest::Window w;
        uitest::show(w);
        QAction *seed = lessonAction(w->lessons()->lessonsMenu(), QStringLiteral("01-seed"));
        QVERIFY(seed);
        seed->trigger();
        QTRY_VERIFY(w->lessons()->lesson() != nullptr);
        QVERIFY(w->lessons()->dock()->isVisible());
        QVERIFY(w->lessons()->panel()->text()->toPlainText().contains(QStringLiteral("Questions")));
        QCOMPARE(w->circuit()->nodeIds().size(), 3); // the lesson's circuit is the document
        const LessonCheckModel *model = w->lessons()->model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(countState(model, CheckOutcome::State::Pending), 4);

        QSignalSpy changed(model, &LessonCheckModel::dataChanged);
        w->actions()->runAll->trigger();
        // Counts that reached their bounds turn ✓ while the run goes on.
        QTRY_VERIFY_WITH_TIMEOUT(countState(model, CheckOutcome::State::Passed) >= 3, 15000);
        QVERIFY(!changed.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(w->runtime()->clocksDone(), 15000);
        w->actions()->stopAll->trigger();
        // The end judges the rest: every tick acknowledged, nothing failed.
        QTRY_COMPARE(countState(model, CheckOutcome::State::Passed), 4);
        const QList<CheckOutcome> outcomes = w->currentLessonOutcomes();
        QCOMPARE(outcomes.size(), 4);
        QCOMPARE(outcomes.first().text, QStringLiteral("every tick acknowledged"));
        QVERIFY2(outcomes.first().detail.contains(QStringLiteral("0 of 5")),
            qPrintable(outcomes.first().detail));
        QVERIFY(model->index(0, LessonCheckModel::CheckColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("✓")));

        // A new run starts the checks over.
        w->actions()->runAll->trigger();
        QTRY_VERIFY(countState(model, CheckOutcome::State::Passed) < 4);
        w->actions()->stopAll->trigger();
    }

    void brokenRunTurnsRed()
    {
        uitest::Window w;
        uitest::show(w);
        w->lessons()->openLesson(QStringLiteral(":/wirebench/lessons/01-seed"));
        QTRY_VERIFY(w->lessons()->lesson() != nullptr);
        // Stop after the first tick: the clock did not finish, not every tick was answered.
        w->actions()->runAll->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w->runtime()->isRunning(), 5000);
        QTest::qWait(200);
        w->actions()->stopAll->trigger();
        const LessonCheckModel *model = w->lessons()->model();
        QTRY_VERIFY(countState(model, CheckOutcome::State::Pending) == 0);
        QVERIFY(countState(model, CheckOutcome::State::Failed) >= 2);
        QVERIFY(model->index(3, LessonCheckModel::CheckColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("✗")));
    }

    void badFolderIsRefused()
    {
        uitest::Window w;
        QTemporaryDir dir;
        QFile lesson(dir.filePath(QStringLiteral("lesson.json")));
        QVERIFY(lesson.open(QIODevice::WriteOnly));
        lesson.write(
            "{\"format\": \"wirebench-lesson\", \"version\": 1, \"title\": \"t\", \"goal\": \"g\", "
            "\"circuit\": \"c.json\", \"checks\": [{\"text\": \"x\", \"check\": \"count(snet) > "
            "1\"}]}");
        lesson.close();
        QSignalSpy messages(w->lessons(), &wb::LessonController::message);
        w->lessons()->setFolderChooser(
            [&dir](const QString &, std::function<void(const QString &)> chosen) {
                chosen(dir.path());
            });
        w->lessons()->chooseLessonFolder();
        QCOMPARE(messages.size(), 1);
        const QString error = messages.first().first().toString();
        QVERIFY2(error.contains(QStringLiteral(
                     "lesson.json: checks[0].check: line 1, column 7: unknown name 'snet'")),
            qPrintable(error));
        QVERIFY(w->lessons()->lesson() == nullptr);
        QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("snet")));
    }

    void startPageOpensALesson()
    {
        uitest::Window w;
        uitest::show(w);
        w->lessons()->showStartPage();
        wb::StartPage *page = w->lessons()->startPage();
        QVERIFY(page && page->isVisible());
        QCOMPARE(page->lessonList()->count(), 9);
        QVERIFY(page->exampleList()->count() >= 2);
        QListWidgetItem *ring = nullptr;
        for (int i = 0; i < page->lessonList()->count(); ++i) {
            if (page->lessonList()
                    ->item(i)
                    ->data(Qt::UserRole)
                    .toString()
                    .endsWith(QLatin1String("06-ring")))
                ring = page->lessonList()->item(i);
        }
        QVERIFY(ring);
        Q_EMIT page->lessonList()->itemActivated(ring);
        QTRY_VERIFY(w->lessons()->lesson() != nullptr);
        QCOMPARE(w->lessons()->lesson()->title, QStringLiteral("The ring and a dying node"));
        QVERIFY(!page->isVisible()); // it makes way for the lesson
        // Dismissed for good: not at the next launch.
        page->show();
        QCheckBox *box = page->findChild<QCheckBox *>();
        QVERIFY(box);
        box->setChecked(false);
        QCOMPARE(w.settings->value(QStringLiteral("startPage/show")).toBool(), false);
        page->close();
        w->lessons()->showStartPageAtLaunch();
        QVERIFY(!page->isVisible());
    }
};

QTEST_MAIN(TestLessonDock)
#include "tst_lessondock.moc"
