// Bad parameters of the queue seed's components are clear errors that say what and where: in
// a circuit file (the JSON path of the value), and through kinds::validateParam as the
// inspector and the command line use it. Good ones load with their defaults filled in.

#include "document/circuitformat.h"
#include "document/nodespec.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::NodeKind;

namespace {

QByteArray withNodes(const QByteArray &nodes)
{
    return R"({"format": "wirebench-circuit", "version": 1, "nodes": [)" + nodes + "]}";
}

} // namespace

class TestQueueParams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badParametersInAFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const auto queue = [](const char *params) {
            return withNodes(R"({"name": "c", "kind": "console", "port": 1},
                {"name": "q", "kind": "queue", "port": 2, "targets": ["c"], "params": )"
                + QByteArray(params) + "}");
        };
        QTest::newRow("capacity 0") << queue(R"({"capacity": 0})")
                                    << u"nodes[1].params.capacity: must be between 1 and 100000"_s;
        QTest::newRow("capacity 10^9")
            << queue(R"({"capacity": 1000000000})")
            << u"nodes[1].params.capacity: must be between 1 and 100000"_s;
        QTest::newRow("capacity 2.5") << queue(R"({"capacity": 2.5})")
                                      << u"nodes[1].params.capacity: must be a whole number"_s;
        QTest::newRow("capacity as text") << queue(R"({"capacity": "five"})")
                                          << u"nodes[1].params.capacity: must be a whole number"_s;
        QTest::newRow("unknown policy")
            << queue(R"({"whenFull": "drop-random"})")
            << u"nodes[1].params.whenFull: must be one of block, drop-newest, drop-oldest"_s;
        QTest::newRow("policy as a number")
            << queue(R"({"whenFull": 1})")
            << u"nodes[1].params.whenFull: must be one of block, drop-newest, drop-oldest"_s;
        QTest::newRow("seed on a queue") << queue(
            R"({"seed": 1})") << u"nodes[1].params.seed: only an iopin or a worker takes a seed"_s;
        QTest::newRow("service time below 0")
            << withNodes(
                   R"({"name": "w", "kind": "worker", "port": 1, "params": {"serviceMs": -1}})")
            << u"nodes[0].params.serviceMs: must be between 0 and 3600000"_s;
        QTest::newRow("unknown service")
            << withNodes(
                   R"({"name": "w", "kind": "worker", "port": 1, "params": {"service": "poisson"}})")
            << u"nodes[0].params.service: must be one of fixed, random"_s;
        QTest::newRow("worker seed too big")
            << withNodes(
                   R"({"name": "w", "kind": "worker", "port": 1, "params": {"seed": 4294967296}})")
            << u"nodes[0].params.seed: must be between 0 and 4294967295"_s;
        QTest::newRow("console history 0")
            << withNodes(R"({"name": "c", "kind": "console", "port": 1, "params": {"history": 0}})")
            << u"nodes[0].params.history: must be between 1 and 100000"_s;
        QTest::newRow("keyboard parameter")
            << withNodes(R"({"name": "k", "kind": "keyboard", "params": {"capacity": 5}})")
            << u"nodes[0].params.capacity: is not a parameter of a keyboard"_s;
        QTest::newRow("clock start below 0")
            << withNodes(R"({"name": "s", "kind": "clock", "params": {"start": -1}})")
            << u"nodes[0].params.start: must be between 0 and 86400"_s;
        QTest::newRow("clock message as a number")
            << withNodes(R"({"name": "s", "kind": "clock", "params": {"message": 5}})")
            << u"nodes[0].params.message: must be a text"_s;
        QTest::newRow("clock message too long") << withNodes(
            R"({"name": "s", "kind": "clock", "params": {"message": ")" + QByteArray(1025, 'x')
            + R"("}})") << u"nodes[0].params.message: must be at most 1024 characters"_s;
    }

    void badParametersInAFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto result = wb::circuitformat::parse(json);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, error);
    }

    void goodParametersLoad()
    {
        const auto result = wb::circuitformat::parse(withNodes(R"(
            {"name": "keys", "kind": "keyboard", "targets": ["queue"]},
            {"name": "queue", "kind": "queue", "port": 1, "targets": ["worker"],
             "params": {"capacity": 100000, "whenFull": "drop-oldest"}},
            {"name": "worker", "kind": "worker", "port": 2, "targets": ["console"],
             "params": {"service": "random", "seed": 4294967295}},
            {"name": "console", "kind": "console", "port": 3},
            {"name": "slow", "kind": "clock", "targets": ["queue"],
             "params": {"tacks": 1, "start": 10, "message": "something slow is done"}})"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const auto &nodes = result.document.nodes;
        QCOMPARE(nodes.at(1).params.value(u"capacity"_s).toLongLong(), 100000);
        QCOMPARE(nodes.at(1).params.value(u"whenFull"_s).toString(), u"drop-oldest"_s);
        QCOMPARE(nodes.at(2).params.value(u"serviceMs"_s).toLongLong(), 1000); // the default
        QCOMPARE(nodes.at(2).params.value(u"seed"_s).toLongLong(), 4294967295LL);
        QCOMPARE(nodes.at(3).params.value(u"history"_s).toLongLong(), 1000);
        QCOMPARE(nodes.at(4).params.value(u"start"_s).toDouble(), 10.0);
        QCOMPARE(nodes.at(4).params.value(u"message"_s).toString(), u"something slow is done"_s);
    }

    void validateParamNormalises()
    {
        QVariant capacity(u"12"_s);
        QCOMPARE(wb::kinds::validateParam(NodeKind::Queue, u"capacity"_s, capacity), QString());
        QCOMPARE(capacity, QVariant(qint64(12)));
        QVariant zero(0);
        QCOMPARE(wb::kinds::validateParam(NodeKind::Queue, u"capacity"_s, zero),
            u"must be between 1 and 100000"_s);
        QVariant policy(u"block"_s);
        QCOMPARE(wb::kinds::validateParam(NodeKind::Queue, u"whenFull"_s, policy), QString());
        QVariant unknown(u"drop-all"_s);
        QCOMPARE(wb::kinds::validateParam(NodeKind::Queue, u"whenFull"_s, unknown),
            u"must be one of block, drop-newest, drop-oldest"_s);
    }
};

QTEST_GUILESS_MAIN(TestQueueParams)
#include "tst_queueparams.moc"
