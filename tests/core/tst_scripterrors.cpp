// A sketch's errors: at load and in setup() the node goes to its error state with "line N:
// ..."; in loop() (or a rejected Promise) the message's ack says "error: line N: ..." and the
// node runs on; a runaway call (an endless loop, a huge allocation) is interrupted within the
// watchdog's second while another node of the same runtime keeps answering.
#include "scripttestkit.h"

#include <QElapsedTimer>
#include <QTest>

using wb::NodeId;
using wb::NodeKind;
using wbtest::Client;
using wbtest::ScriptBench;

namespace {

// Bounded: the watchdog's second, the engine's unwinding and a loaded machine's slack.
constexpr int kRunawayWaitMs = 8000;

} // namespace

class TestScriptErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atLoad_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("phase");
        QTest::newRow("a syntax error") << "function loop(c, m) {\n  return m +\n}\n"
                                        << "line 3: SyntaxError: "
                                        << "load";
        QTest::newRow("an exception at the top level")
            << "var a = 1;\n\nundefinedThing.call();\n"
            << "line 3: ReferenceError: undefinedThing is not defined"
            << "load";
        // A thrown non-Error carries no line (QJSEngine tells none): just its text.
        QTest::newRow("a thrown string at the top level") << "\nthrow 'no good';\n"
                                                          << "no good"
                                                          << "load";
        QTest::newRow("an exception in setup()")
            << "function setup(p) {\n  var x = null;\n  x.field = 1;\n}\n"
            << "line 3: TypeError: "
            << "setup";
        QTest::newRow("static import is not allowed") << "import x from 'file:///etc/passwd';\n"
                                                      << "line 1: SyntaxError: "
                                                      << "load";
    }
    void atLoad()
    {
        QFETCH(QString, source);
        QFETCH(QString, reason);
        QFETCH(QString, phase);
        ScriptBench bench;
        const NodeId id = bench.addScript(QStringLiteral("bad"), source);
        bench.runtime.start(id);
        QTRY_COMPARE(bench.runtime.state(id), wb::NodeState::Error);
        QVERIFY2(bench.runtime.errorString(id).startsWith(reason),
            qPrintable(bench.runtime.errorString(id)));
        QCOMPARE(bench.error(id).value(QStringLiteral("phase")).toString(), phase);
        const int line = reason.startsWith(QStringLiteral("line "))
            ? reason.section(u' ', 1, 1).remove(u':').toInt()
            : 0;
        QCOMPARE(bench.error(id).value(QStringLiteral("line")).toInt(), line);
        QCOMPARE(bench.runtime.listeningPort(id), quint16(0)); // no server left behind
        QVERIFY(
            bench.logs.contains(QStringLiteral("bad: ** error: ") + bench.runtime.errorString(id)));
    }

    void inLoop_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("ack");
        QTest::newRow("an exception")
            << "function loop(c, m) {\n  if (m === 'bad')\n    throw new Error('bad message');\n"
               "  return 'fine';\n}\n"
            << "error: line 3: Error: bad message";
        QTest::newRow("a TypeError")
            << "function loop(c, m) {\n  return m === 'bad' ? null.x : 'fine';\n}\n"
            << "error: line 2: TypeError: Cannot read property 'x' of null";
        QTest::newRow("a rejected Promise")
            << "function loop(c, m) {\n  if (m === 'bad')\n"
               "    return Promise.reject(new Error('rejected'));\n  return 'fine';\n}\n"
            << "error: line 3: Error: rejected";
        QTest::newRow("a throw inside then()")
            << "function loop(c, m) {\n  return Promise.resolve(m).then(function (v) {\n"
               "    if (v === 'bad') throw new RangeError('too far');\n    return 'fine';\n"
               "  });\n}\n"
            << "error: line 3: RangeError: too far";
        QTest::newRow("a thrown string")
            << "function loop(c, m) {\n  if (m === 'bad') throw 'plain';\n  return 'fine';\n}\n"
            << "error: plain";
    }
    void inLoop()
    {
        QFETCH(QString, source);
        QFETCH(QString, ack);
        ScriptBench bench;
        const NodeId id = bench.addScript(QStringLiteral("s"), source);
        const QUrl url = bench.start(id);
        Client client;
        QVERIFY(client.open(url));
        QCOMPARE(client.ask(QStringLiteral("ok")), QStringLiteral("fine"));
        QCOMPARE(client.ask(QStringLiteral("bad")), ack);
        QCOMPARE(client.ask(QStringLiteral("ok")), QStringLiteral("fine")); // it runs on
        QCOMPARE(bench.runtime.state(id), wb::NodeState::Running);
        QCOMPARE(bench.count(id, QStringLiteral("errors")), 1);
        QCOMPARE(bench.count(id, QStringLiteral("acked")), 3);
        QTRY_COMPARE(
            bench.error(id).value(QStringLiteral("phase")).toString(), QStringLiteral("loop"));
        QTRY_VERIFY(bench.logs.contains(QStringLiteral("s: error in loop(): ") + ack.mid(7)));
    }

    void inTimer()
    {
        ScriptBench bench;
        const NodeId id = bench.addScript(QStringLiteral("s"),
            QStringLiteral("function setup() {\n  setTimeout(function () {\n"
                           "    throw new Error('timer broke');\n  }, 10);\n}\n"
                           "function loop(c, m) { return 'fine'; }\n"));
        const QUrl url = bench.start(id);
        QTRY_VERIFY(
            bench.logs.contains(QStringLiteral("s: error in a timer: line 3: Error: timer broke")));
        Client client;
        QVERIFY(client.open(url));
        QCOMPARE(client.ask(QStringLiteral("x")), QStringLiteral("fine"));
        QCOMPARE(
            bench.error(id).value(QStringLiteral("phase")).toString(), QStringLiteral("timer"));
        QCOMPARE(bench.count(id, QStringLiteral("errors")), 1);
    }

    void runaway_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("ask"); // a message sets it off
        QTest::addColumn<QString>("reason");
        QTest::newRow("an endless loop in loop()")
            << "var n = 0;\nfunction loop(c, m) {\n  while (true) { n++; }\n}\n"
            << true << "runaway: interrupted after 1 s in loop() at line 2";
        QTest::newRow("an empty endless loop in loop()")
            << "function loop(c, m) {\n  for (;;) {}\n}\n"
            << true << "runaway: interrupted after 1 s in loop() at line 1";
        QTest::newRow("an endless loop in setup()")
            << "\nfunction setup(p) {\n  while (true) {}\n}\n"
            << false << "runaway: interrupted after 1 s in setup() at line 2";
        QTest::newRow("an endless loop at the top level")
            << "while (true) {}\n"
            << false << "runaway: interrupted after 1 s in the sketch";
        QTest::newRow("an endless loop in a timer")
            << "function setup(p) {\n  out('armed');\n  setTimeout(function () { while (true) {} "
               "}, 50);\n}\n"
            << false << "runaway: interrupted after 1 s in a timer at line 3";
        QTest::newRow("an endless loop in a then()")
            << "function loop(c, m) {\n  return Promise.resolve(1).then(function () {\n"
               "    while (true) {}\n  });\n}\n"
            << true << "runaway: interrupted after 1 s in a then() callback at line 1";
        QTest::newRow("a huge allocation")
            << "var keep = [];\nfunction loop(c, m) {\n  while (true)\n"
               "    keep.push(new Array(64).join('x') + keep.length);\n}\n"
            << true << "runaway: interrupted after 1 s in loop() at line 2";
    }
    void runaway()
    {
        QFETCH(QString, source);
        QFETCH(bool, ask);
        QFETCH(QString, reason);
        ScriptBench bench;
        const NodeId led = bench.add(QStringLiteral("led"), NodeKind::Led);
        const QUrl ledUrl = bench.start(led);
        QVERIFY(!ledUrl.isEmpty());
        Client ledClient;
        QVERIFY(ledClient.open(ledUrl));
        const NodeId id = bench.addScript(QStringLiteral("s"), source);
        const QUrl url = bench.start(id);
        Client client;
        if (ask) {
            QVERIFY(client.open(url));
            client.socket.sendTextMessage(QStringLiteral("go"));
        }
        // While the sketch spins, the other node of the same runtime answers, many times.
        int answered = 0;
        QElapsedTimer clock;
        clock.start();
        while (
            bench.runtime.state(id) != wb::NodeState::Error && clock.elapsed() < kRunawayWaitMs) {
            const auto ack = ledClient.ask(QString::number(answered % 2));
            QVERIFY(ack.has_value());
            QCOMPARE(*ack, answered % 2 ? QStringLiteral("on") : QStringLiteral("off"));
            ++answered;
            QTest::qWait(20);
        }
        QCOMPARE(bench.runtime.state(id), wb::NodeState::Error);
        QVERIFY2(answered >= 5, qPrintable(QString::number(answered)));
        QCOMPARE(bench.runtime.errorString(id), reason);
        QCOMPARE(
            bench.error(id).value(QStringLiteral("phase")).toString(), QStringLiteral("runaway"));
        if (ask) {
            // The message that set it off still got its one ack (an error), or its connection
            // closed with the node.
            QTRY_VERIFY(client.received.size() == 1 || client.disconnected);
            if (!client.received.isEmpty())
                QVERIFY(client.received.first().startsWith(QStringLiteral("error: runaway")));
        }
        QCOMPARE(ledClient.ask(QStringLiteral("1")), QStringLiteral("on"));
        // A restart loads the sketch afresh.
        bench.runtime.start(id);
        QTRY_VERIFY(bench.runtime.state(id) != wb::NodeState::Error);
    }
};

QTEST_GUILESS_MAIN(TestScriptErrors)
#include "tst_scripterrors.moc"
