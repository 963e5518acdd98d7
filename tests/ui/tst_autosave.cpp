// Autosave and crash recovery in the window, with real files: what is written and when it
// goes, what a later start offers, and what it never touches. The process that really dies is
// in tests/app/tst_recovery.cpp.
#include "autosave.h"
#include "circuiteditor.h"
#include "crashrecovery.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSignalSpy>
#include <QUndoStack>

using wb::NodeKind;
using Answer = wb::CrashRecovery::Answer;

namespace {

constexpr int kWaitMs = 10000;

QByteArray documentBytes(const wb::DocumentController *documents)
{
    return wb::circuitformat::serialize(documents->document());
}

// A recovery file as a crashed Wirebench leaves it: no live process holds its lock.
QString leaveRecoveryFile(const QString &dir, const QString &file, const QString &path,
                          const QDateTime &saved, const QString &nodeName)
{
    wb::RecoveryFile recovery;
    recovery.document.title = QStringLiteral("left behind");
    recovery.document.nodes
        = uitest::circuit({ uitest::node(nodeName, NodeKind::Clock) }, {}).nodes;
    recovery.path = path;
    recovery.saved = saved;
    recovery.pid = 1; // init: alive, but not a Wirebench
    QDir().mkpath(dir);
    QFile out(QDir(dir).filePath(file));
    if (!out.open(QIODevice::WriteOnly) || out.write(wb::RecoveryFile::encode(recovery)) < 0)
        qFatal("cannot write %s", qPrintable(out.fileName()));
    return out.fileName();
}

struct Asked
{
    QList<wb::RecoveryFile> files;
    // Answers each question with the next of `answers`.
    void install(wb::CrashRecovery &recovery, QList<Answer> answers)
    {
        recovery.setPrompt([this, answers](const wb::RecoveryFile &file,
                                           std::function<void(Answer)> reply) {
            files << file;
            reply(answers.value(files.size() - 1, Answer::Later));
        });
    }
};

} // namespace

class TestAutosave final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEditsAndRemovesThemOnceSaved()
    {
        uitest::Window w;
        const QString path = uitest::writeCircuit(
            w.dir, QStringLiteral("mine.json"),
            { uitest::node(QStringLiteral("pin"), NodeKind::IoPin) }, {});
        QVERIFY(w->documents()->load(path));
        const QString dir = w.dir.filePath(QStringLiteral("recovery"));
        wb::Autosave autosave(w->documents(), dir);
        autosave.setInterval(50);
        QSignalSpy written(&autosave, &wb::Autosave::written);
        QVERIFY(autosave.filePath().startsWith(dir + QLatin1Char('/')));
        QCOMPARE(autosave.saveNow(), QString()); // unmodified: nothing to keep
        QVERIFY(!QFile::exists(autosave.filePath()));

        const wb::NodeId pin = w->circuit()->idByName(QStringLiteral("pin"));
        QVERIFY(w->editor()->setParam(pin, QStringLiteral("seed"), 4242));
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, kWaitMs);
        QCOMPARE(written.first().first().toString(), autosave.filePath());
        wb::RecoveryFile kept;
        QCOMPARE(wb::RecoveryFile::read(autosave.filePath(), &kept), QString());
        QCOMPARE(kept.path, QFileInfo(path).absoluteFilePath());
        QCOMPARE(kept.pid, QCoreApplication::applicationPid());
        QCOMPARE(wb::circuitformat::serialize(kept.document), documentBytes(w->documents()));
        QCOMPARE(kept.document.nodes.first().params.value(QStringLiteral("seed")).toLongLong(),
                 4242);
        QVERIFY(QFile::exists(wb::Autosave::lockPathFor(autosave.filePath())));
        // The file on disk is still the saved one: autosave never writes over the document.
        QVERIFY(!wb::circuitformat::load(path).document.nodes.first().params.contains(
            QStringLiteral("seed")));

        w->actions()->save->trigger();
        QVERIFY(!w->documents()->isModified());
        QVERIFY(!QFile::exists(autosave.filePath()));
        QVERIFY(!QFile::exists(wb::Autosave::lockPathFor(autosave.filePath())));

        // Edited again, then undone back to what is saved: nothing is left to recover.
        QVERIFY(w->editor()->setParam(pin, QStringLiteral("chance"), 0.25));
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, kWaitMs);
        QVERIFY(QFile::exists(autosave.filePath()));
        w->editor()->undoStack()->undo();
        QVERIFY(!w->documents()->isModified());
        QVERIFY(!QFile::exists(autosave.filePath()));
    }

    void aCleanExitRemovesTheFile()
    {
        uitest::Window w;
        w->openInitial();
        QString file;
        {
            wb::Autosave autosave(w->documents(), w.dir.filePath(QStringLiteral("recovery")));
            w->editor()->addNode(NodeKind::Led, QPointF(10, 10));
            QCOMPARE(autosave.saveNow(), QString());
            file = autosave.filePath();
            QVERIFY(QFile::exists(file));
        }
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(wb::Autosave::lockPathFor(file)));
    }

    // A graceful quit (gracefulquit.h): the file stays, unlocked, and the next start offers it
    // saying why it was kept; with nothing unsaved nothing stays.
    void aQuitKeepsTheFileForTheNextStart()
    {
        uitest::Window w;
        w->openInitial();
        const QString dir = w.dir.filePath(QStringLiteral("recovery"));
        QString file;
        {
            wb::Autosave unmodified(w->documents(), dir);
            QCOMPARE(unmodified.keepForNextStart(QStringLiteral("SIGTERM")), QString());
            QVERIFY(!QFile::exists(unmodified.filePath()));
        }
        QVERIFY(QDir(dir).entryList(QDir::Files).isEmpty());
        {
            wb::Autosave autosave(w->documents(), dir);
            autosave.setInterval(60000);
            w->editor()->addNode(NodeKind::Led, QPointF(10, 10));
            QVERIFY(!QFile::exists(autosave.filePath()));
            QCOMPARE(autosave.keepForNextStart(QStringLiteral("SIGTERM")), QString());
            file = autosave.filePath();
            QVERIFY(QFile::exists(file));
            w->editor()->undoStack()->undo(); // unmodified again: kept all the same
        }
        QVERIFY(QFile::exists(file));
        QVERIFY(!QFile::exists(wb::Autosave::lockPathFor(file)));
        wb::RecoveryFile kept;
        QCOMPARE(wb::RecoveryFile::read(file, &kept), QString());
        QCOMPARE(kept.quitReason, QStringLiteral("SIGTERM"));
        QCOMPARE(kept.document.nodes.size(), w->documents()->document().nodes.size() + 1);

        // The next start's question names the quit, not a crash.
        wb::Autosave next(w->documents(), dir);
        wb::CrashRecovery recovery(w->documents(), &next, dir, w.window.get());
        recovery.start();
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                box = w->findChild<QMessageBox *>();
                return box != nullptr;
            },
            kWaitMs));
        QVERIFY2(box->text().contains(QStringLiteral("told to quit (SIGTERM)")),
            qPrintable(box->text()));
        box->reject(); // Later
        QVERIFY(QFile::exists(file));
    }

    void recoverGivesBackTheChangesUnderTheirOwnName()
    {
        uitest::Window w;
        const QString dir = w.dir.filePath(QStringLiteral("recovery"));
        const QString original = w.dir.filePath(QStringLiteral("original.json"));
        const QString left = leaveRecoveryFile(dir, QStringLiteral("99-1.json"), original,
                                               QDateTime::currentDateTimeUtc(),
                                               QStringLiteral("recovered_clock"));
        w->openInitial(); // the seed: what the window shows before the question
        wb::Autosave autosave(w->documents(), dir);
        wb::CrashRecovery recovery(w->documents(), &autosave, dir, w.window.get());
        Asked asked;
        asked.install(recovery, { Answer::Recover });
        QSignalSpy recovered(&recovery, &wb::CrashRecovery::recovered);
        QSignalSpy finished(&recovery, &wb::CrashRecovery::finished);
        recovery.start();

        QCOMPARE(asked.files.size(), 1);
        QCOMPARE(asked.files.first().file, QFileInfo(left).absoluteFilePath());
        QCOMPARE(recovered.count(), 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(w->circuit()->title(), QStringLiteral("left behind"));
        QVERIFY(w->circuit()->idByName(QStringLiteral("recovered_clock")) != 0);
        QCOMPARE(w->documents()->path(), original); // saving goes where it came from
        QVERIFY(w->documents()->isModified());
        QVERIFY(w->isWindowModified());
        QCOMPARE(w->windowTitle(), QStringLiteral("original.json[*] — Wirebench"));
        // Ours holds the changes now; theirs is gone.
        QVERIFY(!QFile::exists(left));
        wb::RecoveryFile ours;
        QCOMPARE(wb::RecoveryFile::read(autosave.filePath(), &ours), QString());
        QCOMPARE(ours.path, original);

        w.chooseFile(original);
        w->actions()->save->trigger();
        QVERIFY(!QFile::exists(autosave.filePath()));
        QVERIFY(wb::circuitformat::load(original).ok());
    }

    void discardDeletesLaterKeepsNewestFirst()
    {
        uitest::Window w;
        const QString dir = w.dir.filePath(QStringLiteral("recovery"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString older = leaveRecoveryFile(dir, QStringLiteral("7-1.json"),
                                                QStringLiteral("/elsewhere/older.json"),
                                                now.addSecs(-60), QStringLiteral("a"));
        const QString newer = leaveRecoveryFile(dir, QStringLiteral("8-1.json"), {}, now,
                                                QStringLiteral("b"));
        {
            wb::CrashRecovery recovery(w->documents(), nullptr, dir, w.window.get());
            Asked asked;
            asked.install(recovery, { Answer::Later });
            recovery.start();
            QCOMPARE(asked.files.size(), 1);
            QCOMPARE(asked.files.first().file, QFileInfo(newer).absoluteFilePath());
        }
        QVERIFY(QFile::exists(older));
        QVERIFY(QFile::exists(newer));
        QVERIFY(!w->documents()->isModified()); // Later changed nothing

        wb::CrashRecovery recovery(w->documents(), nullptr, dir, w.window.get());
        Asked asked;
        asked.install(recovery, { Answer::Discard, Answer::Discard });
        QSignalSpy discarded(&recovery, &wb::CrashRecovery::discarded);
        recovery.start();
        QCOMPARE(asked.files.size(), 2);
        QCOMPARE(asked.files.at(0).file, QFileInfo(newer).absoluteFilePath());
        QCOMPARE(asked.files.at(1).file, QFileInfo(older).absoluteFilePath());
        QCOMPARE(asked.files.at(1).path, QStringLiteral("/elsewhere/older.json"));
        QCOMPARE(discarded.count(), 2);
        QVERIFY(!QFile::exists(older));
        QVERIFY(!QFile::exists(newer));
        QVERIFY(!w->documents()->isModified());
    }

    void aLiveOwnersFileAndAnUnreadableFileAreLeftAlone()
    {
        uitest::Window owner;
        const QString dir = owner.dir.filePath(QStringLiteral("recovery"));
        owner->openInitial();
        wb::Autosave autosave(owner->documents(), dir);
        owner->editor()->addNode(NodeKind::Led, QPointF(0, 0));
        QCOMPARE(autosave.saveNow(), QString());
        const QString broken = QDir(dir).filePath(QStringLiteral("1-1.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"format\": \"wirebench-circuit\", "); // cut short by a full disk
        file.close();

        uitest::Window other;
        wb::CrashRecovery recovery(other->documents(), nullptr, dir, other.window.get());
        Asked asked;
        asked.install(recovery, { Answer::Discard });
        QSignalSpy finished(&recovery, &wb::CrashRecovery::finished);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("cannot read the recovery file")));
        recovery.start();
        QCOMPARE(finished.count(), 1);
        QVERIFY(asked.files.isEmpty());
        QVERIFY(QFile::exists(autosave.filePath()));
        QVERIFY(QFile::exists(broken));
    }
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
