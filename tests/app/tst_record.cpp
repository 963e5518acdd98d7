// wirebench-node run --record FILE: a seeded headless run captured as CSV or VCD matches what
// the run printed, message by message and edge by edge; bad file names and unwritable files.
#include "processkit.h"
#include "recording/csvformat.h"
#include "recording/recording.h"
#include "recording/vcdformat.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using wbtest::Process;

namespace {

QByteArray seedCircuit()
{
    return QStringLiteral(R"({"format": "wirebench-circuit", "version": 1, "nodes": [
        {"name": "clock", "kind": "clock", "targets": ["iopin"]},
        {"name": "iopin", "kind": "iopin", "port": %1, "targets": ["buzzer"]},
        {"name": "buzzer", "kind": "buzzer", "port": %2}]})")
        .arg(wbtest::freePort())
        .arg(wbtest::freePort())
        .toUtf8();
}

// "text" of the node's log lines that match `pattern`, captured group 1.
QStringList captured(const Process &run, const QString &node, const QString &pattern)
{
    QStringList result;
    const QRegularExpression re(u'^' + pattern + u'$');
    for (const QString &line : run.linesOf(node)) {
        if (const auto m = re.match(line); m.hasMatch())
            result << m.captured(1);
    }
    return result;
}

// The levels a stream of bits makes: one per change.
QString levelsOf(const QStringList &bits)
{
    QString levels;
    for (const QString &b : bits) {
        if (levels.isEmpty() || levels.back() != b.front())
            levels += b;
    }
    return levels;
}

// One column of the CSV rows with this event at this node.
QStringList column(
    const QList<QStringList> &rows, const QString &node, const QString &event, int column)
{
    QStringList values;
    for (const QStringList &row : rows) {
        if (row.at(2) == node && row.at(1) == event)
            values << row.at(column);
    }
    return values;
}

} // namespace

class TestRecord final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_circuit;

    // A seeded run of the seed circuit, recorded to `file`.
    bool record(Process &run, const QString &file, const QString &seed = QStringLiteral("42"))
    {
        run.startNode({ QStringLiteral("run"), m_circuit, QStringLiteral("-t"), QStringLiteral("6"),
            QStringLiteral("-d"), QStringLiteral("0"), QStringLiteral("--seed"), seed,
            QStringLiteral("--until-done"), QStringLiteral("--record"), file });
        return run.waitForExit() && run.process.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_circuit = m_dir.filePath(QStringLiteral("seed.json"));
        QFile file(m_circuit);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(seedCircuit());
    }

    void csvMatchesLog()
    {
        const QString path = m_dir.filePath(QStringLiteral("run.csv"));
        Process run;
        QVERIFY2(record(run, path), qPrintable(run.report()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QStringList> rows;
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        for (const QByteArray &line : lines.mid(1))
            rows << QString::fromUtf8(line).split(u','); // no quoted fields in this run
        QCOMPARE(rows.last().at(1), QStringLiteral("end"));
        QVERIFY2(run.out.contains(QStringLiteral("[ wirebench-node ] recorded %1 events to %2\n")
                                      .arg(rows.size() - 1)
                                      .arg(path)),
            qPrintable(run.report()));

        const QStringList ticks
            = captured(run, QStringLiteral("clock"), QStringLiteral("> (\\d+)"));
        QCOMPARE(ticks, (QStringList { "0", "1", "2", "3", "4", "5" }));
        QCOMPARE(column(rows, QStringLiteral("clock"), QStringLiteral("sent"), 6), ticks);
        QCOMPARE(column(rows, QStringLiteral("iopin"), QStringLiteral("received"), 6), ticks);
        QCOMPARE(column(rows, QStringLiteral("clock"), QStringLiteral("ack"), 6),
            captured(run, QStringLiteral("clock"), QStringLiteral("< (.*)")));

        const QStringList bits
            = captured(run, QStringLiteral("iopin"), QStringLiteral("> sending payload: (\\d)"));
        QCOMPARE(bits.size(), 18);
        QCOMPARE(column(rows, QStringLiteral("iopin"), QStringLiteral("sent"), 6), bits);
        QCOMPARE(column(rows, QStringLiteral("buzzer"), QStringLiteral("received"), 6),
            captured(run, QStringLiteral("buzzer"), QStringLiteral("signal (\\d) received -> .*")));
        QCOMPARE(column(rows, QStringLiteral("buzzer"), QStringLiteral("ack_sent"), 6),
            captured(run, QStringLiteral("buzzer"), QStringLiteral("signal \\d received -> (.*)")));
        QCOMPARE(column(rows, QStringLiteral("iopin"), QStringLiteral("ack"), 6),
            captured(run, QStringLiteral("iopin"), QStringLiteral("< (.*)")));

        // Every message answered: its ack's time and round trip on its row.
        for (const QStringList &row : std::as_const(rows)) {
            if (row.at(1) != QLatin1String("sent"))
                continue;
            const qint64 sent = row.at(0).toLongLong();
            const qint64 acked = row.at(9).toLongLong();
            const qint64 rtt = row.at(10).toLongLong();
            QVERIFY2(acked > sent && rtt > 0 && rtt <= acked - sent, qPrintable(row.join(u',')));
        }

        // Read back, it is the same recording.
        wb::Recording recording;
        QVERIFY(file.seek(0));
        QCOMPARE(wb::csv::read(&file, &recording), QString());
        QCOMPARE(recording.size(), rows.size() - 1);
    }

    void vcdMatchesLog()
    {
        const QString path = m_dir.filePath(QStringLiteral("run.vcd"));
        Process run;
        QVERIFY2(record(run, path, QStringLiteral("7")), qPrintable(run.report()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const wb::vcd::Dump dump = wb::vcd::read(&file);
        QCOMPARE(dump.error, QString());
        QCOMPARE(dump.variables.size(), 3);
        QHash<QString, QString> levels;
        for (const auto &v : dump.variables) {
            QString text;
            for (const auto &c : v.changes) {
                if (c.value != 'x' && (text.isEmpty() || text.back() != QLatin1Char(c.value)))
                    text += QLatin1Char(c.value);
            }
            levels.insert(v.name, text);
        }
        const QString bits = levelsOf(
            captured(run, QStringLiteral("iopin"), QStringLiteral("> sending payload: (\\d)")));
        QVERIFY(bits.size() >= 3);
        QCOMPARE(levels.value(QStringLiteral("iopin")), bits);
        QCOMPARE(levels.value(QStringLiteral("buzzer")), bits);
        // The clock is high while each of its 6 ticks waits for its answer.
        QCOMPARE(levels.value(QStringLiteral("clock")), QStringLiteral("101010101010"));
        QCOMPARE(dump.kinds.value(QStringLiteral("buzzer")), QStringLiteral("buzzer"));
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("error");
        QTest::newRow("not vcd or csv")
            << QStringList { "run", "--record", "run.txt" } << 1
            << "wirebench-node: --record run.txt: the file name must end in .vcd or .csv\n";
        QTest::newRow("mesh") << QStringList { "mesh", "--record", "run.csv" } << 1
                              << "wirebench-node: --record: only for run and the sketches\n";
        QTest::newRow("no file") << QStringList { "run", "--record" } << 1
                                 << "wirebench-node: Missing value after '--record'.\n";
    }
    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, error);
        Process run;
        run.startNode(args);
        QVERIFY(run.waitForExit());
        QCOMPARE(run.process.exitCode(), exitCode);
        QCOMPARE(run.err, error);
    }

    void unwritable()
    {
        // The run itself is fine; the file cannot be written: exit 7, after the run.
        const QString path = m_dir.filePath(QStringLiteral("missing/run.csv"));
        Process run;
        QVERIFY(!record(run, path));
        QCOMPARE(run.process.exitCode(), 7);
        QVERIFY2(run.err.startsWith(QStringLiteral("wirebench-node: --record ") + path),
            qPrintable(run.report()));
        QCOMPARE(run.linesOf(QStringLiteral("clock")).filter(QStringLiteral("< ")).size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestRecord)
#include "tst_record.moc"
