// GracefulQuit in the window's process: the session's end (the path commitDataRequest takes,
// which no session manager can send to an offscreen test) keeps the changes with its reason,
// completes the WAV, closes the window without a question, stops the nodes with 1001 and ends
// the event loop with 0; a file it cannot write makes that 1. The real process, signalled, is
// tests/app/tst_gracefulquit.cpp.
#include "../core/wstestkit.h"
#include "autosave.h"
#include "circuiteditor.h"
#include "gracefulquit.h"
#include "runtime/meshruntime.h"
#include "uitestkit.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QTimer>
#include <QtEndian>

using wb::NodeKind;

namespace {

constexpr int kWaitMs = 10000;

// What the application's event loop ends with once GracefulQuit calls QCoreApplication::exit();
// -1 if it never does. QCoreApplication::exec(), not a QEventLoop: exit() leaves a flag that
// makes every later loop return at once, and only exec() clears it.
int runUntilExit()
{
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [] { QCoreApplication::exit(-1); });
    deadline.start(kWaitMs);
    return QCoreApplication::exec();
}

} // namespace

class TestGracefulQuit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSessionsEndKeepsEverything_data()
    {
        QTest::addColumn<bool>("recoveryWritable");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("written") << true << 0;
        QTest::newRow("the recovery folder cannot be made") << false << 1;
    }
    void theSessionsEndKeepsEverything()
    {
        QFETCH(bool, recoveryWritable);
        QFETCH(int, exitCode);
        // No question may be asked: a prompt would fail the test.
        uitest::Window w(wb::DocumentController::Answer::Cancel);
        bool asked = false;
        w->documents()->setPrompt(
            [&asked](const QString &, std::function<void(wb::DocumentController::Answer)>) {
                asked = true;
            });
        const QString path = uitest::writeCircuit(w.dir, QStringLiteral("mine.json"),
            { uitest::node(QStringLiteral("buzzer"), NodeKind::Buzzer) }, {});
        QVERIFY(w->documents()->load(path));
        w->show();
        QString recovery = w.dir.filePath(QStringLiteral("recovery"));
        if (!recoveryWritable) {
            QFile blocker(recovery); // a file where the folder should be
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            recovery += QStringLiteral("/inside");
        }
        wb::Autosave autosave(w->documents(), recovery);
        autosave.setInterval(600000);
        wb::GracefulQuit quit(w.window.get(), &autosave);
        QSignalSpy quitting(&quit, &wb::GracefulQuit::quitting);

        w->editor()->addNode(NodeKind::Led, QPointF(300, 0));
        QVERIFY(w->documents()->isModified());
        const QString wav = w.dir.filePath(QStringLiteral("sound.wav"));
        QCOMPARE(w->startRecording(wav), QString());
        w->runtime()->startAll();
        const quint16 port
            = w->runtime()->listeningPort(w->circuit()->idByName(QStringLiteral("buzzer")));
        QVERIFY(port != 0);
        wbtest::Client client;
        QVERIFY(client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port))));

        quit.quit(QStringLiteral("session"));
        QCOMPARE(quitting.count(), 1);
        QVERIFY(quit.isQuitting());
        QCOMPARE(runUntilExit(), exitCode);
        QCOMPARE(quit.exitCode(), exitCode);
        QVERIFY(!asked);
        QVERIFY(!w->isVisible());
        QVERIFY(!w->runtime()->isRunning());
        QVERIFY(client.waitForDisconnect());
        QCOMPARE(client.closeCode, int(QWebSocketProtocol::CloseCodeGoingAway));

        // The sound is complete either way.
        QFile sound(wav);
        QVERIFY(sound.open(QIODevice::ReadOnly));
        const QByteArray bytes = sound.readAll();
        QVERIFY(bytes.startsWith("RIFF"));
        QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 40), quint32(bytes.size() - 44));

        if (recoveryWritable) {
            wb::RecoveryFile kept;
            QCOMPARE(wb::RecoveryFile::read(autosave.filePath(), &kept), QString());
            QCOMPARE(kept.quitReason, QStringLiteral("session"));
            QCOMPARE(kept.path, path);
            QVERIFY(kept.document.nodes.size() == 2);
        } else {
            QVERIFY(!QFile::exists(autosave.filePath()));
        }
    }
};

QTEST_MAIN(TestGracefulQuit)
#include "tst_gracefulquit.moc"
