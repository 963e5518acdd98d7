// The script API (docs/scripts.md) row by row over real sockets: setup(params), loop's ack (a
// string, a Promise, nothing), out(), stream() to real nodes, the timers on the run's time
// source under pause, the seeded Math.random(), and what the sandbox leaves out.
#include "runtime/deliverycontroller.h"
#include "scripttestkit.h"

#include <QCryptographicHash>
#include <QTest>

using wb::NodeId;
using wb::NodeKind;
using wbtest::Client;
using wbtest::ScriptBench;

class TestScriptApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acks_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QVariantMap>("params");
        QTest::addColumn<QStringList>("messages");
        QTest::addColumn<QStringList>("acks");

        const QVariantMap none;
        QTest::newRow("a string") << "function loop(c, m) { return 'got ' + m; }" << none
                                  << QStringList { "a", "b" } << QStringList { "got a", "got b" };
        QTest::newRow("a number becomes its text")
            << "function loop(c, m) { return Number(m) * 2; }" << none << QStringList { "21" }
            << QStringList { "42" };
        QTest::newRow("nothing is n/a")
            << "function loop(c, m) { }" << none << QStringList { "x" } << QStringList { "n/a" };
        QTest::newRow("null is n/a") << "function loop(c, m) { return null; }" << none
                                     << QStringList { "x" } << QStringList { "n/a" };
        QTest::newRow("no loop at all is n/a")
            << "var x = 1;" << none << QStringList { "x", "y" } << QStringList { "n/a", "n/a" };
        QTest::newRow("the channel") << "function loop(c, m) { return c; }" << none
                                     << QStringList { "x" } << QStringList { "/datafeed" };
        QTest::newRow("a resolved Promise")
            << "function loop(c, m) { return Promise.resolve('later ' + m); }" << none
            << QStringList { "1", "2" } << QStringList { "later 1", "later 2" };
        QTest::newRow("a Promise settled by a timer")
            << "function loop(c, m) { return new Promise(function (r) {"
               " setTimeout(function () { r('timed ' + m); }, 20); }); }"
            << none << QStringList { "1" } << QStringList { "timed 1" };
        QTest::newRow("a Promise of nothing is n/a")
            << "function loop(c, m) { return Promise.resolve(); }" << none << QStringList { "1" }
            << QStringList { "n/a" };
        QTest::newRow("setup(params) gets the parameters and the name")
            << "var p; function setup(params) { p = params; }\n"
               "function loop(c, m) { return p.prefix + p.name + (p.n + 1) + p.flag; }"
            << QVariantMap { { "prefix", "x-" }, { "n", 2 }, { "flag", true } }
            << QStringList { "1" } << QStringList { "x-node3true" };
        QTest::newRow("setup() does not see the source")
            << "var p; function setup(params) { p = params; }\n"
               "function loop(c, m) { return typeof p.script; }"
            << none << QStringList { "1" } << QStringList { "undefined" };
        QTest::newRow("state kept between messages")
            << "var n = 0; function loop(c, m) { n += 1; return n; }" << none
            << QStringList { "a", "b", "c" } << QStringList { "1", "2", "3" };
        // The sandbox: nothing of Qt's, no network, no modules, no processes.
        for (const char *name : { "Qt", "XMLHttpRequest", "require", "print", "gc", "process",
                 "fetch", "WebSocket", "importScripts", "QJSEngine" }) {
            QTest::newRow(qPrintable(QStringLiteral("sandbox: no %1").arg(name)))
                << QStringLiteral("function loop(c, m) { return typeof %1; }").arg(name) << none
                << QStringList { "1" } << QStringList { "undefined" };
        }
        QTest::newRow("sandbox: no dynamic import")
            << "function loop(c, m) { try { eval(\"import('file:///etc/passwd')\"); "
               "return 'imported'; } catch (e) { return 'refused'; } }"
            << none << QStringList { "1" } << QStringList { "refused" };
        QTest::newRow("console.log is out()")
            << "function loop(c, m) { return typeof console.log + typeof console.error; }" << none
            << QStringList { "1" } << QStringList { "functionundefined" };
    }
    void acks()
    {
        QFETCH(QString, source);
        QFETCH(QVariantMap, params);
        QFETCH(QStringList, messages);
        QFETCH(QStringList, acks);
        ScriptBench bench;
        const NodeId id = bench.addScript(QStringLiteral("node"), source, params);
        const QUrl url = bench.start(id);
        QVERIFY2(!url.isEmpty(), qPrintable(bench.runtime.errorString(id)));
        Client client;
        QVERIFY(client.open(url));
        QStringList got;
        for (const QString &message : messages)
            got << client.ask(message).value_or(QStringLiteral("(no ack)"));
        QCOMPARE(got, acks);
        QCOMPARE(bench.count(id, QStringLiteral("received")), messages.size());
        QCOMPARE(bench.count(id, QStringLiteral("acked")), messages.size());
        QCOMPARE(bench.runtime.state(id), wb::NodeState::Running);
    }

    void out()
    {
        ScriptBench bench;
        const NodeId id = bench.addScript(QStringLiteral("pin"),
            QStringLiteral("function setup(p) { out('ready ' + p.name); }\n"
                           "function loop(c, m) { out('got ' + m); console.log('two', 2); }"));
        const QUrl url = bench.start(id);
        Client client;
        QVERIFY(client.open(url));
        QCOMPARE(client.ask(QStringLiteral("7")), QStringLiteral("n/a"));
        QVERIFY(bench.logged(QStringLiteral("pin: ready pin")));
        QTRY_VERIFY(bench.logged(QStringLiteral("pin: got 7")));
        QTRY_VERIFY(bench.logged(QStringLiteral("pin: two 2")));
    }

    void stream_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("ack");
        QTest::newRow("by name") << "stream('buzzer', ['1', '0'], 'bits')"
                                 << "buzz buzz buzz|...";
        QTest::newRow("every target") << "stream('*', ['1'])"
                                      << "buzz buzz buzz|on";
        QTest::newRow("null is every target") << "stream(null, '0')"
                                              << "...|off";
        QTest::newRow("a single value is one item") << "stream('led', 1)"
                                                    << "on";
        // An empty ack goes on the wire as n/a, as every empty answer.
        QTest::newRow("an empty list") << "stream('led', [])"
                                       << "n/a";
        QTest::newRow("by address") << "stream(ledAddress, ['1', '1'])"
                                    << "on|on";
    }
    void stream()
    {
        QFETCH(QString, call);
        QFETCH(QString, ack);
        ScriptBench bench;
        const NodeId buzzer = bench.add(QStringLiteral("buzzer"), NodeKind::Buzzer);
        const NodeId led = bench.add(QStringLiteral("led"), NodeKind::Led);
        QVERIFY(!bench.start(buzzer).isEmpty());
        const QUrl ledUrl = bench.start(led);
        QVERIFY(!ledUrl.isEmpty());
        const QString address = QStringLiteral("ws://127.0.0.1:%1").arg(ledUrl.port());
        const NodeId pin = bench.addScript(QStringLiteral("pin"),
            QStringLiteral("var ledAddress = '%1';\n"
                           "function loop(c, m) {\n"
                           "  return %2.then(function (acks) { return acks.join('|'); });\n"
                           "}\n")
                .arg(address, call));
        bench.circuit.addWire(pin, buzzer);
        bench.circuit.addWire(pin, led);
        const QUrl url = bench.start(pin);
        Client client;
        QVERIFY(client.open(url));
        QCOMPARE(client.ask(QStringLiteral("tick")), ack);
    }

    void streamFailures_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("ack");
        QTest::newRow("no wire to that name")
            << "stream('nobody', ['1'])"
            << "error: line 2: Error: stream: no wire from pin to a node named nobody";
        QTest::newRow("a target that is down")
            << "stream('gone', ['1'])"
            << "error: line 2: Error: cannot reach ws://127.0.0.1:";
    }
    void streamFailures()
    {
        QFETCH(QString, call);
        QFETCH(QString, ack);
        ScriptBench bench;
        const NodeId gone = bench.add(QStringLiteral("gone"), NodeKind::External);
        bench.circuit.setPort(gone, wbtest::freePort());
        const NodeId pin = bench.addScript(QStringLiteral("pin"),
            QStringLiteral("function loop(c, m) {\n  return %1.then(function () { return 'ok'; "
                           "});\n}\n")
                .arg(call));
        bench.circuit.addWire(pin, gone);
        const QUrl url = bench.start(pin);
        Client client;
        QVERIFY(client.open(url));
        const QString got = client.ask(QStringLiteral("tick")).value_or(QString());
        QVERIFY2(got.startsWith(ack), qPrintable(got));
        QCOMPARE(client.ask(QStringLiteral("again")).value_or(QString()).left(12),
            QStringLiteral("error: line ")); // still running
    }

    void timersUnderPause_data()
    {
        QTest::addColumn<QString>("arm");
        QTest::newRow("setTimeout") << "setTimeout(function () { out('fired'); }, 100)";
        QTest::newRow("setInterval")
            << "var id = setInterval(function () { out('fired'); clearInterval(id); }, 100)";
    }
    void timersUnderPause()
    {
        QFETCH(QString, arm);
        ScriptBench bench;
        const NodeId id = bench.addScript(QStringLiteral("t"),
            QStringLiteral("function loop(c, m) { %1; return 'armed'; }").arg(arm));
        const QUrl url = bench.start(id);
        Client client;
        QVERIFY(client.open(url));
        QCOMPARE(client.ask(QStringLiteral("go")), QStringLiteral("armed"));
        bench.runtime.delivery()->setPaused(true);
        QTest::qWait(400); // four times the timer's delay: it would have fired by now
        QVERIFY(!bench.logged(QStringLiteral("t: fired")));
        bench.runtime.delivery()->setPaused(false);
        QTRY_VERIFY(bench.logged(QStringLiteral("t: fired")));
        QTest::qWait(300);
        QCOMPARE(bench.logs.count(QStringLiteral("t: fired")), 1);
    }

    void clearTimers_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("fired");
        QTest::newRow("clearTimeout") << "var id = setTimeout(function () { out('fired'); }, 50);"
                                         " clearTimeout(id);"
                                      << 0;
        QTest::newRow("clearInterval after three")
            << "var n = 0; var id = setInterval(function () { out('fired');"
               " if (++n === 3) clearInterval(id); }, 20);"
            << 3;
        QTest::newRow("a timeout with arguments")
            << "setTimeout(function (a, b) { if (a + b === 3) out('fired'); }, 10, 1, 2);" << 1;
    }
    void clearTimers()
    {
        QFETCH(QString, source);
        QFETCH(int, fired);
        ScriptBench bench;
        const NodeId id = bench.addScript(QStringLiteral("t"),
            QStringLiteral("function setup() { %1 out('armed'); }").arg(source));
        QVERIFY(!bench.start(id).isEmpty());
        QTRY_VERIFY(bench.logged(QStringLiteral("t: armed")));
        QTest::qWait(400);
        QCOMPARE(bench.logs.count(QStringLiteral("t: fired")), fired);
    }

    void seededRandom()
    {
        const auto draws = [](std::optional<quint64> seed, const QString &name) {
            ScriptBench bench;
            bench.runtime.setSeed(seed);
            const NodeId id = bench.addScript(name,
                QStringLiteral("function loop(c, m) { return [Math.random(), Math.random()]"
                               ".join(','); }"));
            const QUrl url = bench.start(id);
            Client client;
            QStringList list;
            if (!client.open(url))
                return list;
            for (int i = 0; i < 3; ++i)
                list << client.ask(QStringLiteral("x")).value_or(QString());
            return list;
        };
        const QStringList first = draws(42, QStringLiteral("pin"));
        QCOMPARE(first.size(), 3);
        QVERIFY(first.at(0) != first.at(1));
        QCOMPARE(draws(42, QStringLiteral("pin")), first);
        QVERIFY(draws(43, QStringLiteral("pin")) != first);
        QVERIFY(draws(42, QStringLiteral("other")) != first);
    }

    void liveState()
    {
        ScriptBench bench;
        const QString source = QStringLiteral("function loop(c, m) { return 'x'; }");
        const NodeId id = bench.addScript(QStringLiteral("node"), source);
        QVERIFY(!bench.start(id).isEmpty());
        QTRY_VERIFY(bench.script.contains(id));
        const QVariantMap state = bench.script.value(id);
        QVERIFY(state.contains(QStringLiteral("error")));
        QVERIFY(!state.value(QStringLiteral("error")).isValid());
        QCOMPARE(state.value(QStringLiteral("reloads")).toInt(), 0);
        QCOMPARE(state.value(QStringLiteral("version")).toString(),
            QString::fromLatin1(QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha1)
                                    .toHex()
                                    .left(12)));
    }
};

QTEST_GUILESS_MAIN(TestScriptApi)
#include "tst_scriptapi.moc"
