// The circuit file: round trips, the built-in seed circuit, and every rejection with its
// exact "where: what".
#include "circuittestkit.h"
#include "document/circuitformat.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace cf = wb::circuitformat;
using wb::NodeKind;
using wb::NodeSpec;
using wb::ScheduledFault;
using wb::Wire;
using wb::WireFaults;
using wbtest::nodeSpec;

namespace {

// A file with the given nodes list (JSON text of the array's content).
QByteArray withNodes(const char *nodes)
{
    return QByteArray(R"({"format": "wirebench-circuit", "version": 1, "nodes": [)") + nodes
        + QByteArray("]}");
}

// A root object with the format and version, then `rest`.
QByteArray withRoot(const QByteArray &rest)
{
    return "{\"format\": \"wirebench-circuit\", \"version\": 1, " + rest + '}';
}

// A version 2 file: the nodes list's content, then more root fields (JSON text, may be empty).
QByteArray v2(const char *nodes, const QByteArray &rest = {})
{
    return QByteArray(R"({"format": "wirebench-circuit", "version": 2, "nodes": [)") + nodes
        + QByteArray("]") + (rest.isEmpty() ? QByteArray() : ", " + rest) + '}';
}

// clock c, iopin p (port 1), buzzer b (port 2), led l (port 3), external x (port 4).
const char *const kFour = R"({"name": "c", "kind": "clock"},
    {"name": "p", "kind": "iopin", "port": 1}, {"name": "b", "kind": "buzzer", "port": 2},
    {"name": "l", "kind": "led", "port": 3}, {"name": "x", "kind": "external", "port": 4})";

// The seed circuit as version 1 wrote it (the file shipped before version 2).
const char *const kSeedV1 = R"({
    "format": "wirebench-circuit",
    "version": 1,
    "title": "Seed circuit: clock, iopin, buzzer",
    "nodes": [
        { "name": "clock", "kind": "clock", "params": { "tacks": 5, "delay": 1 },
          "targets": [ "iopin" ], "position": { "x": 0, "y": 0 } },
        { "name": "iopin", "kind": "iopin", "host": "127.0.0.1", "port": 8765,
          "params": { "chance": 0.6, "sequence": 3 }, "targets": [ "buzzer" ],
          "position": { "x": 240, "y": 0 } },
        { "name": "buzzer", "kind": "buzzer", "host": "127.0.0.1", "port": 8766,
          "params": { "sound": "buzz buzz buzz" }, "position": { "x": 480, "y": 0 } }
    ]
})";

// "from>to#id" per wire, in document order.
QString wireList(const cf::Document &document)
{
    QStringList list;
    for (const Wire &w : document.wires) {
        list << QStringLiteral("%1>%2#%3")
                    .arg(document.nodes.at(w.from - 1).name, document.nodes.at(w.to - 1).name)
                    .arg(w.id);
    }
    return list.join(u' ');
}

QByteArray opening(int depth)
{
    return QByteArray(depth, '[');
}

QByteArray closing(int depth)
{
    return QByteArray(depth, ']');
}

} // namespace

Q_DECLARE_METATYPE(wb::circuitformat::Document)

class TestCircuitFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<cf::Document>("document");

        cf::Document seed;
        seed.title = QStringLiteral("Seed circuit");
        NodeSpec clock = nodeSpec(QStringLiteral("clock"), NodeKind::Clock, 0, 1);
        clock.position = QPointF(0, 0);
        NodeSpec pin = nodeSpec(QStringLiteral("iopin"), NodeKind::IoPin, 8765, 2);
        pin.position = QPointF(240.5, -12.25);
        seed.nodes = { clock, pin, nodeSpec(QStringLiteral("buzzer"), NodeKind::Buzzer, 8766, 3) };
        seed.wires = { { 1, 1, 2, {}, {} }, { 2, 2, 3, {}, {} } };
        QTest::newRow("seed") << seed;

        QTest::newRow("empty") << cf::Document();

        cf::Document rich;
        rich.title = QStringLiteral("Ünïcode ✓ \"quoted\"");
        NodeSpec fast = nodeSpec(QStringLiteral("fast-clock"), NodeKind::Clock, 0, 1);
        fast.params
            = { { QStringLiteral("tacks"), qint64(-1) }, { QStringLiteral("delay"), 0.05 } };
        NodeSpec seeded = nodeSpec(QStringLiteral("pin.2"), NodeKind::IoPin, 1, 2);
        seeded.host = QStringLiteral("0.0.0.0");
        seeded.params.insert(QStringLiteral("seed"), qint64(4294967295LL));
        seeded.params.insert(QStringLiteral("chance"), 0.0);
        seeded.params.insert(QStringLiteral("sequence"), qint64(10000));
        NodeSpec loud = nodeSpec(QStringLiteral("loud_buzzer"), NodeKind::Buzzer, 65535, 3);
        loud.host = QStringLiteral("::1");
        loud.params.insert(QStringLiteral("sound"), QStringLiteral("bzzz ♪ \n\t end"));
        NodeSpec far = nodeSpec(QStringLiteral("remote"), NodeKind::External, 9000, 4);
        far.host = QStringLiteral("192.168.1.20");
        NodeSpec led = nodeSpec(QString(64, u'L'), NodeKind::Led, 8767, 5);
        led.position = QPointF(-1e7, 1e7);
        rich.nodes = { fast, seeded, loud, far, led };
        // Order matters: it is the sending order. Ids need not follow it.
        rich.wires = { { 7, 1, 3, {}, {} }, { 2, 1, 2, {}, {} }, { 3, 1, 4, {}, {} },
            { 1, 2, 4, {}, {} }, { 5, 2, 5, QStringLiteral("/bits"), {} } };
        QTest::newRow("every kind and parameter") << rich;

        // Every fault rule field away from its default, and the run's settings.
        cf::Document faulty = seed;
        WireFaults rules;
        rules.message = { 0.3, 0.05, 50, 10, wb::DirectionFaults::Jitter::Normal };
        rules.ack = { 1, 0, 3'600'000, 0.5, wb::DirectionFaults::Jitter::Uniform };
        rules.cut = true;
        rules.ackTimeoutMs = 86'400'000;
        rules.retries = 100;
        faulty.wires[0].faults = rules;
        faulty.wires[1].faults.message.drop = 1e-9;
        faulty.wires[1].channel = QStringLiteral("/iopin");
        faulty.seed = cf::kMaxSeed;
        faulty.schedule = { { 5000, 2, ScheduledFault::Action::Hang, 3000 },
            { 0, 3, ScheduledFault::Action::Restart, 0 },
            { wb::faults::kMaxScheduleMs, 2, ScheduledFault::Action::Crash, 0 } };
        QTest::newRow("faults, seed and schedule") << faulty;
        cf::Document zero = seed;
        zero.seed = 0;
        QTest::newRow("seed 0") << zero;
    }
    void roundTrip()
    {
        QFETCH(cf::Document, document);
        const QByteArray json = cf::serialize(document);
        const cf::Result parsed = cf::parse(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.document.title, document.title);
        QCOMPARE(parsed.document.nodes.size(), document.nodes.size());
        for (qsizetype i = 0; i < document.nodes.size(); ++i) {
            const NodeSpec &a = parsed.document.nodes.at(i);
            const NodeSpec &b = document.nodes.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.kind, b.kind);
            QCOMPARE(a.host, b.host);
            QCOMPARE(a.port, b.port);
            QCOMPARE(a.params, b.params);
            QCOMPARE(a.position, b.position);
            QVERIFY(a == b);
        }
        QCOMPARE(wireList(parsed.document), wireList(document));
        QCOMPARE(parsed.document.wires, document.wires);
        QCOMPARE(parsed.document.seed, document.seed);
        QCOMPARE(parsed.document.schedule, document.schedule);
        QVERIFY(parsed.document == document);
        QVERIFY(json.contains("\"version\": 2"));
        // Saving what was read writes the same bytes.
        QCOMPARE(cf::serialize(parsed.document), json);
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const cf::Result seed = cf::load(cf::seedCircuitPath());
        QVERIFY2(seed.ok(), qPrintable(seed.error));
        const QString path = dir.filePath(QStringLiteral("copy.wbc.json"));
        QCOMPARE(cf::save(path, seed.document), QString());
        const cf::Result copy = cf::load(path);
        QVERIFY2(copy.ok(), qPrintable(copy.error));
        QCOMPARE(copy.document.title, seed.document.title);
        QCOMPARE(copy.document.nodes, seed.document.nodes);

        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        const cf::Result unreadable = cf::load(missing);
        QVERIFY(!unreadable.ok());
        QVERIFY2(unreadable.error.startsWith(missing + QStringLiteral(": cannot read: ")),
            qPrintable(unreadable.error));

        const QString nowhere = dir.filePath(QStringLiteral("no/such/dir/x.json"));
        const QString error = cf::save(nowhere, seed.document);
        QVERIFY2(error.startsWith(nowhere + QStringLiteral(": cannot write: ")), qPrintable(error));
        QVERIFY(!QFile::exists(nowhere));

        // A broken file: the error starts with its name, then where and what.
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(withNodes(R"({"name": "pin", "kind": "iopin"})"));
        file.close();
        QCOMPARE(cf::load(broken).error,
            broken + QStringLiteral(": nodes[0].port: this iopin needs a port from 1 to 65535"));
    }

    // Named by mistake, a device would never end and a pipe would not even open: each is
    // refused with its name and why, at once.
    void irregularFilesAreRefused_data()
    {
        QTest::addColumn<QString>("name"); // in a temporary folder; absolute: as it is
        QTest::addColumn<QString>("why");
        QTest::newRow("a pipe") << QStringLiteral("pipe.json")
                                << QStringLiteral("not a regular file");
        QTest::newRow("a device") << QStringLiteral("/dev/zero")
                                  << QStringLiteral("not a regular file");
        QTest::newRow("a folder") << QString() << QStringLiteral("a folder, not a file");
    }
    void irregularFilesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, why);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = name.startsWith(u'/') ? name : dir.filePath(name);
        if (name.endsWith(QLatin1String(".json")))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QCOMPARE(cf::load(path).error, path + QStringLiteral(": cannot read: ") + why);
    }

    void seedResource()
    {
        const cf::Result seed = cf::load(cf::seedCircuitPath());
        QVERIFY2(seed.ok(), qPrintable(seed.error));
        const auto &nodes = seed.document.nodes;
        QCOMPARE(nodes.size(), 3);
        QCOMPARE(nodes[0].name, QStringLiteral("clock"));
        QCOMPARE(nodes[0].kind, NodeKind::Clock);
        QCOMPARE(nodes[0].port, quint16(0));
        QCOMPARE(nodes[0].params.value(QStringLiteral("tacks")).toLongLong(), 5);
        QCOMPARE(nodes[0].params.value(QStringLiteral("delay")).toDouble(), 1.0);
        QCOMPARE(nodes[1].name, QStringLiteral("iopin"));
        QCOMPARE(nodes[1].kind, NodeKind::IoPin);
        QCOMPARE(nodes[1].host, QStringLiteral("127.0.0.1"));
        QCOMPARE(nodes[1].port, quint16(8765));
        QCOMPARE(nodes[1].params.value(QStringLiteral("chance")).toDouble(), 0.6);
        QCOMPARE(nodes[1].params.value(QStringLiteral("sequence")).toLongLong(), 3);
        QVERIFY(!nodes[1].params.contains(QStringLiteral("seed")));
        QCOMPARE(nodes[2].name, QStringLiteral("buzzer"));
        QCOMPARE(nodes[2].kind, NodeKind::Buzzer);
        QCOMPARE(nodes[2].port, quint16(8766));
        QCOMPARE(nodes[2].params.value(QStringLiteral("sound")).toString(),
            QStringLiteral("buzz buzz buzz"));
        QCOMPARE(wireList(seed.document), QStringLiteral("clock>iopin#1 iopin>buzzer#2"));
        QVERIFY(seed.document.wires.at(0).faults.isNone());
        QVERIFY(!seed.document.seed);
        QVERIFY(seed.document.schedule.isEmpty());
    }

    void versionOneIsMigrated_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("wires");
        QTest::newRow("the seed as shipped in version 1")
            << QByteArray(kSeedV1) << "clock>iopin#1 iopin>buzzer#2";
        // Node order, then each node's target order: the order each sender streams in.
        QTest::newRow("targets order kept") << withNodes(R"(
            {"name": "b", "kind": "buzzer", "port": 1},
            {"name": "p", "kind": "iopin", "port": 2, "targets": ["l", "b"]},
            {"name": "c", "kind": "clock", "targets": ["p", "l"]},
            {"name": "l", "kind": "led", "port": 3})")
                                            << "p>l#1 p>b#2 c>p#3 c>l#4";
        QTest::newRow("no targets")
            << withNodes(R"({"name": "b", "kind": "buzzer", "port": 1})") << "";
    }
    void versionOneIsMigrated()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, wires);
        const cf::Result v1 = cf::parse(json);
        QVERIFY2(v1.ok(), qPrintable(v1.error));
        QCOMPARE(wireList(v1.document), wires);
        // Saving writes version 2, with no targets; reading that back is the same document.
        const QByteArray saved = cf::serialize(v1.document);
        QVERIFY(saved.contains("\"version\": 2"));
        QVERIFY(!saved.contains("targets"));
        const cf::Result v2 = cf::parse(saved);
        QVERIFY2(v2.ok(), qPrintable(v2.error));
        QVERIFY(v2.document == v1.document);
        QCOMPARE(cf::serialize(v2.document), saved);
    }

    void theShippedSeedIsTheVersionOneSeed()
    {
        // resources/circuits/seed.json went to version 2: the same circuit as before.
        const cf::Result shipped = cf::load(cf::seedCircuitPath());
        const cf::Result v1 = cf::parse(kSeedV1);
        QVERIFY2(shipped.ok() && v1.ok(), qPrintable(shipped.error + v1.error));
        QVERIFY(shipped.document == v1.document);
    }

    void wireIdsAreKeptAcrossSaveAndOpen()
    {
        // Given ids are kept; missing ones are fresh, above every given id, in file order.
        const cf::Result r = cf::parse(v2(kFour, R"("wires": [
            {"from": "c", "to": "p"}, {"id": 9, "from": "p", "to": "b"},
            {"from": "p", "to": "l"}, {"id": 4, "from": "c", "to": "l"}])"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(wireList(r.document), QStringLiteral("c>p#10 p>b#9 p>l#11 c>l#4"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ids.wbc.json"));
        QCOMPARE(cf::save(path, r.document), QString());
        const cf::Result again = cf::load(path);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(wireList(again.document), wireList(r.document));
    }

    void onlyRulesThatDifferAreWritten()
    {
        const cf::Result r = cf::parse(v2(kFour, R"("wires": [{"id": 1, "from": "c", "to": "p",
            "faults": {"message": {"drop": 0.3, "duplicate": 0, "jitter": "uniform"},
                       "ack": {}, "cut": false, "retries": 0}}], "seed": 7)"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.wires.at(0).faults.message.drop, 0.3);
        QCOMPARE(r.document.seed, std::optional<quint64>(7));
        const QByteArray saved = cf::serialize(r.document);
        QVERIFY2(saved.contains("\"faults\": {\n                \"message\": {\n"
                                "                    \"drop\": 0.3\n                }\n"),
            saved.constData());
        for (const char *absent :
            { "duplicate", "jitter", "\"ack\"", "cut", "retries", "schedule" })
            QVERIFY2(!saved.contains(absent), absent);
    }

    void defaultsAndAliases()
    {
        const cf::Result r = cf::parse(withNodes(R"(
            {"name": "clock", "kind": "clock", "targets": ["blink"], "port": null},
            {"name": "blink", "kind": "blink", "port": 8765}
        )"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.nodes[1].kind, NodeKind::Led); // the seed grid's name for an LED
        QCOMPARE(r.document.nodes[1].host, QStringLiteral("127.0.0.1"));
        QCOMPARE(r.document.nodes[0].params, wb::kinds::defaultParams(NodeKind::Clock));
        QVERIFY(!r.document.nodes[0].position.has_value());
        // Unknown root fields are ignored (a later minor version may add some).
        QVERIFY(cf::parse(R"({"format": "wirebench-circuit", "version": 1, "nodes": [],
                             "future": {"x": 1}})")
                    .ok());
    }

    void limitsLeaveRoomForRealCircuits()
    {
        // Brackets in texts are not nesting; an escaped quote does not end the text.
        const QByteArray texts = withRoot("\"nodes\": [], \"title\": \"a\\\"" + opening(40) + '"');
        QVERIFY2(cf::parse(texts).ok(), texts.constData());
        // Exactly the nesting limit, in a field a later version may add.
        QVERIFY(cf::parse(withRoot("\"nodes\": [], \"x\": " + opening(cf::kMaxNesting - 1)
                              + closing(cf::kMaxNesting - 1)))
                    .ok());
        // Exactly the node limit, every clock sending to the one LED.
        QByteArray nodes = "{\"name\": \"led\", \"kind\": \"led\", \"port\": 1}";
        for (int i = 1; i < cf::kMaxNodes; ++i) {
            nodes += ",{\"name\": \"c" + QByteArray::number(i)
                + "\", \"kind\": \"clock\", \"targets\": [\"led\"]}";
        }
        const cf::Result r = cf::parse(withNodes(nodes.constData()));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.nodes.size(), cf::kMaxNodes);
    }

    void aLargeFileIsRefusedBeforeItIsRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(cf::kMaxFileBytes + 1)); // sparse: nothing written
        file.close();
        QCOMPARE(cf::load(path).error, path + QStringLiteral(": larger than 16 MiB"));
        // One byte less is read, and then it is just a broken file.
        QVERIFY(file.resize(cf::kMaxFileBytes));
        QCOMPARE(cf::load(path).error, path + QStringLiteral(": line 1, column 2: illegal value"));
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");

        // Qt's parser reports the position just after what it could not read.
        QTest::newRow("empty file") << QByteArray() << "line 1, column 1: illegal value";
        QTest::newRow("garbage after the document")
            << QByteArray("{\n  \"version\": 1\n}\n\n  x")
            << "line 5, column 3: garbage at the end of the document";
        QTest::newRow("missing colon")
            << QByteArray("{\n\"format\" 1}") << "line 2, column 11: missing name separator";
        QTest::newRow("columns count characters")
            << QByteArray("{\"title\": \"\xc3\xa9\xc3\xa9\xc3\xa9\" x}")
            << "line 1, column 18: unterminated object"; // 21 if bytes were counted
        QTest::newRow("root is a list") << QByteArray("[]") << "root: must be an object";
        QTest::newRow("root is a number") << QByteArray("42") << "line 1, column 2: illegal value";
        QTest::newRow("no format") << QByteArray(R"({"version": 1, "nodes": []})")
                                   << R"(format: expected "wirebench-circuit")";
        QTest::newRow("wrong format")
            << QByteArray(R"({"format": "circuit", "version": 1, "nodes": []})")
            << R"(format: expected "wirebench-circuit")";
        QTest::newRow("no version") << QByteArray(R"({"format": "wirebench-circuit", "nodes": []})")
                                    << "version: missing or not a whole number";
        QTest::newRow("version as text")
            << QByteArray(R"({"format": "wirebench-circuit", "version": "1", "nodes": []})")
            << "version: missing or not a whole number";
        QTest::newRow("fractional version")
            << QByteArray(R"({"format": "wirebench-circuit", "version": 1.5, "nodes": []})")
            << "version: missing or not a whole number";
        QTest::newRow("future version")
            << QByteArray(R"({"format": "wirebench-circuit", "version": 3, "nodes": []})")
            << "version: version 3 is not supported (this Wirebench reads up to 2)";
        QTest::newRow("huge version")
            << QByteArray(R"({"format": "wirebench-circuit", "version": 1e12, "nodes": []})")
            << "version: version 1e+12 is not supported (this Wirebench reads up to 2)";
        QTest::newRow("version 0")
            << QByteArray(R"({"format": "wirebench-circuit", "version": 0, "nodes": []})")
            << "version: version 0 is not supported (this Wirebench reads up to 2)";
        QTest::newRow("title not text") << QByteArray(
            R"({"format": "wirebench-circuit", "version": 1, "title": 3, "nodes": []})")
                                        << "title: must be a text";
        QTest::newRow("no nodes") << QByteArray(R"({"format": "wirebench-circuit", "version": 1})")
                                  << "nodes: missing or not a list";
        QTest::newRow("node not an object")
            << withNodes("1") << "nodes[0]: a node must be an object";
        QTest::newRow("unknown node field")
            << withNodes(R"({"name": "b", "kind": "buzzer", "port": 1, "colour": "red"})")
            << "nodes[0].colour: unknown field";
        QTest::newRow("no name") << withNodes(R"({"kind": "buzzer", "port": 1})")
                                 << "nodes[0].name: missing or not a text";
        QTest::newRow("name not text") << withNodes(R"({"name": 5, "kind": "buzzer", "port": 1})")
                                       << "nodes[0].name: missing or not a text";
        QTest::newRow("empty name")
            << withNodes(R"({"name": "", "kind": "buzzer", "port": 1})")
            << R"(nodes[0].name: "" is not a name: use 1 to 64 of A-Z a-z 0-9 _ . -)";
        QTest::newRow("name with a space")
            << withNodes(R"({"name": "my pin", "kind": "buzzer", "port": 1})")
            << R"(nodes[0].name: "my pin" is not a name: use 1 to 64 of A-Z a-z 0-9 _ . -)";
        QTest::newRow("no kind") << withNodes(R"({"name": "b", "port": 1})")
                                 << "nodes[0].kind: missing or not a text";
        QTest::newRow("unknown kind")
            << withNodes(
                   R"({"name": "a", "kind": "led", "port": 1}, {"name": "b", "kind": "toaster"})")
            << R"(nodes[1].kind: unknown kind "toaster" (expected one of clock, iopin, buzzer, led, proxy, ring, keyboard, queue, worker, console, script, external))";
        QTest::newRow("empty host")
            << withNodes(R"({"name": "b", "kind": "buzzer", "host": "", "port": 1})")
            << "nodes[0].host: must be a host name";
        QTest::newRow("host not text")
            << withNodes(R"({"name": "b", "kind": "buzzer", "host": 1, "port": 1})")
            << "nodes[0].host: must be a host name";
        QTest::newRow("missing port") << withNodes(R"({"name": "b", "kind": "buzzer"})")
                                      << "nodes[0].port: this buzzer needs a port from 1 to 65535";
        QTest::newRow("port 0") << withNodes(R"({"name": "b", "kind": "led", "port": 0})")
                                << "nodes[0].port: this led needs a port from 1 to 65535";
        QTest::newRow("port too high")
            << withNodes(R"({"name": "e", "kind": "external", "port": 65536})")
            << "nodes[0].port: this external needs a port from 1 to 65535";
        QTest::newRow("fractional port")
            << withNodes(R"({"name": "p", "kind": "iopin", "port": 80.5})")
            << "nodes[0].port: this iopin needs a port from 1 to 65535";
        QTest::newRow("port as text")
            << withNodes(R"({"name": "p", "kind": "iopin", "port": "80"})")
            << "nodes[0].port: this iopin needs a port from 1 to 65535";
        QTest::newRow("clock with a port")
            << withNodes(R"({"name": "c", "kind": "clock", "port": 80})")
            << "nodes[0].port: a clock has no server, so no port";
        QTest::newRow("keyboard with a port")
            << withNodes(R"({"name": "k", "kind": "keyboard", "port": 80})")
            << "nodes[0].port: a keyboard has no server, so no port";
        QTest::newRow("params not an object")
            << withNodes(R"({"name": "c", "kind": "clock", "params": [1]})")
            << "nodes[0].params: must be an object";
        QTest::newRow("unknown parameter")
            << withNodes(R"({"name": "p", "kind": "iopin", "port": 1, "params": {"colour": 1}})")
            << "nodes[0].params.colour: is not a parameter of an iopin";
        QTest::newRow("led parameter")
            << withNodes(R"({"name": "l", "kind": "led", "port": 1, "params": {"sound": "x"}})")
            << "nodes[0].params.sound: is not a parameter of a led";
        QTest::newRow("chance above 1")
            << withNodes(R"({"name": "p", "kind": "iopin", "port": 1, "params": {"chance": 1.5}})")
            << "nodes[0].params.chance: must be between 0 and 1";
        QTest::newRow("chance as text") << withNodes(
            R"({"name": "p", "kind": "iopin", "port": 1, "params": {"chance": "high"}})")
                                        << "nodes[0].params.chance: must be a number";
        QTest::newRow("sequence 0")
            << withNodes(R"({"name": "p", "kind": "iopin", "port": 1, "params": {"sequence": 0}})")
            << "nodes[0].params.sequence: must be between 1 and 10000";
        QTest::newRow("fractional sequence") << withNodes(
            R"({"name": "p", "kind": "iopin", "port": 1, "params": {"sequence": 2.5}})")
                                             << "nodes[0].params.sequence: must be a whole number";
        QTest::newRow("negative seed")
            << withNodes(R"({"name": "p", "kind": "iopin", "port": 1, "params": {"seed": -1}})")
            << "nodes[0].params.seed: must be between 0 and 4294967295";
        QTest::newRow("seed on a buzzer")
            << withNodes(R"({"name": "b", "kind": "buzzer", "port": 1, "params": {"seed": 1}})")
            << "nodes[0].params.seed: only an iopin or a worker takes a seed";
        QTest::newRow("tacks -2") << withNodes(
            R"({"name": "c", "kind": "clock", "params": {"tacks": -2}})")
                                  << "nodes[0].params.tacks: must be between -1 and 1000000000";
        QTest::newRow("negative delay")
            << withNodes(R"({"name": "c", "kind": "clock", "params": {"delay": -0.5}})")
            << "nodes[0].params.delay: must be between 0 and 86400";
        QTest::newRow("sound as number")
            << withNodes(R"({"name": "b", "kind": "buzzer", "port": 1, "params": {"sound": 5}})")
            << "nodes[0].params.sound: must be a text";
        QTest::newRow("targets not a list")
            << withNodes(R"({"name": "c", "kind": "clock", "targets": "b"})")
            << "nodes[0].targets: must be a list";
        QTest::newRow("target not a name")
            << withNodes(R"({"name": "c", "kind": "clock", "targets": [1]})")
            << "nodes[0].targets[0]: must be a node name";
        QTest::newRow("target naming no node") << withNodes(
            R"({"name": "b", "kind": "buzzer", "port": 1}, {"name": "c", "kind": "clock", "targets": ["b", "iopn"]})")
                                               << R"(nodes[1].targets[1]: no node is named "iopn")";
        QTest::newRow("target is a clock") << withNodes(
            R"({"name": "c", "kind": "clock"}, {"name": "p", "kind": "iopin", "port": 1, "targets": ["c"]})")
                                           << R"(nodes[1].targets[0]: "c" cannot receive from "p")";
        QTest::newRow("target is itself")
            << withNodes(R"({"name": "p", "kind": "iopin", "port": 1, "targets": ["p"]})")
            << R"(nodes[0].targets[0]: "p" cannot receive from "p")";
        QTest::newRow("buzzer with targets") << withNodes(
            R"({"name": "b", "kind": "buzzer", "port": 1, "targets": ["l"]}, {"name": "l", "kind": "led", "port": 2})")
                                             << "nodes[0].targets[0]: a buzzer sends nothing";
        QTest::newRow("external with targets") << withNodes(
            R"({"name": "e", "kind": "external", "port": 1, "targets": ["l"]}, {"name": "l", "kind": "led", "port": 2})")
                                               << "nodes[0].targets[0]: an external sends nothing";
        QTest::newRow("target twice") << withNodes(
            R"({"name": "c", "kind": "clock", "targets": ["b", "b"]}, {"name": "b", "kind": "buzzer", "port": 1})")
                                      << R"(nodes[0].targets[1]: "b" is listed twice)";
        QTest::newRow("duplicate names") << withNodes(
            R"({"name": "a", "kind": "buzzer", "port": 1}, {"name": "b", "kind": "led", "port": 2}, {"name": "a", "kind": "clock"})")
                                         << R"(nodes[2].name: the name "a" is used twice)";
        QTest::newRow("position not an object")
            << withNodes(R"({"name": "c", "kind": "clock", "position": [1, 2]})")
            << R"(nodes[0].position: must be {"x": number, "y": number} within ±1e7)";
        QTest::newRow("position missing y")
            << withNodes(R"({"name": "c", "kind": "clock", "position": {"x": 1}})")
            << R"(nodes[0].position: must be {"x": number, "y": number} within ±1e7)";
        QTest::newRow("position far away")
            << withNodes(R"({"name": "c", "kind": "clock", "position": {"x": 1, "y": -2e7}})")
            << R"(nodes[0].position: must be {"x": number, "y": number} within ±1e7)";

        // Counted before Qt's parser (which would recurse 1024 deep): the bracket past the limit.
        QTest::newRow("nested too deep") << withNodes(
            QByteArray("{\"name\": \"b\", \"kind\": \"buzzer\", \"port\": 1, "
                       "\"params\": {\"sound\": "
                + opening(20) + closing(20) + "}}")
                .constData()) << "line 1, column 132: nested deeper than 16 levels";
        QTest::newRow("nested too deep in an unknown field") << QByteArray(
            "{\"future\": " + opening(100000)) << "line 1, column 27: nested deeper than 16 levels";
        QTest::newRow("root is text")
            << QByteArray("\"wirebench-circuit\"") << "line 1, column 2: illegal value";
        QTest::newRow("root is a list of the circuit")
            << QByteArray(R"([{"format": "wirebench-circuit", "version": 1, "nodes": []}])")
            << "root: must be an object";

        QByteArray many = R"({"format": "wirebench-circuit", "version": 1, "nodes": [)";
        for (int i = 0; i <= cf::kMaxNodes; ++i)
            many += i == 0 ? "{}" : ",{}";
        many += "]}";
        QTest::newRow("too many nodes") << many << "nodes: 10001 nodes; at most 10000 are allowed";
        QTest::newRow("too large")
            << QByteArray(cf::kMaxFileBytes + 1, ' ') << "file: larger than 16 MiB";
    }
    void rejectedVersionTwo_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const auto wires = [](const char *list) {
            return v2(kFour, QByteArray(R"("wires": [)") + list + ']');
        };
        const auto rule = [&](const char *faults) {
            const QByteArray list
                = QByteArray(R"({"from": "c", "to": "p"}, {"from": "p", "to": "b"},
                {"from": "p", "to": "l", "faults": )")
                + faults + '}';
            return wires(list.constData());
        };
        QTest::newRow("targets in version 2")
            << v2(R"({"name": "c", "kind": "clock", "targets": ["l"]}, {"name": "l", "kind": "led", "port": 1})")
            << R"(nodes[0].targets: a version 2 file lists its wires in "wires", not in the nodes)";
        QTest::newRow("wires in version 1") << withRoot(R"("nodes": [], "wires": [])")
                                            << "wires: a version 1 file has none (use version 2)";
        QTest::newRow("seed in version 1") << withRoot(R"("nodes": [], "seed": 1)")
                                           << "seed: a version 1 file has none (use version 2)";
        QTest::newRow("wires not a list") << v2(kFour, R"("wires": {})") << "wires: must be a list";
        QTest::newRow("wire not an object") << wires("1") << "wires[0]: a wire must be an object";
        QTest::newRow("unknown wire field") << wires(R"({"from": "c", "to": "p", "targets": []})")
                                            << "wires[0].targets: unknown field";
        QTest::newRow("no from") << wires(R"({"to": "p"})")
                                 << "wires[0].from: missing or not a node name";
        QTest::newRow("unknown node")
            << wires(R"({"from": "c", "to": "p"}, {"from": "p", "to": "iopn"})")
            << R"(wires[1].to: no node is named "iopn")";
        QTest::newRow("duplicate wire") << wires(
            R"({"from": "c", "to": "p"}, {"from": "p", "to": "b"}, {"from": "c", "to": "p"})")
                                        << R"(wires[2]: "c" is already wired to "p")";
        QTest::newRow("into a clock")
            << wires(R"({"from": "p", "to": "c"})") << R"(wires[0]: "c" cannot receive from "p")";
        QTest::newRow("from a buzzer")
            << wires(R"({"from": "b", "to": "l"})") << "wires[0]: a buzzer sends nothing";
        QTest::newRow("from an external")
            << wires(R"({"from": "x", "to": "l"})") << "wires[0]: an external sends nothing";
        QTest::newRow("onto itself")
            << wires(R"({"from": "p", "to": "p"})") << R"(wires[0]: "p" cannot receive from "p")";
        QTest::newRow("id 0") << wires(R"({"id": 0, "from": "c", "to": "p"})")
                              << "wires[0].id: must be a whole number from 1 to 2147483647";
        QTest::newRow("fractional id")
            << wires(R"({"id": 1.5, "from": "c", "to": "p"})")
            << "wires[0].id: must be a whole number from 1 to 2147483647";
        QTest::newRow("id twice") << wires(
            R"({"id": 3, "from": "c", "to": "p"}, {"id": 3, "from": "p", "to": "b"})")
                                  << "wires[1].id: 3 is used twice";
        QTest::newRow("channel without slash")
            << wires(R"({"from": "c", "to": "p", "channel": "x"})")
            << R"(wires[0].channel: "x" is not a channel: "/" and up to 255 characters)";
        QTest::newRow("channel not text") << wires(R"({"from": "c", "to": "p", "channel": 1})")
                                          << "wires[0].channel: must be a text";
        QTest::newRow("probability 1.5")
            << rule(R"({"message": {"drop": 1.5}})")
            << "wires[2].faults.message.drop: 1.5 is not a probability from 0 to 1";
        QTest::newRow("negative duplicate")
            << rule(R"({"ack": {"duplicate": -0.5}})")
            << "wires[2].faults.ack.duplicate: -0.5 is not a probability from 0 to 1";
        QTest::newRow("negative delay")
            << rule(R"({"message": {"delay_ms": -5}})")
            << "wires[2].faults.message.delay_ms: -5 is not a delay from 0 to 3600000 ms";
        QTest::newRow("jitter too long")
            << rule(R"({"ack": {"jitter_ms": 1e9}})")
            << "wires[2].faults.ack.jitter_ms: 1000000000 is not a jitter from 0 to 3600000 ms";
        QTest::newRow("unknown jitter")
            << rule(R"({"message": {"jitter": "pareto"}})")
            << R"(wires[2].faults.message.jitter: unknown jitter "pareto" (expected uniform or normal))";
        QTest::newRow("delay as text") << rule(R"({"message": {"delay_ms": "50"}})")
                                       << "wires[2].faults.message.delay_ms: must be a number";
        QTest::newRow("unknown rule") << rule(R"({"message": {"loss": 0.1}})")
                                      << "wires[2].faults.message.loss: unknown field";
        QTest::newRow("unknown faults field")
            << rule(R"({"partition": true})") << "wires[2].faults.partition: unknown field";
        QTest::newRow("faults not an object") << rule("[]") << "wires[2].faults: must be an object";
        QTest::newRow("cut as number")
            << rule(R"({"cut": 1})") << "wires[2].faults.cut: must be true or false";
        QTest::newRow("retries 101")
            << rule(R"({"retries": 101})")
            << "wires[2].faults.retries: 101 is not a number of retries from 0 to 100";
        QTest::newRow("fractional retries")
            << rule(R"({"retries": 1.5})") << "wires[2].faults.retries: must be a whole number";
        QTest::newRow("negative ack timeout") << rule(R"({"ack_timeout_ms": -1})")
                                              << "wires[2].faults.ack_timeout_ms: -1 is not a "
                                                 "timeout from 0 (the default) to 86400000 ms";
        QTest::newRow("negative seed") << v2(kFour, R"("seed": -1)")
                                       << "seed: must be a whole number from 0 to 9007199254740992";
        QTest::newRow("seed past 2^53")
            << v2(kFour, R"("seed": 9007199254740994)")
            << "seed: must be a whole number from 0 to 9007199254740992";
        QTest::newRow("seed as text") << v2(kFour, R"("seed": "7")")
                                      << "seed: must be a whole number from 0 to 9007199254740992";
        QTest::newRow("schedule not a list")
            << v2(kFour, R"("schedule": 1)") << "schedule: must be a list";
        QTest::newRow("bad schedule action")
            << v2(kFour, R"("schedule": [{"at_ms": 1, "node": "p", "action": "explode"}])")
            << R"(schedule[0].action: unknown action "explode" (expected crash, hang or restart))";
        QTest::newRow("bad schedule node")
            << v2(kFour, R"("schedule": [{"at_ms": 1, "node": "q", "action": "hang"}])")
            << R"(schedule[0].node: no node is named "q")";
        QTest::newRow("schedule on an external")
            << v2(kFour, R"("schedule": [{"at_ms": 1, "node": "x", "action": "crash"}])")
            << R"(schedule[0].node: "x" is an external: it does not run here, so it cannot crash)";
        QTest::newRow("schedule without a time")
            << v2(kFour, R"("schedule": [{"node": "p", "action": "hang"}])")
            << "schedule[0].at_ms: must be a whole number of ms from 0 to 604800000";
        QTest::newRow("negative for_ms")
            << v2(kFour,
                   R"("schedule": [{"at_ms": 1, "node": "p", "action": "hang", "for_ms": -1}])")
            << "schedule[0].for_ms: must be a whole number of ms from 0 to 604800000";
        QTest::newRow("restart for a while")
            << v2(kFour,
                   R"("schedule": [{"at_ms": 1, "node": "b", "action": "restart", "for_ms": 5}])")
            << "schedule[0].for_ms: a restart comes back at once: leave for_ms out";
        QTest::newRow("unknown schedule field")
            << v2(kFour, R"("schedule": [{"at_ms": 1, "node": "p", "action": "hang", "until": 5}])")
            << "schedule[0].until: unknown field";
    }
    void rejectedVersionTwo()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const cf::Result result = cf::parse(json);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, error);
    }

    void rejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const cf::Result result = cf::parse(json);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, error);
    }
};

QTEST_GUILESS_MAIN(TestCircuitFormat)
#include "tst_circuitformat.moc"
