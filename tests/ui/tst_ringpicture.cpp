// RingPicture: what the canvas draws of a ring from its members' "ring" reports (docs/ring.md):
// who is suspected or believed dead and by whom, and which member's successor is not where its
// wire goes (a bypass). Pure: reports in, marks and bypasses out.
#include "document/circuit.h"
#include "ring/ringpicture.h"

#include <QTest>

using namespace wb;

namespace {

// ring1 -> ring2 -> ring3 -> ring1 on ports 9001..9003, ring4 (9004) unwired, ext an external
// member at 9100, led (9200) wired from ring4.
void build(Circuit &circuit)
{
    QList<NodeSpec> nodes;
    const auto add = [&](const QString &name, NodeKind kind, quint16 port) {
        NodeSpec spec;
        spec.id = NodeId(nodes.size() + 1);
        spec.name = name;
        spec.kind = kind;
        spec.port = port;
        nodes << spec;
    };
    add(QStringLiteral("ring1"), NodeKind::Ring, 9001);
    add(QStringLiteral("ring2"), NodeKind::Ring, 9002);
    add(QStringLiteral("ring3"), NodeKind::Ring, 9003);
    add(QStringLiteral("ring4"), NodeKind::Ring, 9004);
    add(QStringLiteral("ext"), NodeKind::External, 9100);
    add(QStringLiteral("led"), NodeKind::Led, 9200);
    circuit.setContents(nodes,
        { { 1, 1, 2, {}, {} }, { 2, 2, 3, {}, {} }, { 3, 3, 1, {}, {} }, { 4, 4, 6, {}, {} } });
}

QString at(int port)
{
    return QStringLiteral("ws://127.0.0.1:%1").arg(port);
}

// "9001: 9002 | 9003=dead" : the member at 9001 reports successor 9002 and believes 9003 dead.
QVariantMap report(const QString &text)
{
    const QString self = text.section(u':', 0, 0).trimmed();
    const QString rest = text.section(u':', 1);
    QVariantList successors;
    for (const QString &s : rest.section(u'|', 0, 0).split(u',', Qt::SkipEmptyParts))
        successors << (s.trimmed().startsWith(u'w') ? s.trimmed() : at(s.trimmed().toInt()));
    QVariantMap members;
    for (const QString &m : rest.section(u'|', 1).split(u',', Qt::SkipEmptyParts))
        members.insert(at(m.section(u'=', 0, 0).trimmed().toInt()), m.section(u'=', 1).trimmed());
    return { { QStringLiteral("self"), at(self.toInt()) }, { QStringLiteral("name"), self },
        { QStringLiteral("successors"), successors }, { QStringLiteral("members"), members } };
}

QString marksText(const Circuit &circuit, const QList<RingPicture::Mark> &marks)
{
    QStringList parts;
    for (const RingPicture::Mark &m : marks) {
        parts << QStringLiteral("%1 %2 dead<%3 suspect<%4")
                     .arg(circuit.node(m.node)->name,
                         m.opinion == RingPicture::Opinion::Dead ? QStringLiteral("dead")
                                                                 : QStringLiteral("suspect"),
                         m.deadTo.join(u','), m.suspectTo.join(u','));
    }
    return parts.join(QStringLiteral("; "));
}

QString bypassesText(const Circuit &circuit, const QList<RingPicture::Bypass> &bypasses)
{
    QStringList parts;
    for (const RingPicture::Bypass &b : bypasses)
        parts << circuit.node(b.from)->name + u'>' + circuit.node(b.to)->name;
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestRingPicture final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void picture_data()
    {
        QTest::addColumn<QStringList>("reports"); // by reporter node id 1, 2, ... in order
        QTest::addColumn<QString>("marks");
        QTest::addColumn<QString>("bypasses");
        QTest::newRow("a whole ring") << QStringList { QStringLiteral("9001: 9002 | 9002=alive"),
            QStringLiteral("9002: 9003"), QStringLiteral("9003: 9001") }
                                      << QString() << QString();
        QTest::newRow("a suspect")
            << QStringList { QStringLiteral("9001: 9002 | 9002=suspect"),
                   QStringLiteral("9002: 9003"), QStringLiteral("9003: 9001") }
            << QStringLiteral("ring2 suspect dead< suspect<ring1") << QString();
        QTest::newRow("dead and bypassed")
            << QStringList { QStringLiteral("9001: 9003 | 9002=dead"), QString(),
                   QStringLiteral("9003: 9001 | 9002=suspect") }
            << QStringLiteral("ring2 dead dead<ring1 suspect<ring3")
            << QStringLiteral("ring1>ring3");
        QTest::newRow("believed dead by two")
            << QStringList { QStringLiteral("9001: 9003 | 9002=dead"), QString(),
                   QStringLiteral("9003: 9001 | 9002=dead") }
            << QStringLiteral("ring2 dead dead<ring1,ring3 suspect<")
            << QStringLiteral("ring1>ring3");
        QTest::newRow("localhost and a path are the same address")
            << QStringList { QStringLiteral("9001: ws://localhost:9003/ring"), QString(),
                   QStringLiteral("9003: 9001") }
            << QString() << QStringLiteral("ring1>ring3");
        QTest::newRow("a successor outside the circuit is not drawn")
            << QStringList { QStringLiteral("9001: ws://10.0.0.9:9001") } << QString() << QString();
        QTest::newRow("a ring of one")
            << QStringList { QStringLiteral("9001: 9001") } << QString() << QString();
        QTest::newRow("an external member")
            << QStringList { QString(), QString(), QStringLiteral("9003: 9100 | 9001=dead") }
            << QStringLiteral("ring1 dead dead<ring3 suspect<") << QStringLiteral("ring3>ext");
        QTest::newRow("no wire into the ring: nothing says where its successor should be")
            << QStringList { QString(), QString(), QString(), QStringLiteral("9004: 9001") }
            << QString() << QString();
        QTest::newRow("what a member thinks of itself is not shown")
            << QStringList { QStringLiteral("9001: 9002 | 9001=dead") } << QString() << QString();
    }

    void picture()
    {
        QFETCH(QStringList, reports);
        QFETCH(QString, marks);
        QFETCH(QString, bypasses);
        Circuit circuit;
        build(circuit);
        RingPicture picture;
        for (int i = 0; i < reports.size(); ++i) {
            if (!reports.at(i).isEmpty())
                QVERIFY(picture.setReport(NodeId(i + 1), report(reports.at(i))));
        }
        const QHash<QString, NodeId> addresses = RingPicture::addressesOf(circuit);
        QCOMPARE(marksText(circuit, picture.marks(circuit, addresses)), marks);
        QCOMPARE(bypassesText(circuit, picture.bypasses(circuit, addresses)), bypasses);
    }

    void aForgottenViewIsNotShownButItsAddressStays()
    {
        Circuit circuit;
        build(circuit);
        RingPicture picture;
        // ring3 listens on a port of its own choosing (the document says 0).
        QVERIFY(picture.setReport(3,
            { { QStringLiteral("self"), at(40003) },
                { QStringLiteral("successors"), QVariantList { at(9001) } } }));
        QVERIFY(picture.setReport(1, report(QStringLiteral("9001: 9002 | 40003=suspect"))));
        const QHash<QString, NodeId> addresses = RingPicture::addressesOf(circuit);
        QCOMPARE(marksText(circuit, picture.marks(circuit, addresses)),
            QStringLiteral("ring3 suspect dead< suspect<ring1"));
        // ring3 crashed: its view goes, but ring1 still names it by the address it had.
        picture.forget(3);
        QVERIFY(!picture.hasReport(3));
        QCOMPARE(picture.resolve(at(40003), addresses), 3);
        picture.forget(1);
        QVERIFY(picture.marks(circuit, addresses).isEmpty());
    }

    void aReportWithoutAnAddressIsRefused_data()
    {
        QTest::addColumn<QVariantMap>("ring");
        QTest::newRow("empty") << QVariantMap();
        QTest::newRow("no self") << QVariantMap { { QStringLiteral("successors"),
            QVariantList { at(9002) } } };
        QTest::newRow("not an address")
            << QVariantMap { { QStringLiteral("self"), QStringLiteral("alice") } };
        QTest::newRow("no port") << QVariantMap { { QStringLiteral("self"),
            QStringLiteral("ws://127.0.0.1") } };
    }

    void aReportWithoutAnAddressIsRefused()
    {
        QFETCH(QVariantMap, ring);
        RingPicture picture;
        QVERIFY(!picture.setReport(1, ring));
        QVERIFY(!picture.hasReport(1));
    }

    void addressesFollowTheListeningPort()
    {
        Circuit circuit;
        NodeSpec spec;
        spec.name = QStringLiteral("auto");
        spec.kind = NodeKind::Ring;
        spec.host = QStringLiteral("localhost");
        const NodeId id = circuit.addNode(spec);
        QVERIFY(RingPicture::addressesOf(circuit).isEmpty());
        QCOMPARE(RingPicture::addressesOf(circuit, { { id, quint16(41000) } }),
            (QHash<QString, NodeId> { { at(41000), id } }));
    }
};

QTEST_GUILESS_MAIN(TestRingPicture)
#include "tst_ringpicture.moc"
