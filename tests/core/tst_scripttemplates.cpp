// Each template is its built-in kind on the wire: in a circuit with built-in partners (or a
// recording peer), the template and the built-in kind get the same messages and give the
// same acks, and send the same messages on the same channels.
#include "runtime/script/scripttemplates.h"
#include "scripttestkit.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using wb::NodeId;
using wb::NodeKind;
using wbtest::Client;
using wbtest::Peer;
using wbtest::ScriptBench;

namespace {

// A node of the built-in kind, or the template as a script node, with the same parameters.
NodeId addEither(ScriptBench &bench, bool scripted, const QString &name, NodeKind kind,
    const QString &templateName, const QVariantMap &params = {})
{
    if (!scripted)
        return bench.add(name, kind, params);
    return bench.addScript(name, wb::scripttemplates::source(templateName), params);
}

} // namespace

class TestScriptTemplates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue()
    {
        const QStringList names = wb::scripttemplates::names();
        for (const char *name : { "clock", "iopin", "buzzer", "led", "relay" })
            QVERIFY2(names.contains(QLatin1String(name)), name);
        for (const QString &name : names) {
            QVERIFY2(!wb::scripttemplates::title(name).isEmpty(), qPrintable(name));
            QVERIFY2(wb::scripttemplates::source(name).contains(QStringLiteral("function ")),
                qPrintable(name));
        }
        QVERIFY(wb::scripttemplates::source(QStringLiteral("nothing")).isEmpty());
        QVERIFY(wb::scripttemplates::title(QStringLiteral("nothing")).isEmpty());
    }

    void receivers_data()
    {
        QTest::addColumn<NodeKind>("kind");
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<QVariantMap>("params");
        QTest::addColumn<QStringList>("messages");
        const QStringList odd { "1", "0", "2", "", "11", " 1", "on", "1" };
        QTest::newRow("buzzer") << NodeKind::Buzzer << "buzzer" << QVariantMap() << odd;
        QTest::newRow("buzzer with a sound")
            << NodeKind::Buzzer << "buzzer" << QVariantMap { { "sound", "bîp ♪" } } << odd;
        QTest::newRow("led") << NodeKind::Led << "led" << QVariantMap() << odd;
        QTest::newRow("relay without a target")
            << NodeKind::Proxy << "relay" << QVariantMap() << QStringList { "1", "x" };
    }
    void receivers()
    {
        QFETCH(NodeKind, kind);
        QFETCH(QString, templateName);
        QFETCH(QVariantMap, params);
        QFETCH(QStringList, messages);
        QStringList acks[2];
        for (bool scripted : { false, true }) {
            ScriptBench bench;
            const NodeId id
                = addEither(bench, scripted, QStringLiteral("node"), kind, templateName, params);
            const QUrl url = bench.start(id);
            QVERIFY(!url.isEmpty());
            Client client;
            QVERIFY(client.open(url));
            for (const QString &message : messages)
                acks[scripted] << client.ask(message).value_or(QStringLiteral("(none)"));
        }
        QCOMPARE(acks[1], acks[0]);
    }

    void senders_data()
    {
        QTest::addColumn<NodeKind>("kind");
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<QVariantMap>("params");
        QTest::newRow("iopin") << NodeKind::IoPin << "iopin"
                               << QVariantMap { { "sequence", 4 }, { "chance", 0.5 } };
        QTest::newRow("relay") << NodeKind::Proxy << "relay" << QVariantMap();
    }
    // Ticks from a client, the node's messages at a recording peer: same acks to the client,
    // same number of messages on the same channel at the peer, bits where bits go.
    void senders()
    {
        QFETCH(NodeKind, kind);
        QFETCH(QString, templateName);
        QFETCH(QVariantMap, params);
        QStringList acks[2];
        QList<wbtest::Frame> frames[2];
        for (bool scripted : { false, true }) {
            ScriptBench bench;
            Peer peer;
            QVERIFY(peer.listen());
            const NodeId target = bench.add(QStringLiteral("peer"), NodeKind::External);
            bench.circuit.setPort(target, peer.url().port());
            const NodeId id
                = addEither(bench, scripted, QStringLiteral("node"), kind, templateName, params);
            bench.circuit.addWire(id, target);
            const QUrl url = bench.start(id);
            Client client;
            QVERIFY(client.open(url));
            for (const char *tick : { "0", "1", "2" })
                acks[scripted] << client.ask(QLatin1String(tick)).value_or(QString());
            frames[scripted] = peer.frames;
        }
        QCOMPARE(acks[1], acks[0]);
        QCOMPARE(frames[1].size(), frames[0].size());
        for (qsizetype i = 0; i < frames[0].size(); ++i) {
            QCOMPARE(frames[1].at(i).channel, frames[0].at(i).channel);
            if (kind == NodeKind::IoPin)
                QVERIFY(QRegularExpression(QStringLiteral("^[01]$"))
                            .match(frames[1].at(i).text)
                            .hasMatch());
            else
                QCOMPARE(frames[1].at(i).text, frames[0].at(i).text);
        }
    }

    void seedCircuit()
    {
        // The seed circuit with a scripted iopin between a built-in clock and buzzer: every
        // tick acknowledged, three bits per tick at the buzzer.
        ScriptBench bench;
        const NodeId clock = bench.add(
            QStringLiteral("clock"), NodeKind::Clock, { { "tacks", 4 }, { "delay", 0.01 } });
        const NodeId pin = bench.addScript(
            QStringLiteral("iopin"), wb::scripttemplates::source(QStringLiteral("iopin")));
        const NodeId buzzer = bench.add(QStringLiteral("buzzer"), NodeKind::Buzzer);
        bench.circuit.addWire(clock, pin);
        bench.circuit.addWire(pin, buzzer);
        QSignalSpy finished(&bench.runtime, &wb::MeshRuntime::clockFinished);
        bench.runtime.startAll();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toBool(), true); // every tick acknowledged
        QCOMPARE(bench.count(pin, QStringLiteral("acked")), 4);
        const qsizetype signals
            = bench.logs.filter(QRegularExpression(QStringLiteral("^buzzer: signal [01] received")))
                  .size();
        QCOMPARE(signals, 12);
    }

    void clock_data()
    {
        QTest::addColumn<QVariantMap>("params");
        QTest::newRow("ticks") << QVariantMap { { "tacks", 3 }, { "delay", 0.02 } };
        QTest::newRow("a message")
            << QVariantMap { { "tacks", 2 }, { "delay", 0.0 }, { "message", "hello" } };
    }
    void clock()
    {
        QFETCH(QVariantMap, params);
        QList<wbtest::Frame> frames[2];
        for (bool scripted : { false, true }) {
            ScriptBench bench;
            Peer peer;
            QVERIFY(peer.listen());
            const NodeId target = bench.add(QStringLiteral("peer"), NodeKind::External);
            bench.circuit.setPort(target, peer.url().port());
            const NodeId id = addEither(bench, scripted, QStringLiteral("clock"), NodeKind::Clock,
                QStringLiteral("clock"), params);
            bench.circuit.addWire(id, target);
            bench.runtime.start(id);
            const int tacks = params.value(QStringLiteral("tacks")).toInt();
            QTRY_COMPARE(peer.frames.size(), tacks);
            QTest::qWait(100); // and no more
            frames[scripted] = peer.frames;
        }
        QCOMPARE(frames[1].size(), frames[0].size());
        for (qsizetype i = 0; i < frames[0].size(); ++i) {
            QCOMPARE(frames[1].at(i).channel, frames[0].at(i).channel);
            QCOMPARE(frames[1].at(i).text, frames[0].at(i).text);
        }
    }
};

QTEST_GUILESS_MAIN(TestScriptTemplates)
#include "tst_scripttemplates.moc"
