// Every shipped lesson, run by `wirebench-node lesson` as a real process: its checks all pass on
// a correct run, and fail on a run broken in the way the lesson is about (a wire removed, a rule
// taken away, the Python member or the classmate not there...).
#include "../core/etcdkit.h"
#include "processkit.h"
#include "runtime/component.h"
#include "runtime/timesource.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace wbtest;

namespace {

using Edit = std::function<void(QJsonObject &circuit)>;

// A copy of a built-in lesson in `into`, its circuit edited by `edit`.
bool copyLesson(const QString &name, const QString &into, const Edit &edit)
{
    const QDir from(QStringLiteral(":/wirebench/lessons/") + name);
    if (!QDir().mkpath(into))
        return false;
    for (const QString &file : from.entryList(QDir::Files)) {
        QFile::remove(into + u'/' + file);
        if (!QFile::copy(from.filePath(file), into + u'/' + file))
            return false;
        QFile::setPermissions(into + u'/' + file, QFile::ReadOwner | QFile::WriteOwner);
    }
    QFile file(into + QStringLiteral("/circuit.json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject circuit = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    if (edit)
        edit(circuit);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(circuit).toJson());
    return true;
}

// Replaces a node's field (or a parameter) in the circuit.
Edit setNode(const QString &name, const QString &key, const QJsonValue &value, bool param = false)
{
    return [=](QJsonObject &circuit) {
        QJsonArray nodes = circuit.value(QLatin1String("nodes")).toArray();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            QJsonObject node = nodes.at(i).toObject();
            if (node.value(QLatin1String("name")).toString() != name)
                continue;
            if (param) {
                QJsonObject params = node.value(QLatin1String("params")).toObject();
                params.insert(key, value);
                node.insert(QStringLiteral("params"), params);
            } else {
                node.insert(key, value);
            }
            nodes[i] = node;
        }
        circuit.insert(QStringLiteral("nodes"), nodes);
    };
}

Edit removeWire(const QString &from, const QString &to)
{
    return [=](QJsonObject &circuit) {
        QJsonArray wires;
        for (const QJsonValue &w : circuit.value(QLatin1String("wires")).toArray()) {
            if (w.toObject().value(QLatin1String("from")).toString() != from
                || w.toObject().value(QLatin1String("to")).toString() != to)
                wires << w;
        }
        circuit.insert(QStringLiteral("wires"), wires);
    };
}

Edit setWireFaults(int id, const QJsonObject &faults)
{
    return [=](QJsonObject &circuit) {
        QJsonArray wires = circuit.value(QLatin1String("wires")).toArray();
        for (qsizetype i = 0; i < wires.size(); ++i) {
            QJsonObject w = wires.at(i).toObject();
            if (w.value(QLatin1String("id")).toInt() != id)
                continue;
            if (faults.isEmpty())
                w.remove(QStringLiteral("faults"));
            else
                w.insert(QStringLiteral("faults"), faults);
            wires[i] = w;
        }
        circuit.insert(QStringLiteral("wires"), wires);
    };
}

// Just enough of a node for Component::create() to make a component and let it go again.
class ProbeContext final : public wb::NodeContext
{
public:
    QString nodeName() const override { return QStringLiteral("probe"); }
    int targetCount() const override { return 0; }
    void streamToTargets(const QStringList &, const QString &, StreamDone) override { }
    void log(const QString &) override { }
    wb::TimeSource *timeSource() const override { return &m_time; }
    void sendTo(
        const QString &, const QString &, const QString &, const SendOptions &, SendDone) override
    { }
    QString selfAddress() const override { return {}; }
    QStringList contacts() const override { return {}; }

private:
    mutable wb::TimeSource m_time;
};

// Whether Component::create(NodeKind::Script) makes a component yet (the script part of the
// classroom lands it).
bool scriptComponentExists()
{
    ProbeContext context;
    std::unique_ptr<wb::Component> component(wb::Component::create(wb::NodeKind::Script, &context));
    return component != nullptr;
}

struct Run
{
    Process process;
    bool finished() { return process.waitForExit(60000); }
};

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no folder") << QStringList() << 1 << "give a lesson folder";
        QTest::newRow("not a lesson") << QStringList { QStringLiteral("/nonexistent/lesson") } << 4
                                      << "/nonexistent/lesson is not a folder";
        QTest::newRow("seconds") << QStringList { QStringLiteral("seed"),
            QStringLiteral("--seconds"), QStringLiteral("0") }
                                 << 1 << "--seconds 0: a number from 0.1 to 3600";
        QTest::newRow("speed") << QStringList { QStringLiteral("seed"), QStringLiteral("--speed"),
            QStringLiteral("9") }
                               << 1 << "--speed 9: a number from 0.05 to 4";
        QTest::newRow("registry needed") << QStringList { QStringLiteral("08-class") } << 1
                                         << "this lesson finds its nodes through a registry";
        QTest::newRow("extra argument")
            << QStringList { QStringLiteral("seed"), QStringLiteral("more") } << 1
            << "unexpected argument: more";
    }
    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        Process node;
        node.startNode(QStringList { QStringLiteral("lesson") } + args);
        QVERIFY(node.waitForExit());
        QCOMPARE(node.process.exitCode(), exitCode);
        QVERIFY2(node.err.contains(message), qPrintable(node.report()));
    }

    void lessonsByName()
    {
        // A built-in lesson by its short name, shorter than its run length: a count short of its
        // bound fails, and says so in numbers.
        Process node;
        node.startNode({ QStringLiteral("lesson"), QStringLiteral("seed"),
            QStringLiteral("--seconds"), QStringLiteral("0.3") });
        QVERIFY(node.waitForExit());
        QCOMPARE(node.process.exitCode(), 9);
        QVERIFY2(
            node.out.contains(QStringLiteral("✗ the clock finished with every tick answered — 0 "
                                             "finished(node: \"clock\", ok: true), wanted >= 1")),
            qPrintable(node.report()));
    }

    void lesson_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("broken"); // which way to break it: the row's own
        QTest::addColumn<QString>("failing"); // a check that must fail on the broken run
        QTest::newRow("01 seed") << "01-seed" << 1
                                 << "the pin sent three bits per tick to the buzzer";
        QTest::newRow("02 latency")
            << "02-latency" << 2 << "every bit was held 150 ms on the slow wire";
        QTest::newRow("03 fan-out")
            << "03-fanout" << 3 << "every bit reached both the lamp and the buzzer";
        QTest::newRow("04 retries")
            << "04-retries" << 4
            << "at least once: every tick of \"again\" was acknowledged in the end";
        QTest::newRow("05 backpressure")
            << "05-backpressure" << 5 << "the queue never held more than 5";
        QTest::newRow("06 ring") << "06-ring" << 6 << "carol crashed at 3 s";
        QTest::newRow("07 python") << "07-python" << 7 << "the Python node answered every tick";
        QTest::newRow("08 class")
            << "08-class" << 8
            << "the classmate was found through the registry and answered every tick";
        QTest::newRow("09 javascript")
            << "09-javascript" << 9 << "the script answered every tick with its double";
    }
    void lesson()
    {
        QFETCH(QString, name);
        QFETCH(int, broken);
        QFETCH(QString, failing);
        if (broken == 9 && !scriptComponentExists())
            QSKIP("needs the script component");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString good = dir.filePath(QStringLiteral("good"));
        const QString bad = dir.filePath(QStringLiteral("bad"));
        QStringList extra;
        Edit goodEdit;
        Edit badEdit;
        Process python;
        Process classmate;
        Etcd etcd;
        quint16 pythonPort = 0;
        switch (broken) {
        case 1:
            badEdit = removeWire(QStringLiteral("iopin"), QStringLiteral("buzzer"));
            break;
        case 2:
            badEdit = setWireFaults(2, {});
            break;
        case 3:
            badEdit = removeWire(QStringLiteral("pin"), QStringLiteral("lamp"));
            break;
        case 4:
            badEdit = setWireFaults(2,
                QJsonObject {
                    { QStringLiteral("message"), QJsonObject { { QStringLiteral("drop"), 0.3 } } },
                    { QStringLiteral("ack_timeout_ms"), 300 } });
            break;
        case 5:
            badEdit = setNode(QStringLiteral("queue"), QStringLiteral("capacity"), 20, true);
            break;
        case 6:
            badEdit = [](QJsonObject &circuit) {
                circuit.remove(QStringLiteral("schedule"));
            };
            break;
        case 7:
            // The student's member.py on a port of its own; the broken run has nobody there.
            pythonPort = freePort();
            goodEdit = setNode(QStringLiteral("py"), QStringLiteral("port"), pythonPort);
            badEdit = setNode(QStringLiteral("py"), QStringLiteral("port"), freePort());
            break;
        case 8:
            if (Etcd::program().isEmpty())
                QSKIP(Etcd::missingMessage());
            QVERIFY2(etcd.start(), qPrintable(etcd.log));
            extra = QStringList { QStringLiteral("--registry"), etcd.url() };
            break;
        case 9:
            badEdit = setNode(QStringLiteral("doubler"), QStringLiteral("script"),
                QStringLiteral("function loop(channel, message) { return \"triple: \" + 3 * "
                               "Number(message); }"),
                true);
            break;
        }
        QVERIFY(copyLesson(name, good, goodEdit));
        QVERIFY(copyLesson(name, bad, badEdit));
        if (broken == 7) {
            python.process.start(QStringLiteral("/usr/bin/python3"),
                { good + QStringLiteral("/member.py"), QStringLiteral("--port"),
                    QString::number(pythonPort) });
            QVERIFY2(python.waitForServing() != 0, qPrintable(python.report()));
        }
        if (broken == 8) {
            classmate.startNode({ QStringLiteral("led"), QStringLiteral("-p"), QStringLiteral("0"),
                QStringLiteral("--name"), QStringLiteral("classmate"), QStringLiteral("--registry"),
                etcd.url() });
            QVERIFY2(classmate.waitForServing() != 0, qPrintable(classmate.report()));
        }

        // Both runs at once, but the broken class run only once the classmate has left (its
        // record goes with it).
        Run right;
        Run wrong;
        right.process.startNode(QStringList { QStringLiteral("lesson"), good } + extra);
        if (broken == 8) {
            QVERIFY(right.finished());
            classmate.signal(SIGTERM);
            QVERIFY(classmate.waitForExit());
        }
        wrong.process.startNode(QStringList { QStringLiteral("lesson"), bad } + extra);
        QVERIFY(right.finished());
        QVERIFY(wrong.finished());

        QVERIFY2(right.process.process.exitCode() == 0, qPrintable(right.process.report()));
        QVERIFY2(
            !right.process.out.contains(QStringLiteral("✗")), qPrintable(right.process.report()));
        QVERIFY2(
            right.process.out.contains(QStringLiteral("✓ ")), qPrintable(right.process.report()));
        QVERIFY2(wrong.process.process.exitCode() == 9, qPrintable(wrong.process.report()));
        QVERIFY2(wrong.process.out.contains(QStringLiteral("✗ ") + failing),
            qPrintable(wrong.process.report()));
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
