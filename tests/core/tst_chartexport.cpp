// The sequence chart's exports of a known run (the seed run with the delivery gate's drops,
// retries, copies, delays and holds): PlantUML and Mermaid text as expected, line by line, for
// the whole run, a time range and a selection; each format's escaping; Debian's plantuml (a
// reader of its own) draws every label as it was; the SVG is well-formed XML with every label.
#include "chart/chartexport.h"
#include "chart/sequencemodel.h"
#include "recording/csvformat.h"
#include "recordingtestkit.h"

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace wb;
using Type = TrafficEvent::Type;

namespace {

constexpr qint64 kStart = 1'000'000'000;

// Two ticks of the seed run, then the gate's messages 100 (dropped, sent again), 101 (delayed,
// a copy delivered too) and 102 (its ack held).
void knownRun(Recording *recording)
{
    wbtest::appendSeedRun(recording, { { 1, 0 }, { 1 } }, kStart);
    wbtest::appendGateEvents(recording, kStart);
}

const char *const kPlantUml = R"(@startuml
participant "clock" as P0
participant "iopin" as P1
participant "buzzer" as P2
P0 -> P1 : 0
P1 -> P2 : 1
P2 --> P1 : buzz buzz buzz
P1 -> P2 : 0
P2 --> P1 : ...
P1 --> P0 : acknowledged
P0 -> P1 : 1
P1 -> P2 : 1
P2 --> P1 : buzz buzz buzz
P1 --> P0 : acknowledged
P1 ->x P2 : 1
P1 -> P2 : 1 (retry 2)
P2 --> P1 : buzz buzz buzz
P1 -> P2 : 1
P1 -> P2 : 1 (copy)
... 52.3 ms ...
P2 --> P1 : buzz buzz buzz
P2 --> P1 : buzz buzz buzz
P1 -> P2 : 1
P2 --> P1 : buzz buzz buzz
@enduml
)";

const char *const kMermaid = R"(sequenceDiagram
    participant P0 as clock
    participant P1 as iopin
    participant P2 as buzzer
    P0->>P1: 0
    P1->>P2: 1
    P2-->>P1: buzz buzz buzz
    P1->>P2: 0
    P2-->>P1: ...
    P1-->>P0: acknowledged
    P0->>P1: 1
    P1->>P2: 1
    P2-->>P1: buzz buzz buzz
    P1-->>P0: acknowledged
    P1-xP2: 1
    P1->>P2: 1 (retry 2)
    P2-->>P1: buzz buzz buzz
    P1->>P2: 1
    P1->>P2: 1 (copy)
    P2-->>P1: buzz buzz buzz
    P2-->>P1: buzz buzz buzz
    P1->>P2: 1
    P2-->>P1: buzz buzz buzz
)";

// What a reader drew as text: every <text> of an SVG, unescaped, without white space
// (PlantUML splits a label into several <text> at its spaces).
QString drawnText(const QByteArray &svg, QString *error)
{
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            text += xml.readElementText();
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

// Texts that mean something to one reader or another.
const QStringList kAwkward = {
    QStringLiteral("**bold** //italic// --strike-- __under__ ~~wave~~ \"\"mono\"\""),
    QStringLiteral("<b>tag</b> & <U+0041> &#65; [[link]] #red 50 % back\\slash \\n not a newline"),
    QStringLiteral("a;b#c:d \"quoted\" 'single' @enduml ... -> x"),
    QStringLiteral("ünïcödé ✕ → 日本"),
};

// Each awkward text sent from a node with an awkward name to another, and acked.
void awkwardRun(Recording *recording)
{
    recording->setNode(1, QStringLiteral("the \"first\" node; <1>"), NodeKind::Clock);
    recording->setNode(2, QStringLiteral("second & last"), NodeKind::Led);
    const QString channel = QStringLiteral("/datafeed");
    qint64 t = 1'000'000;
    quint64 id = 1;
    for (const QString &text : kAwkward) {
        recording->append(wbtest::trafficEvent(Type::Sent, t, 1, 2, channel, text, id));
        recording->append(wbtest::trafficEvent(Type::Received, t + 10, 2, 0, channel, text, id));
        recording->append(
            wbtest::trafficEvent(Type::AckSent, t + 20, 2, 0, channel, text + u'!', id));
        recording->append(
            wbtest::trafficEvent(Type::AckReceived, t + 30, 1, 2, channel, text + u'!', id, 30));
        t += 1'000'000;
        ++id;
    }
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownRun_data();
    void knownRun();
    void range_data();
    void range();
    void escaping_data();
    void escaping();
    void plantumlReads_data();
    void plantumlReads();
    void svg();
    void olderLayout();
};

void TestChartExport::knownRun_data()
{
    QTest::addColumn<chartexport::Format>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plantuml") << chartexport::Format::PlantUml << QString::fromUtf8(kPlantUml);
    QTest::newRow("mermaid") << chartexport::Format::Mermaid << QString::fromUtf8(kMermaid);
}

void TestChartExport::knownRun()
{
    QFETCH(chartexport::Format, format);
    QFETCH(QString, expected);
    Recording recording;
    ::knownRun(&recording);
    SequenceModel model(&recording);
    model.update();
    const QStringList lines = chartexport::write(format, model).split(u'\n');
    const QStringList want = expected.split(u'\n');
    for (qsizetype i = 0; i < std::min(lines.size(), want.size()); ++i)
        QCOMPARE(lines.at(i), want.at(i));
    QCOMPARE(lines.size(), want.size());
}

void TestChartExport::range_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QList<quint32>>("ids");
    QTest::addColumn<QList<NodeId>>("order");
    QTest::addColumn<QList<NodeId>>("shown"); // the visible lifelines; none: every one
    QTest::addColumn<QString>("expected");
    const qint64 all = std::numeric_limits<qint64>::max();
    const qint64 from = kStart + 2'000'000;
    const qint64 to = kStart + 2'999'999;
    const QList<NodeId> none;
    const QString tick = QStringLiteral("P0 -> P1 : 1\nP1 -> P2 : 1\nP2 --> P1 : buzz buzz buzz\n"
                                        "P1 --> P0 : acknowledged\n");
    QTest::newRow("second tick") << from << to << QList<quint32>() << none << none << tick;
    QTest::newRow("message 100") << qint64(0) << all << QList<quint32> { 100 } << none << none
                                 << "P1 ->x P2 : 1\nP1 -> P2 : 1 (retry 2)\n"
                                    "P2 --> P1 : buzz buzz buzz\n";
    QTest::newRow("100 and 102 after 6 ms")
        << kStart + 6'000'000 << all << QList<quint32> { 100, 102 } << none << none
        << "P1 -> P2 : 1\nP2 --> P1 : buzz buzz buzz\n";
    QTest::newRow("nothing") << kStart + 3'000'000 << kStart + 4'000'000 << QList<quint32>() << none
                             << none << "";
    QTest::newRow("buzzer first") << from << to << QList<quint32>()
                                  << QList<NodeId> { wbtest::kBuzzer, wbtest::kPin } << none
                                  << tick;
    // A view's hidden lifelines are left out, with their messages and acks.
    QTest::newRow("all shown") << from << to << QList<quint32>() << none
                               << QList<NodeId> { wbtest::kClock, wbtest::kPin, wbtest::kBuzzer }
                               << tick;
    QTest::newRow("clock hidden") << from << to << QList<quint32>() << none
                                  << QList<NodeId> { wbtest::kPin, wbtest::kBuzzer }
                                  << "P1 -> P2 : 1\nP2 --> P1 : buzz buzz buzz\n";
    QTest::newRow("buzzer hidden")
        << from << to << QList<quint32>() << none << QList<NodeId> { wbtest::kClock, wbtest::kPin }
        << "P0 -> P1 : 1\nP1 --> P0 : acknowledged\n";
    QTest::newRow("one shown") << from << to << QList<quint32>() << none
                               << QList<NodeId> { wbtest::kPin } << "";
}

void TestChartExport::range()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QList<quint32>, ids);
    QFETCH(QList<NodeId>, order);
    QFETCH(QList<NodeId>, shown);
    QFETCH(QString, expected);
    Recording recording;
    ::knownRun(&recording);
    SequenceModel model(&recording);
    model.update();
    chartexport::Options options;
    options.fromNs = from;
    options.toNs = to;
    options.order = order;
    if (!ids.isEmpty())
        options.messageIds = QSet<quint32>(ids.begin(), ids.end());
    if (!shown.isEmpty()) {
        options.participants.emplace();
        for (const NodeId node : shown)
            options.participants->insert(model.participantOf(node));
    }
    const QString text = chartexport::plantUml(model, options);
    // The participants of these messages only, in the lanes' order.
    QString body = text;
    body.remove(QRegularExpression(QStringLiteral("^(@startuml|@enduml|participant .*)\\n"),
        QRegularExpression::MultilineOption));
    QCOMPARE(body, expected);
    QVERIFY(text.startsWith(u"@startuml\n"));
    if (order.startsWith(wbtest::kBuzzer))
        QVERIFY(text.indexOf(u"\"buzzer\"") < text.indexOf(u"\"clock\""));
    if (!shown.isEmpty()) {
        QCOMPARE(text.contains(u"\"clock\""), shown.contains(wbtest::kClock));
        // The SVG draws the same participants.
        QCOMPARE(chartexport::svg(model, options).contains(u">buzzer<"),
            shown.contains(wbtest::kBuzzer) && shown.contains(wbtest::kPin));
    }
}

void TestChartExport::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plantuml");
    QTest::addColumn<QString>("mermaid");
    QTest::addColumn<QString>("xml");
    QTest::newRow("plain") << "buzz buzz"
                           << "buzz buzz"
                           << "buzz buzz"
                           << "buzz buzz";
    QTest::newRow("creole") << "**b** //i// --s-- __u__ ~~w~~ \"\"m\"\""
                            << "~*~*b~*~* ~/~/i~/~/ ~-~-s~-~- ~_~_u~_~_ ~~~~w~~~~ ~\"~\"m~\"~\""
                            << "**b** //i// --s-- __u__ ~~w~~ #34;#34;m#34;#34;"
                            << "**b** //i// --s-- __u__ ~~w~~ &quot;&quot;m&quot;&quot;";
    QTest::newRow("markup") << "<b>x</b> & y"
                            << "<U+003c>b>x<U+003c>~/b> <U+0026> y"
                            << "#60;b#62;x#60;/b#62; #38; y"
                            << "&lt;b&gt;x&lt;/b&gt; &amp; y";
    QTest::newRow("mermaid's") << "a;b#c:d%"
                               << "a;b#c:d%"
                               << "a#59;b#35;c#58;d#37;"
                               << "a;b#c:d%";
    QTest::newRow("newline and backslash") << "one\ntwo \\n"
                                           << "one\\ntwo \\\\n"
                                           << "one<br>two \\n"
                                           << "one\ntwo \\n";
    QTest::newRow("control") << QStringLiteral("a\tb\x01") << "a b "
                             << "a b "
                             << "a\tb ";
    QTest::newRow("unicode") << "ü ✕ 日本"
                             << "ü ✕ 日本"
                             << "ü ✕ 日本"
                             << "ü ✕ 日本";
}

void TestChartExport::escaping()
{
    QFETCH(QString, text);
    QFETCH(QString, plantuml);
    QFETCH(QString, mermaid);
    QFETCH(QString, xml);
    QCOMPARE(chartexport::plantUmlText(text), plantuml);
    QCOMPARE(chartexport::mermaidText(text), mermaid);
    QCOMPARE(chartexport::xmlText(text), xml);
    // Names: one line, the quotes of PlantUML's kept closed.
    const QString name = chartexport::plantUmlName(text);
    QVERIFY(!name.mid(1).chopped(1).contains(u'"'));
    QVERIFY(!name.contains(u'\n'));
    QVERIFY(!chartexport::mermaidName(text).contains(u'\n'));
}

void TestChartExport::plantumlReads_data()
{
    QTest::addColumn<bool>("awkward");
    QTest::newRow("known run") << false;
    QTest::newRow("awkward texts and names") << true;
}

// Debian's plantuml reads the export and draws each label as it was.
void TestChartExport::plantumlReads()
{
    QFETCH(bool, awkward);
    const QString plantuml = QStandardPaths::findExecutable(QStringLiteral("plantuml"));
    if (plantuml.isEmpty())
        QSKIP("plantuml is not installed (./dev installs it)");
    Recording recording;
    if (awkward)
        awkwardRun(&recording);
    else
        ::knownRun(&recording);
    SequenceModel model(&recording);
    model.update();
    const QString text = chartexport::plantUml(model);
    QProcess process;
    process.start(plantuml, { QStringLiteral("-tsvg"), QStringLiteral("-pipe") });
    QVERIFY(process.waitForStarted(10000));
    process.write(text.toUtf8());
    process.closeWriteChannel();
    QVERIFY2(process.waitForFinished(100000), "plantuml did not finish");
    const QByteArray svg = process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY2(!svg.contains("Syntax Error"), svg.constData());
    QString error;
    const QString drawn = drawnText(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Every participant's name and every label, in order.
    qsizetype at = 0;
    for (const auto &p : model.participants())
        QVERIFY2(drawn.contains(squeezed(p.name)), qPrintable(p.name + u" in " + drawn));
    for (qint64 i = 0; i < model.size(); ++i) {
        const QString label = squeezed(model.text(model.message(i)));
        const qsizetype found = drawn.indexOf(label, at);
        QVERIFY2(found >= 0, qPrintable(label + u" after " + drawn.mid(at)));
        if (awkward) {
            const QString ack = squeezed(model.ackText(model.message(i)));
            QVERIFY2(drawn.indexOf(ack, found) >= 0, qPrintable(ack + u" in " + drawn));
            at = found + label.size();
        }
    }
    if (!awkward) // the drop's ✕ and the idle time
        QVERIFY2(drawn.contains(u"52.3ms"), qPrintable(drawn));
}

void TestChartExport::svg()
{
    Recording recording;
    awkwardRun(&recording);
    ::knownRun(&recording);
    SequenceModel model(&recording);
    model.update();
    const QString svg = chartexport::svg(model);
    QString error;
    const QString drawn = drawnText(svg.toUtf8(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const auto &p : model.participants())
        QVERIFY2(drawn.contains(squeezed(p.name)), qPrintable(p.name));
    for (qint64 i = 0; i < model.size(); ++i)
        QVERIFY(drawn.contains(squeezed(model.text(model.message(i)))));
    // One group per arrow: every message and every ack.
    qsizetype acks = 0;
    for (qint64 i = 0; i < model.size(); ++i)
        acks += model.message(i).has(ChartMessage::kAckSent);
    QCOMPARE(svg.count(u"<g class=\"message\""), model.size());
    QCOMPARE(svg.count(u"<g class=\"ack\""), acks);
    QCOMPARE(svg.count(u"<rect class=\"break\""), 2); // 52.3 ms and the gap to the seed run
}

// A CSV of the older 11-column layout: ids per sending node (both senders use 7 here), none at
// the receiver. Each receipt pairs with the oldest open message to its node.
void TestChartExport::olderLayout()
{
    QByteArray csv = "time_ns,event,node,kind,peer,channel,text,message_id,sent_ns,acked_ns,"
                     "rtt_ns\n"
                     "5000000,sent,iopin,iopin,buzzer,/iopin,1,7,,5062000,12000\n"
                     "5055000,received,buzzer,buzzer,127.0.0.1:50000,/iopin,1,,,5058000,3000\n"
                     "5058000,ack_sent,buzzer,buzzer,127.0.0.1:50000,/iopin,buzz,,,,\n"
                     "5062000,ack,iopin,iopin,buzzer,/iopin,buzz,7,5000000,,12000\n"
                     "5100000,sent,clock,clock,iopin,/datafeed,0,7,,5300000,200000\n"
                     "5110000,received,iopin,iopin,127.0.0.1:50001,/datafeed,0,,,5290000,180000\n"
                     "5290000,ack_sent,iopin,iopin,127.0.0.1:50001,/datafeed,ok,,,,\n"
                     "5300000,ack,clock,clock,iopin,/datafeed,ok,7,5100000,,200000\n";
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    Recording recording;
    QCOMPARE(csv::read(&buffer, &recording), QString());
    SequenceModel model(&recording);
    model.update();
    QCOMPARE(model.size(), 2);
    QVERIFY(!model.message(0).has(ChartMessage::kEstimated)); // both ends paired
    QCOMPARE(model.message(1).arrivedNs - recording.startNs(), 5'110'000);
    QCOMPARE(chartexport::mermaid(model),
        QStringLiteral(
            "sequenceDiagram\n    participant P0 as iopin\n    participant P1 as buzzer\n"
            "    participant P2 as clock\n    P0->>P1: 1\n    P1-->>P0: buzz\n"
            "    P2->>P0: 0\n    P0-->>P2: ok\n"));
}

QTEST_GUILESS_MAIN(TestChartExport)
#include "tst_chartexport.moc"
