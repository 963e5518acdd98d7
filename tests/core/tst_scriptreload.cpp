// Hot reload: an edit of a running script node's `script` parameter (what the editor's Ctrl+S
// and an undoable EditNodeCommand do to the document) loads the new sketch in place. The node
// keeps its server, its connections and its counts, the old sketch's timers stop, the new
// setup() runs; a sketch that does not load is refused and the old one runs on.
#include "scripttestkit.h"

#include <QTest>

using wb::NodeId;
using wbtest::Client;
using wbtest::ScriptBench;

namespace {

QString answering(const QString &ack)
{
    return QStringLiteral("function loop(c, m) { return '%1 ' + m; }\n").arg(ack);
}

} // namespace

class TestScriptReload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newBehaviour_data()
    {
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("ack");
        QTest::newRow("another ack") << answering(QStringLiteral("two")) << "two b";
        QTest::newRow("setup() runs again")
            << "var prefix;\nfunction setup(p) { prefix = 'set ' + p.name; }\n"
               "function loop(c, m) { return prefix + ' ' + m; }\n"
            << "set node b";
        QTest::newRow("no loop any more") << "var x = 1;\n"
                                          << "n/a";
    }
    void newBehaviour()
    {
        QFETCH(QString, second);
        QFETCH(QString, ack);
        ScriptBench bench;
        const NodeId id = bench.addScript(QStringLiteral("node"), answering(QStringLiteral("one")));
        const QUrl url = bench.start(id);
        const quint16 port = bench.runtime.listeningPort(id);
        Client client;
        QVERIFY(client.open(url));
        QCOMPARE(client.ask(QStringLiteral("a")), QStringLiteral("one a"));
        QTRY_COMPARE(bench.script.value(id).value(QStringLiteral("reloads")).toInt(), 0);

        QVERIFY(bench.circuit.setParam(id, QStringLiteral("script"), second));
        QTRY_COMPARE(bench.count(id, QStringLiteral("reloads")), 1);
        QCOMPARE(client.ask(QStringLiteral("b")), ack); // the same connection
        QVERIFY(!client.disconnected);
        QCOMPARE(bench.runtime.listeningPort(id), port);
        QCOMPARE(bench.runtime.state(id), wb::NodeState::Running);
        QCOMPARE(bench.count(id, QStringLiteral("received")), 2);
        QCOMPARE(bench.count(id, QStringLiteral("acked")), 2);
        QTRY_COMPARE(bench.script.value(id).value(QStringLiteral("reloads")).toInt(), 1);
        QCOMPARE(bench.script.value(id).value(QStringLiteral("version")).toString(),
            wbtest::ScriptBench::version(second));
        QVERIFY(!bench.script.value(id).value(QStringLiteral("error")).isValid());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("phase");
        QTest::addColumn<int>("line");
        QTest::newRow("a syntax error") << "function loop(c, m) {\n  return (;\n}\n"
                                        << "load" << 2;
        QTest::newRow("an exception in setup()")
            << "function setup(p) {\n\n  p.nothing.more = 1;\n}\n"
            << "setup" << 3;
        QTest::newRow("a runaway setup()") << "function setup(p) {\n  while (true) {}\n}\n"
                                           << "runaway" << 1;
    }
    void refused()
    {
        QFETCH(QString, second);
        QFETCH(QString, phase);
        QFETCH(int, line);
        ScriptBench bench;
        const QString first = answering(QStringLiteral("one"));
        const NodeId id = bench.addScript(QStringLiteral("node"), first);
        const QUrl url = bench.start(id);
        Client client;
        QVERIFY(client.open(url));
        QCOMPARE(client.ask(QStringLiteral("a")), QStringLiteral("one a"));

        QVERIFY(bench.circuit.setParam(id, QStringLiteral("script"), second));
        QTRY_COMPARE_WITH_TIMEOUT(
            bench.error(id).value(QStringLiteral("phase")).toString(), phase, 8000);
        QCOMPARE(bench.error(id).value(QStringLiteral("line")).toInt(), line);
        QCOMPARE(client.ask(QStringLiteral("b")), QStringLiteral("one b")); // the old one runs on
        QCOMPARE(bench.runtime.state(id), wb::NodeState::Running);
        QCOMPARE(bench.count(id, QStringLiteral("reloads")), 0);
        QCOMPARE(bench.script.value(id).value(QStringLiteral("version")).toString(),
            wbtest::ScriptBench::version(first));
        QVERIFY(std::any_of(bench.logs.cbegin(), bench.logs.cend(), [](const QString &l) {
            return l.startsWith(QStringLiteral("node: ** reload refused: "));
        }));
        // Fixed, it loads.
        QVERIFY(bench.circuit.setParam(
            id, QStringLiteral("script"), answering(QStringLiteral("three"))));
        QTRY_COMPARE(bench.count(id, QStringLiteral("reloads")), 1);
        QCOMPARE(client.ask(QStringLiteral("c")), QStringLiteral("three c"));
        QTRY_VERIFY(!bench.script.value(id).value(QStringLiteral("error")).isValid());
    }

    void oldTimersStop()
    {
        ScriptBench bench;
        const NodeId id = bench.addScript(QStringLiteral("node"),
            QStringLiteral(
                "function setup() { setInterval(function () { out('old tick'); }, 10); }\n"));
        QVERIFY(!bench.start(id).isEmpty());
        QTRY_VERIFY(bench.logs.contains(QStringLiteral("node: old tick")));
        QVERIFY(bench.circuit.setParam(id, QStringLiteral("script"),
            QStringLiteral(
                "function setup() { setInterval(function () { out('new tick'); }, 10); }\n")));
        QTRY_VERIFY(bench.logs.contains(QStringLiteral("node: new tick")));
        const qsizetype old = bench.logs.count(QStringLiteral("node: old tick"));
        QTest::qWait(200);
        QCOMPARE(bench.logs.count(QStringLiteral("node: old tick")), old);
    }

    void pendingAckOfTheOldSketch_data()
    {
        QTest::addColumn<QString>("wait");
        QTest::addColumn<QString>("ack");
        // A stream's acks still reach the old sketch, which answers.
        QTest::newRow("waiting for a stream")
            << "stream('peer', ['1']).then(function (a) { return 'old ' + a[0]; })"
            << "old ack:1";
        // Its timers are gone: the message is answered with an error after a grace.
        QTest::newRow("waiting for its own timer")
            << "new Promise(function (r) { setTimeout(function () { r('old'); }, 300); })"
            << "error: the sketch was reloaded before it answered";
    }
    void pendingAckOfTheOldSketch()
    {
        QFETCH(QString, wait);
        QFETCH(QString, ack);
        ScriptBench bench;
        wbtest::Peer peer; // answers after 600 ms: the reload happens meanwhile
        peer.delayMs = 600;
        QVERIFY(peer.listen());
        const NodeId target = bench.add(QStringLiteral("peer"), wb::NodeKind::External);
        bench.circuit.setPort(target, peer.url().port());
        const NodeId id = bench.addScript(QStringLiteral("node"),
            QStringLiteral("function loop(c, m) {\n  if (m !== 'slow') return 'quick';\n"
                           "  return %1;\n}\n")
                .arg(wait));
        bench.circuit.addWire(id, target);
        const QUrl url = bench.start(id);
        Client client;
        QVERIFY(client.open(url));
        QCOMPARE(client.ask(QStringLiteral("warm")), QStringLiteral("quick"));
        client.socket.sendTextMessage(QStringLiteral("slow"));
        QTRY_COMPARE(bench.count(id, QStringLiteral("received")), 2);
        QVERIFY(
            bench.circuit.setParam(id, QStringLiteral("script"), answering(QStringLiteral("new"))));
        QTRY_COMPARE(bench.count(id, QStringLiteral("reloads")), 1);
        QCOMPARE(client.received.size(), 1); // not answered yet
        QTRY_COMPARE_WITH_TIMEOUT(client.received.size(), 2, 8000);
        QCOMPARE(client.received.at(1), ack);
        QCOMPARE(client.ask(QStringLiteral("next")), QStringLiteral("new next"));
    }
};

QTEST_GUILESS_MAIN(TestScriptReload)
#include "tst_scriptreload.moc"
