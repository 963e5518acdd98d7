// The worker on real sockets: one message at a time (later ones wait in arrival order), its
// service time in run time, then the message on to its targets, then "done (N ms)" or the
// failure; a random service time repeats with its seed (its own, or the run's).

#include "queuetestkit.h"

#include <QRegularExpression>
#include <QTest>
#include <numeric>

using namespace Qt::Literals::StringLiterals;
using wb::NodeId;
using wb::NodeKind;

namespace {

QUrl urlOf(const wbtest::QueueBench &bench, NodeId id, const QString &path)
{
    return QUrl(u"ws://127.0.0.1:%1%2"_s.arg(bench.runtime->listeningPort(id)).arg(path));
}

// The service times of `jobs` messages, from the acks of a worker with service "random".
QList<int> randomServiceTimes(std::optional<quint32> seed, std::optional<quint64> runSeed, int jobs,
    int meanMs, QString *problem)
{
    wbtest::QueueBench bench;
    QVariantMap params { { u"serviceMs"_s, meanMs }, { u"service"_s, u"random"_s } };
    if (seed)
        params.insert(u"seed"_s, *seed);
    const NodeId worker = bench.add(u"worker"_s, NodeKind::Worker, params);
    bench.runtime->setSeed(runSeed);
    bench.runtime->startAll();
    wbtest::Client client;
    if (!client.open(urlOf(bench, worker, u"/jobs"_s))) {
        *problem = u"cannot connect"_s;
        return {};
    }
    static const QRegularExpression done(u"^done \\((\\d+) ms\\)$"_s);
    QList<int> times;
    for (int i = 0; i < jobs; ++i) {
        const auto ack = client.ask(QString::number(i));
        const auto match = done.match(ack.value_or(QString()));
        if (!match.hasMatch()) {
            *problem = u"ack %1"_s.arg(ack.value_or(u"(none)"_s));
            return {};
        }
        times << match.captured(1).toInt();
    }
    return times;
}

} // namespace

class TestWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesThenAcks()
    {
        wbtest::QueueBench bench;
        const NodeId worker = bench.add(u"worker"_s, NodeKind::Worker, { { u"serviceMs"_s, 50 } });
        bench.runtime->startAll();
        QTRY_VERIFY(bench.runtime->listeningPort(worker) != 0);
        wbtest::Client client;
        QVERIFY(client.open(urlOf(bench, worker, u"/jobs"_s)));
        QCOMPARE(client.ask(u"job"_s), std::optional<QString>(u"done (50 ms)"_s));
        QCOMPARE(bench.logs.value(worker).filter(u": job"_s),
            QStringList({ u"working on: job"_s, u"done: job (50 ms)"_s }));
        const QList<QVariantMap> states = bench.states.value(worker);
        QVERIFY(std::any_of(states.cbegin(), states.cend(), [](const QVariantMap &s) {
            return s.value(u"busy"_s).toBool() && s.value(u"current"_s) == u"job"_s
                && s.value(u"serviceMs"_s).toInt() == 50;
        }));
        QCOMPARE(states.last().value(u"busy"_s).toBool(), false);
        QCOMPARE(states.last().value(u"done"_s).toInt(), 1);
        QCOMPARE(bench.count(worker, u"received"_s), 1);
        QCOMPARE(bench.count(worker, u"done"_s), 1);
        QCOMPARE(bench.count(worker, u"failed"_s), 0);
        QVERIFY(!bench.runtime->isBusy());
    }

    void passesOnBeforeItAcks()
    {
        wbtest::QueueBench bench;
        const NodeId worker = bench.add(u"worker"_s, NodeKind::Worker, { { u"serviceMs"_s, 0 } });
        const NodeId console = bench.add(u"console"_s, NodeKind::Console);
        bench.wire(worker, console);
        bench.runtime->startAll();
        QTRY_VERIFY(bench.runtime->listeningPort(console) != 0);
        wbtest::Client client;
        QVERIFY(client.open(urlOf(bench, worker, u"/chat"_s)));
        QCOMPARE(client.ask(u"x"_s), std::optional<QString>(u"done (0 ms)"_s));
        // The console had it (on the channel it came in on) before the worker answered.
        QCOMPARE(bench.printed(console), QStringList { u"x"_s });
        const QVariantMap printed = bench.states.value(console).last();
        QCOMPARE(printed.value(u"from"_s).toString(), u"worker"_s);
        QCOMPARE(printed.value(u"channel"_s).toString(), u"/chat"_s);
    }

    void saysWhenSendingOnFails()
    {
        wbtest::QueueBench bench;
        const NodeId worker = bench.add(u"worker"_s, NodeKind::Worker, { { u"serviceMs"_s, 0 } });
        const NodeId console = bench.add(u"console"_s, NodeKind::Console);
        bench.wire(worker, console);
        bench.runtime->start(worker); // the console never starts
        QTRY_VERIFY(bench.runtime->listeningPort(worker) != 0);
        wbtest::Client client;
        QVERIFY(client.open(urlOf(bench, worker, u"/"_s)));
        QCOMPARE(client.ask(u"x"_s),
            std::optional<QString>(u"error: console has no address to send to"_s));
        QCOMPARE(bench.count(worker, u"failed"_s), 1);
        QCOMPARE(bench.count(worker, u"done"_s), 0);
    }

    void laterMessagesWaitInArrivalOrder()
    {
        wbtest::QueueBench bench;
        const NodeId worker = bench.add(u"worker"_s, NodeKind::Worker, { { u"serviceMs"_s, 100 } });
        bench.runtime->startAll();
        QTRY_VERIFY(bench.runtime->listeningPort(worker) != 0);
        QList<wbtest::Client *> clients;
        for (int i = 0; i < 3; ++i) {
            clients << new wbtest::Client(this);
            QVERIFY(clients.last()->open(urlOf(bench, worker, u"/"_s)));
        }
        clients.at(0)->socket.sendTextMessage(u"first"_s);
        QTRY_COMPARE(bench.count(worker, u"received"_s), 1);
        clients.at(1)->socket.sendTextMessage(u"second"_s);
        QTRY_COMPARE(bench.count(worker, u"received"_s), 2);
        clients.at(2)->socket.sendTextMessage(u"third"_s);
        QTRY_COMPARE(bench.count(worker, u"received"_s), 3);
        QVERIFY(bench.runtime->isBusy());
        for (wbtest::Client *client : std::as_const(clients))
            QTRY_COMPARE(client->received, QStringList { u"done (100 ms)"_s });
        QCOMPARE(bench.logs.value(worker).filter(u"working on: "_s),
            QStringList(
                { u"working on: first"_s, u"working on: second"_s, u"working on: third"_s }));
        int mostWaiting = 0;
        for (const QVariantMap &state : bench.states.value(worker))
            mostWaiting = std::max(mostWaiting, state.value(u"waiting"_s).toInt());
        QCOMPARE(mostWaiting, 2);
        QTRY_VERIFY(!bench.runtime->isBusy());
        qDeleteAll(clients);
    }

    void randomServiceRepeatsWithItsSeed_data()
    {
        QTest::addColumn<std::optional<quint32>>("seed");
        QTest::addColumn<std::optional<quint64>>("runSeed");
        QTest::addColumn<std::optional<quint32>>("otherSeed");
        QTest::addColumn<std::optional<quint64>>("otherRunSeed");
        QTest::newRow("its own seed, whatever the run's")
            << std::optional<quint32>(7) << std::optional<quint64>(1) << std::optional<quint32>(8)
            << std::optional<quint64>(1);
        QTest::newRow("the run's seed") << std::optional<quint32>() << std::optional<quint64>(99)
                                        << std::optional<quint32>() << std::optional<quint64>(100);
    }

    void randomServiceRepeatsWithItsSeed()
    {
        QFETCH(std::optional<quint32>, seed);
        QFETCH(std::optional<quint64>, runSeed);
        QFETCH(std::optional<quint32>, otherSeed);
        QFETCH(std::optional<quint64>, otherRunSeed);
        constexpr int kJobs = 60;
        constexpr int kMeanMs = 10;
        QString problem;
        const QList<int> first = randomServiceTimes(seed, runSeed, kJobs, kMeanMs, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Its own seed wins over another run seed; the run's seed is the same again.
        const QList<int> again = randomServiceTimes(
            seed, seed ? std::optional<quint64>(12345) : runSeed, kJobs, kMeanMs, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(again, first);
        const QList<int> other
            = randomServiceTimes(otherSeed, otherRunSeed, kJobs, kMeanMs, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(other != first);
        // Exponential around its mean: spread out, and averaging near it (60 draws: the
        // mean's standard deviation is 1.3 ms).
        const double mean = std::accumulate(first.cbegin(), first.cend(), 0.0) / kJobs;
        QVERIFY2(mean > kMeanMs * 0.5 && mean < kMeanMs * 1.5, qPrintable(QString::number(mean)));
        QVERIFY(*std::min_element(first.cbegin(), first.cend()) < kMeanMs / 2);
        QVERIFY(*std::max_element(first.cbegin(), first.cend()) > kMeanMs * 2);
    }
};

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
