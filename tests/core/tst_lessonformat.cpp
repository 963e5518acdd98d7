// The lesson file and its check language: what loads, and what is refused with its place.
#include "lesson/checkexpr.h"
#include "lesson/lesson.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wb;

namespace {

QByteArray lessonWith(const QByteArray &checks, const QByteArray &extra = {})
{
    return "{\"format\": \"wirebench-lesson\", \"version\": 1, \"title\": \"T\", \"goal\": \"G\", "
           "\"circuit\": \"circuit.json\", "
        + extra + "\"checks\": " + checks + "}";
}

} // namespace

class TestLessonFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkParses_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("count") << QStringLiteral("count(sent) >= 1");
        QTest::newRow("filters") << QStringLiteral(
            "count(acked(from: \"clock\", to: \"iopin\", text: \"acknowledged\")) == 5");
        QTest::newRow("and/or/not")
            << QStringLiteral("not (count(failed) > 0) and (count(sent) >= 1 or count(log) >= 1)");
        QTest::newRow("unacked") << QStringLiteral("unacked(sent(from: \"clock\")) == 0");
        QTest::newRow("max live") << QStringLiteral(
            "max(live(node: \"queue\", key: \"fill\")) <= 5");
        QTest::newRow("last text")
            << QStringLiteral("last(live(node: \"alice\", key: \"ring.name\")) == \"alice\"");
        QTest::newRow("within ms")
            << QStringLiteral("within(500 ms, fault(node: \"a\", is: \"crashed\"), log(node: "
                              "\"b\", matches: \"dead$\"))");
        QTest::newRow("before") << QStringLiteral(
            "before(received(to: \"a\"), received(to: \"b\"))");
        QTest::newRow("all any") << QStringLiteral("all(count(sent) > 1, any(true, false))");
        QTest::newRow("time") << QStringLiteral("time(received(to: \"b\")) >= 0.15");
        QTest::newRow("comment and lines")
            << QStringLiteral("# every tick\ncount(acked(from: \"clock\"))\n  >= 5");
        QTest::newRow("bools") << QStringLiteral(
            "count(sent(retry: true)) >= 1 and count(finished(ok: false)) == 0 and "
            "count(received(duplicate: true)) == 0");
    }
    void checkParses()
    {
        QFETCH(QString, source);
        const checklanguage::Parsed parsed = checklanguage::parse(source);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    }

    void checkErrors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << 1 << 1 << "the check is empty";
        QTest::newRow("unknown name")
            << QStringLiteral("cuont(sent) > 1") << 1 << 1 << "unknown name 'cuont'";
        QTest::newRow("unknown filter") << QStringLiteral("count(sent(form: \"a\")) > 1") << 1 << 12
                                        << "sent has no filter 'form'";
        QTest::newRow("filter twice") << QStringLiteral("count(log(node: \"a\", node: \"b\")) > 1")
                                      << 1 << 22 << "filter 'node' given twice";
        QTest::newRow("missing paren")
            << QStringLiteral("(count(sent) > 1") << 1 << 17 << "expected ')' to close '('";
        QTest::newRow("open text")
            << QStringLiteral("count(log(text: \"abc)) > 1") << 1 << 17 << "no closing '\"'";
        QTest::newRow("single =") << QStringLiteral("count(sent) = 1") << 1 << 13 << "'=' alone";
        QTest::newRow("not a condition")
            << QStringLiteral("count(sent)") << 1 << 1 << "a check must be a condition";
        QTest::newRow("pattern compared")
            << QStringLiteral("sent > 1") << 1 << 1 << "'>' compares numbers or texts";
        QTest::newRow("text ordered")
            << QStringLiteral("count(sent) < \"a\"") << 1 << 15 << "'<' orders numbers";
        QTest::newRow("count arity") << QStringLiteral("count(sent, log) > 1") << 1 << 1
                                     << "count takes 1 argument(s), not 2";
        QTest::newRow("max needs key") << QStringLiteral("max(live(node: \"q\")) > 1") << 1 << 1
                                       << "max takes a live pattern with a key";
        QTest::newRow("unacked needs sent")
            << QStringLiteral("unacked(acked) == 0") << 1 << 1 << "unacked takes a sent pattern";
        QTest::newRow("bool filter text") << QStringLiteral("count(sent(retry: \"yes\")) > 0") << 1
                                          << 19 << "filter 'retry' takes true or false";
        QTest::newRow("bad regex") << QStringLiteral("count(log(matches: \"(ab\")) > 0") << 1 << 24
                                   << "bad regular expression";
        QTest::newRow("second line") << QStringLiteral("count(sent) > 1 and\n  count(snet) > 1")
                                     << 2 << 9 << "unknown name 'snet'";
        QTest::newRow("and of numbers")
            << QStringLiteral("count(sent) and true") << 1 << 1 << "'and' joins conditions";
        QTest::newRow("trailing") << QStringLiteral("count(sent) > 1 )") << 1 << 17
                                  << "unexpected ')' after the check";
        QTest::newRow("within duration") << QStringLiteral("within(sent, sent, sent)") << 1 << 1
                                         << "argument 1 ('sent') must be a number";
        QTest::newRow("odd character")
            << QStringLiteral("count(sent) > 1 & true") << 1 << 17 << "unexpected character '&'";
    }
    void checkErrors()
    {
        QFETCH(QString, source);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const checklanguage::Parsed parsed = checklanguage::parse(source);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(message), qPrintable(parsed.error));
        QCOMPARE(parsed.line, line);
        QCOMPARE(parsed.column, column);
        QVERIFY(
            parsed.error.startsWith(QStringLiteral("line %1, column %2: ").arg(line).arg(column)));
    }

    void lessonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray ok = "[{\"text\": \"t\", \"check\": \"count(sent) > 0\"}]";
        QTest::newRow("syntax") << QByteArray("{\n  \"title\": }")
                                << "lesson.json: line 2, column 13";
        QTest::newRow("format") << QByteArray("{\"format\": \"x\"}")
                                << "lesson.json: format: must be";
        QTest::newRow("unknown field")
            << lessonWith(ok, "\"colour\": 1, ") << "lesson.json: colour: unknown field";
        QTest::newRow("no checks")
            << lessonWith("[]") << "lesson.json: checks: a list of one check";
        QTest::newRow("check text")
            << lessonWith("[{\"check\": \"count(sent) > 0\"}]") << "lesson.json: checks[0].text:";
        QTest::newRow("check field")
            << lessonWith("[{\"text\": \"a\", \"check\": \"true\", \"x\": 1}]")
            << "lesson.json: checks[0].x: unknown field";
        QTest::newRow("check language") << lessonWith(
            "[{\"text\": \"a\", \"check\": \"true\"}, {\"text\": \"b\", \"check\": "
            "\"count(sent) >> 1\"}]") << "lesson.json: checks[1].check: line 1, column 14: ";
        QTest::newRow("check lines")
            << lessonWith(
                   "[{\"text\": \"a\", \"check\": [\"count(sent) > 0 and\", \"count(x) > 1\"]}]")
            << "lesson.json: checks[0].check: line 2, column 7: unknown name 'x'";
        QTest::newRow("run_seconds")
            << lessonWith(ok, "\"run_seconds\": 0, ") << "lesson.json: run_seconds:";
        QTest::newRow("circuit escapes")
            << QByteArray(lessonWith(ok).replace("circuit.json", "../c.json"))
            << "lesson.json: circuit:";
        QTest::newRow("files escape")
            << lessonWith(ok, "\"files\": [\"/etc/passwd\"], ") << "lesson.json: files[0]:";
        QTest::newRow("steps") << lessonWith(ok, "\"steps\": \"one\", ") << "lesson.json: steps:";
        QTest::newRow("registry") << lessonWith(ok, "\"registry\": 1, ")
                                  << "lesson.json: registry:";
        QTest::newRow("order") << lessonWith(ok, "\"order\": 1.5, ") << "lesson.json: order:";
    }
    void lessonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const lessonformat::Result r = lessonformat::parse(json, QStringLiteral("."), false);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
    }

    void loadsFromDisk()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile lesson(dir.filePath(QStringLiteral("lesson.json")));
        QVERIFY(lesson.open(QIODevice::WriteOnly));
        lesson.write(lessonWith("[{\"text\": \"ticks\", \"check\": \"count(sent) > 0\"}]",
            "\"steps\": [\"a\", \"b\"], \"files\": [\"extra.txt\"], "));
        lesson.close();
        // The circuit is missing: the error names it.
        lessonformat::Result r = lessonformat::load(dir.path());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("lesson.json: circuit: ")), qPrintable(r.error));
        QVERIFY(QFile::copy(QStringLiteral(":/wirebench/circuits/seed.json"),
            dir.filePath(QStringLiteral("circuit.json"))));
        r = lessonformat::load(dir.path());
        QVERIFY(!r.ok()); // extra.txt is not there
        QVERIFY2(r.error.contains(QStringLiteral("extra.txt")), qPrintable(r.error));
        QFile extra(dir.filePath(QStringLiteral("extra.txt")));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.close();
        r = lessonformat::load(dir.path());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.lesson.steps.size(), 2);
        QCOMPARE(r.lesson.checks.size(), 1);
        QCOMPARE(r.lesson.circuit.nodes.size(), 3);
        // Free ports: the local servers listen wherever they can.
        for (const NodeSpec &spec : r.lesson.circuit.nodes)
            QCOMPARE(spec.port, quint16(0));
    }

    void builtInLessonsLoad()
    {
        const QStringList folders = lessonformat::builtInFolders();
        QVERIFY(folders.size() >= 9);
        QSet<int> orders;
        for (const QString &folder : folders) {
            const lessonformat::Result r = lessonformat::load(folder);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QVERIFY(!r.lesson.steps.isEmpty());
            QVERIFY(!r.lesson.questions.isEmpty());
            orders.insert(r.lesson.order);
        }
        QCOMPARE(orders.size(), folders.size());
        QCOMPARE(lessonformat::resolve(QStringLiteral("seed")), folders.first());
        QCOMPARE(lessonformat::resolve(QStringLiteral("01-seed")), folders.first());
    }
};

QTEST_GUILESS_MAIN(TestLessonFormat)
#include "tst_lessonformat.moc"
