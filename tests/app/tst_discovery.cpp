// Discovery across processes: wirebench-node processes started with --registry against a
// real etcd appear in a MeshDiscovery-driven circuit (the workbench's model) and in
// `wirebench-node mesh`; one killed with SIGKILL is gone within TTL + 1 s and back on restart;
// a clean exit removes it at once; a taken name is refused; --target resolves through the
// registry; the registry going away and coming back is survived.
#include "../core/etcdkit.h"
#include "discovery/meshdiscovery.h"
#include "discovery/registryclient.h"
#include "document/circuit.h"
#include "processkit.h"
#include "runtime/meshruntime.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::MeshRuntime;
using wb::NodeId;
using wb::PeerHealth;
using wbtest::Process;

namespace {

constexpr int kTtlSeconds = 5; // the default lease
constexpr int kGoneMs = kTtlSeconds * 1000 + 1000; // the issue's bound: TTL + 1 s

// What the workbench holds when discovery is on: a circuit the registry fills, watched.
struct Workbench
{
    explicit Workbench(const QString &url)
        : client(QUrl(url)), discovery(&client, &circuit), runtime(&circuit)
    {
        runtime.setPeerWatching(MeshRuntime::PeerWatching::Always);
        QObject::connect(
            &discovery, &wb::MeshDiscovery::nodeAnnounced, &runtime, &MeshRuntime::retryPeer);
        discovery.start();
    }
    const wb::NodeSpec *node(const QString &name) const
    {
        return circuit.node(circuit.idByName(name));
    }
    PeerHealth health(const QString &name) const
    {
        return runtime.peerStatus(circuit.idByName(name)).health;
    }

    wb::RegistryClient client;
    wb::Circuit circuit;
    wb::MeshDiscovery discovery;
    MeshRuntime runtime;
};

} // namespace

class TestDiscovery final : public QObject
{
    Q_OBJECT

    wbtest::Etcd m_etcd;

    // A server sketch registered under `name`; returns its port (0: failed).
    quint16 serveRegistered(Process &process, const QString &sketch, const QString &name,
        quint16 port = 0, const QStringList &extra = {})
    {
        const quint16 chosen = port != 0 ? port : wbtest::freePort();
        process.startNode(QStringList { sketch, u"-p"_s, QString::number(chosen), u"--name"_s, name,
                              u"--registry"_s, m_etcd.url() }
            + extra);
        if (process.waitForServing() != chosen)
            return 0;
        return process.waitForOutput(u"registered "_s + name).hasMatch() ? chosen : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<PeerHealth>();
        QVERIFY2(QFile::exists(Process::nodeProgram()), qPrintable(Process::nodeProgram()));
        if (wbtest::Etcd::program().isEmpty())
            QSKIP(wbtest::Etcd::missingMessage());
        QVERIFY2(m_etcd.start(), qPrintable(m_etcd.log));
    }

    void nodesComeAndGo()
    {
        Process alpha, beta, alphaAgain;
        const quint16 alphaPort = serveRegistered(alpha, u"buzzer"_s, u"alpha"_s);
        QVERIFY2(alphaPort != 0, qPrintable(alpha.report()));
        const quint16 betaPort = serveRegistered(beta, u"led"_s, u"beta"_s);
        QVERIFY2(betaPort != 0, qPrintable(beta.report()));
        // Advertised at 127.0.0.1: the node warns that only this machine can reach it.
        QVERIFY2(alpha.err.contains(u"warning: alpha is advertised at 127.0.0.1, which only this "
                                    "machine can reach"_s),
            qPrintable(alpha.report()));

        Workbench bench(m_etcd.url());
        QTRY_VERIFY_WITH_TIMEOUT(bench.node(u"alpha"_s) && bench.node(u"beta"_s), 5000);
        QVERIFY(bench.node(u"alpha"_s)->discovered);
        QCOMPARE(bench.node(u"alpha"_s)->kind, wb::NodeKind::External);
        QCOMPARE(bench.node(u"alpha"_s)->remoteKind, u"buzzer"_s);
        QCOMPARE(bench.node(u"alpha"_s)->port, alphaPort);
        QCOMPARE(bench.node(u"beta"_s)->remoteKind, u"led"_s);
        QCOMPARE(bench.node(u"beta"_s)->port, betaPort);
        QTRY_COMPARE_WITH_TIMEOUT(bench.health(u"alpha"_s), PeerHealth::Alive, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(bench.health(u"beta"_s), PeerHealth::Alive, 5000);

        // The headless view of the same mesh.
        Process mesh;
        mesh.startNode({ u"mesh"_s, u"--registry"_s, m_etcd.url() });
        QVERIFY(mesh.waitForExit());
        QVERIFY2(mesh.process.exitCode() == 0, qPrintable(mesh.report()));
        QVERIFY2(mesh.out.contains(QRegularExpression(
                     QStringLiteral(R"(^alpha +buzzer +127\.0\.0\.1:%1 +alive)").arg(alphaPort),
                     QRegularExpression::MultilineOption)),
            qPrintable(mesh.out));
        QVERIFY2(mesh.out.contains(QRegularExpression(
                     QStringLiteral(R"(^beta +led +127\.0\.0\.1:%1 +alive)").arg(betaPort),
                     QRegularExpression::MultilineOption)),
            qPrintable(mesh.out));

        // Killed: dead at once to its watch, gone from the mesh once its lease runs out.
        alpha.signal(SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(bench.circuit.idByName(u"alpha"_s), 0, kGoneMs);
        QVERIFY(bench.node(u"beta"_s));
        // Restarted: back, at the same address.
        QVERIFY(alpha.waitForExit());
        QVERIFY2(serveRegistered(alphaAgain, u"buzzer"_s, u"alpha"_s, alphaPort) == alphaPort,
            qPrintable(alphaAgain.report()));
        QTRY_VERIFY_WITH_TIMEOUT(bench.node(u"alpha"_s), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(bench.health(u"alpha"_s), PeerHealth::Alive, 5000);

        // A clean exit withdraws the record at once, well before the lease would run out.
        beta.signal(SIGTERM);
        QTRY_COMPARE_WITH_TIMEOUT(bench.circuit.idByName(u"beta"_s), 0, 2000);
        QVERIFY(beta.waitForExit());
        QCOMPARE(beta.process.exitCode(), 0);
    }

    void takenNameIsRefused()
    {
        Process first, second;
        const quint16 port = serveRegistered(first, u"buzzer"_s, u"taken"_s);
        QVERIFY2(port != 0, qPrintable(first.report()));
        second.startNode({ u"led"_s, u"-p"_s, QString::number(wbtest::freePort()), u"--name"_s,
            u"taken"_s, u"--registry"_s, m_etcd.url() });
        QVERIFY(second.waitForExit());
        QCOMPARE(second.process.exitCode(), 5);
        QVERIFY2(second.err.contains(QStringLiteral(
                     "wirebench-node: taken: the name \"taken\" is taken: buzzer at 127.0.0.1:%1 "
                     "holds it in the registry; choose another name\n")
                                         .arg(port)),
            qPrintable(second.report()));
        // The first still holds it.
        Process mesh;
        mesh.startNode({ u"mesh"_s, u"--registry"_s, m_etcd.url() });
        QVERIFY(mesh.waitForExit());
        QVERIFY2(mesh.out.contains(QRegularExpression(
                     QStringLiteral(R"(^taken +buzzer +127\.0\.0\.1:%1 +alive)").arg(port),
                     QRegularExpression::MultilineOption)),
            qPrintable(mesh.out));
    }

    void targetResolvesThroughTheRegistry()
    {
        Process buzzer, clock;
        QVERIFY2(serveRegistered(buzzer, u"buzzer"_s, u"far-buzzer"_s) != 0,
            qPrintable(buzzer.report()));
        clock.startNode({ u"clock"_s, u"--target"_s, u"far-buzzer"_s, u"--registry"_s, m_etcd.url(),
            u"-t"_s, u"3"_s, u"-d"_s, u"0"_s });
        QVERIFY(clock.waitForExit());
        QVERIFY2(clock.process.exitCode() == 0, qPrintable(clock.report()));
        QCOMPARE(clock.linesOf(u"clock"_s),
            (QStringList {
                u"> 0"_s, u"< ..."_s, u"> 1"_s, u"< buzz buzz buzz"_s, u"> 2"_s, u"< ..."_s }));
    }

    // The seed's pipeline across the registry: a pin registered by name finds its buzzer there
    // (its default target), a clock finds the pin; nobody mistakes its own record for a clash.
    void seedPipelineThroughTheRegistry()
    {
        Process buzzer, pin, clock;
        QVERIFY2(
            serveRegistered(buzzer, u"buzzer"_s, u"buzzer"_s) != 0, qPrintable(buzzer.report()));
        QVERIFY2(serveRegistered(pin, u"iopin"_s, u"iopin"_s, 0, { u"--seed"_s, u"42"_s }) != 0,
            qPrintable(pin.report()));
        clock.startNode({ u"clock"_s, u"--target"_s, u"iopin"_s, u"--registry"_s, m_etcd.url(),
            u"-t"_s, u"3"_s, u"-d"_s, u"0"_s });
        QVERIFY(clock.waitForExit());
        QVERIFY2(clock.process.exitCode() == 0, qPrintable(clock.report() + pin.report()));
        QCOMPARE(clock.linesOf(u"clock"_s).filter(u"< acknowledged"_s).size(), 3);
        QVERIFY(buzzer.waitForLines(u"buzzer"_s, u"signal"_s, 9));
        QVERIFY2(!pin.err.contains(u"registry record"_s), qPrintable(pin.report()));
    }

    void meshWatchPrintsChanges()
    {
        Process watch, gamma;
        watch.startNode({ u"mesh"_s, u"--registry"_s, m_etcd.url(), u"--watch"_s });
        QVERIFY2(watch.waitForOutput(u"^NAME +KIND +ADDRESS +STATE$"_s).hasMatch(),
            qPrintable(watch.report()));
        const quint16 port = serveRegistered(gamma, u"buzzer"_s, u"gamma"_s);
        QVERIFY2(port != 0, qPrintable(gamma.report()));
        QVERIFY2(watch
                     .waitForOutput(
                         QStringLiteral(R"(^[\d:.]+ gamma added \(buzzer at 127\.0\.0\.1:%1\)$)")
                             .arg(port))
                     .hasMatch(),
            qPrintable(watch.report()));
        QVERIFY2(watch.waitForOutput(uR"(^[\d:.]+ gamma alive)"_s).hasMatch(),
            qPrintable(watch.report()));
        gamma.signal(SIGTERM);
        QVERIFY2(watch.waitForOutput(uR"(^[\d:.]+ gamma removed$)"_s).hasMatch(),
            qPrintable(watch.report()));
        watch.signal(SIGINT);
        QVERIFY(watch.waitForExit());
        QCOMPARE(watch.process.exitCode(), 0);
        // One line per change: the watch that ends with its node is not news of its own.
        QVERIFY2(!watch.out.contains(u"gamma unknown"_s), qPrintable(watch.out));
    }

    void advertisedHostIsRecorded()
    {
        Process node;
        const quint16 port = serveRegistered(node, u"led"_s, u"faraway"_s, 0,
            { u"--advertise"_s, u"faraway.example"_s, u"--ttl"_s, u"3"_s });
        QVERIFY2(port != 0, qPrintable(node.report()));
        QVERIFY2(!node.err.contains(u"warning"_s), qPrintable(node.report()));
        wb::RegistryClient client(QUrl(m_etcd.url()));
        std::optional<wb::RegistryClient::RangeResult> range;
        client.range(this, wb::registry::keyFor(u"faraway"_s),
            [&](const wb::RegistryClient::RangeResult &r) { range = r; });
        QTRY_VERIFY_WITH_TIMEOUT(range.has_value(), 5000);
        QCOMPARE(range->values.size(), 1);
        const auto record = wb::registry::fromJson(range->values.first().value);
        QVERIFY(record);
        QCOMPARE(record->host, u"faraway.example"_s);
        QCOMPARE(record->port, port);
        QCOMPARE(record->kind, u"led"_s);
        QCOMPARE(record->version, QStringLiteral(WIREBENCH_VERSION));
        // Withdrawn at once, so that no later view tries to reach that name (traffic stays on
        // loopback).
        node.signal(SIGTERM);
        QVERIFY(node.waitForExit());
        QCOMPARE(node.process.exitCode(), 0);
    }

    // Last: it kills the registry and starts it again.
    void registryGoingAwayIsSurvived()
    {
        Process delta;
        const quint16 port = serveRegistered(delta, u"buzzer"_s, u"delta"_s);
        QVERIFY2(port != 0, qPrintable(delta.report()));
        Workbench bench(m_etcd.url());
        QTRY_VERIFY_WITH_TIMEOUT(bench.node(u"delta"_s), 5000);

        m_etcd.kill();
        const QString unreachable = u"wirebench-node: registry "_s + m_etcd.url();
        QVERIFY2(wbtest::waitFor([&] {
            return delta.err.contains(unreachable)
                && delta.err.contains(u"trying again, the nodes keep running\n"_s);
        }),
            qPrintable(delta.report()));
        // Local work goes on: the node still answers.
        wbtest::Client client;
        QVERIFY(client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/x").arg(port))));
        QCOMPARE(client.ask(u"1"_s), std::optional<QString>(u"buzz buzz buzz"_s));
        // What the workbench knew stays, and its watch still sees the node alive.
        QVERIFY(bench.node(u"delta"_s));
        QCOMPARE(bench.health(u"delta"_s), PeerHealth::Alive);
        // A one-shot mesh view says the registry cannot be reached.
        Process mesh;
        mesh.startNode({ u"mesh"_s, u"--registry"_s, m_etcd.url() });
        QVERIFY(mesh.waitForExit());
        QCOMPARE(mesh.process.exitCode(), 6);
        QVERIFY2(mesh.err.startsWith(u"wirebench-node: registry "_s + m_etcd.url()),
            qPrintable(mesh.report()));

        QVERIFY2(m_etcd.start(), qPrintable(m_etcd.log));
        // The node is registered again and a fresh view finds it.
        Workbench later(m_etcd.url());
        QTRY_VERIFY_WITH_TIMEOUT(later.node(u"delta"_s), 35000);
        QTRY_VERIFY_WITH_TIMEOUT(bench.discovery.lastError().isEmpty(), 35000);
        QVERIFY(bench.node(u"delta"_s));
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
