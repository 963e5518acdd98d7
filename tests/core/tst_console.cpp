// The console on real sockets: every line is acked "printed" and shown with its sender (the
// circuit's node at the wire's start, or host:port of a client from elsewhere), in the order
// it came; its log line is what headless prints; "clear" tells views to forget.

#include "queuetestkit.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::NodeId;
using wb::NodeKind;

class TestConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsSenderAndOrder()
    {
        wbtest::QueueBench bench;
        const NodeId keys = bench.add(u"keys"_s, NodeKind::Keyboard);
        const NodeId slow = bench.add(u"slow"_s, NodeKind::Clock,
            { { u"tacks"_s, 2 }, { u"delay"_s, 0.0 },
                { u"message"_s, u"something slow is done"_s } });
        const NodeId console = bench.add(u"console"_s, NodeKind::Console);
        bench.wire(keys, console);
        bench.wire(slow, console);
        bench.runtime->startAll();
        QTRY_VERIFY(bench.runtime->listeningPort(console) != 0);
        QVERIFY(bench.type(keys, wbtest::numberedLines(50, u"key "_s)));

        // A client from elsewhere: named by its address.
        wbtest::Client client;
        QVERIFY(client.open(
            QUrl(u"ws://127.0.0.1:%1/chat"_s.arg(bench.runtime->listeningPort(console)))));
        QCOMPARE(client.ask(u"hello"_s), std::optional<QString>(u"printed"_s));
        QCOMPARE(client.ask(u"again"_s), std::optional<QString>(u"printed"_s));
        const QString clientName = u"127.0.0.1:%1"_s.arg(client.socket.localPort());

        QTRY_COMPARE(bench.count(console, u"received"_s), 54);
        QStringList fromKeys;
        QStringList fromSlow;
        QStringList fromClient;
        qint64 count = 0;
        for (const QVariantMap &state : bench.states.value(console)) {
            const QString from = state.value(u"from"_s).toString();
            const QString text = state.value(u"text"_s).toString();
            QCOMPARE(state.value(u"line"_s).toString(), from + u": "_s + text);
            QCOMPARE(state.value(u"count"_s).toLongLong(), ++count);
            if (from == u"keys"_s) {
                QCOMPARE(state.value(u"channel"_s).toString(), u"/keyboard"_s);
                fromKeys << text;
            } else if (from == u"slow"_s) {
                QCOMPARE(state.value(u"channel"_s).toString(), u"/datafeed"_s);
                fromSlow << text;
            } else {
                QCOMPARE(from, clientName);
                QCOMPARE(state.value(u"channel"_s).toString(), u"/chat"_s);
                fromClient << text;
            }
        }
        QCOMPARE(fromKeys, wbtest::numberedLines(50, u"key "_s).split(u'\n'));
        QCOMPARE(
            fromSlow, QStringList({ u"something slow is done"_s, u"something slow is done"_s }));
        QCOMPARE(fromClient, QStringList({ u"hello"_s, u"again"_s }));
        // Headless prints the log: "SENDER: text", each line once.
        QCOMPARE(bench.logs.value(console).filter(u"keys: key "_s).size(), 50);
        QVERIFY(bench.logs.value(console).contains(clientName + u": hello"_s));
        QVERIFY(bench.logs.value(console).contains(u"slow: something slow is done"_s));
        // And the keyboard heard "printed" for each.
        QCOMPARE(bench.logs.value(keys).filter(u"< printed"_s).size(), 50);
    }

    void clearTellsViews()
    {
        wbtest::QueueBench bench;
        const NodeId console = bench.add(u"console"_s, NodeKind::Console);
        QVERIFY(!bench.runtime->command(console, u"clear"_s, {})); // not running
        bench.runtime->startAll();
        QTRY_VERIFY(bench.runtime->listeningPort(console) != 0);
        wbtest::Client client;
        QVERIFY(
            client.open(QUrl(u"ws://127.0.0.1:%1/"_s.arg(bench.runtime->listeningPort(console)))));
        QCOMPARE(client.ask(u"one"_s), std::optional<QString>(u"printed"_s));
        QVERIFY(bench.runtime->command(console, u"clear"_s, {}));
        QVERIFY(!bench.runtime->command(console, u"shout"_s, {}));
        const QVariantMap cleared = bench.states.value(console).last();
        QCOMPARE(cleared.value(u"cleared"_s).toBool(), true);
        QCOMPARE(cleared.value(u"count"_s).toLongLong(), 1);
        QCOMPARE(bench.count(console, u"received"_s), 1);
        QCOMPARE(bench.runtime->counts(console).size(), 1);
        bench.runtime->stopAll();
        QVERIFY(bench.runtime->counts(console).isEmpty()); // not running: no counts
    }
};

QTEST_GUILESS_MAIN(TestConsole)
#include "tst_console.moc"
