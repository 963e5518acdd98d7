// Bad bytes against a wirebench-node process (docs/security.md, "Sockets"): a storm of 100,000
// malformed frames, slow-loris handshakes, a frame header announcing 100 MiB. The node answers
// each as docs/protocol.md says, keeps serving a seed-style client, and its memory stays
// bounded; how late its answers come is reported, not asserted.
#include "faultkit.h"

#include <QTest>

using namespace wbtest;

namespace {

// What ends each connection of the storm, one after another: kinds RFC 6455 forbids. (Not an
// unmasked client frame: Qt 6.4 servers accept those, docs/protocol.md.)
QByteArray fatalFrame(int kind)
{
    switch (kind % 6) {
    case 0:
        return ws::frame(ws::kText, "\xc3\x28 invalid UTF-8");
    case 1:
        return ws::frame(0x3, "reserved opcode");
    case 2: {
        QByteArray reserved = ws::frame(ws::kText, "RSV1 without an extension");
        reserved[0] = char(reserved.at(0) | 0x40);
        return reserved;
    }
    case 3:
        return ws::frame(ws::kPing, QByteArray(200, 'p')); // a control frame over 125 bytes
    case 4:
        return ws::frame(0x0, "continuation of nothing");
    default:
        return ws::frame(ws::kText, {}, true, quint64(100) << 20); // announces 100 MiB
    }
}

// The close codes of docs/protocol.md, "Errors", for each of the kinds above.
int expectedCloseCode(int kind)
{
    switch (kind % 6) {
    case 0:
        return 1007; // invalid UTF-8
    case 5:
        return 1009; // too big
    default:
        return 1002; // protocol error
    }
}

} // namespace

class TestFaultStorm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 100 connections × 1,000 frames: 999 binary frames (each answered with an error ack),
    // then one that breaks the protocol and closes the connection.
    void malformedFrameStorm()
    {
        NodeUnderTest node;
        QVERIFY(node.start());
        const qint64 warm = node.rss();
        Prober prober;
        QList<int> closeCodes;
        int errorAcks = 0;
        for (int c = 0; c < 100; ++c) {
            RawSocket raw;
            QCOMPARE(raw.handshake(node.port), 101);
            QByteArray storm;
            for (int f = 0; f < 999; ++f)
                storm += ws::frame(ws::kBinary, QByteArray(1 + (f * 7) % 64, char(f)));
            storm += fatalFrame(c);
            QVERIFY(raw.send(storm));
            const auto code = raw.waitForClose();
            QVERIFY2(code.has_value(), qPrintable(QStringLiteral("connection %1").arg(c)));
            closeCodes << *code;
            errorAcks += int(raw.texts().filter(QStringLiteral("error: binary")).size());
            if (c % 10 == 0)
                QVERIFY(
                    prober.ask(node.url(), QStringLiteral("1"), QStringLiteral("buzz buzz buzz")));
        }
        prober.report("node in a storm of 100,000 malformed frames");
        QCOMPARE(errorAcks, 100 * 999);
        for (int c = 0; c < 100; ++c)
            QCOMPARE(closeCodes.at(c), expectedCloseCode(c));
        // Log lines leave the node in bursts (every 20 ms at most): wait for it, do not peek.
        QVERIFY2(node.process.waitForOutput(QStringLiteral("binary frame")).hasMatch(),
                 qPrintable(node.process.report()));
        QVERIFY(stillServes(node, warm));
    }

    // 20 clients send their handshake one byte per 100 ms: each is cut at the 5 s handshake
    // timeout, and a real client is served meanwhile.
    void slowLoris()
    {
        NodeUnderTest node;
        QVERIFY(node.start());
        const qint64 warm = node.rss();
        const QByteArray request = ws::request(node.port);
        std::vector<std::unique_ptr<RawSocket>> loris;
        for (int i = 0; i < 20; ++i) {
            loris.push_back(std::make_unique<RawSocket>());
            QVERIFY(loris.back()->connectTo(node.port));
        }
        qsizetype sent = 0;
        QTimer drip;
        QObject::connect(&drip, &QTimer::timeout, &drip, [&] {
            if (sent >= request.size())
                return;
            for (auto &socket : loris) {
                if (!socket->closed)
                    socket->send(request.mid(sent, 1), 100);
            }
            ++sent;
        });
        drip.start(100);
        Prober prober;
        const auto allCut = [&] {
            return std::all_of(loris.begin(), loris.end(), [](const auto &s) { return s->closed; });
        };
        while (!allCut() && sent < request.size()) {
            QVERIFY(prober.ask(node.url(), QStringLiteral("1"), QStringLiteral("buzz buzz buzz")));
            QTest::qWait(200);
        }
        QVERIFY2(allCut(), "a slow handshake outlived the timeout");
        QVERIFY(sent < request.size()); // cut before they could finish
        QVERIFY2(node.process.waitForOutput(QStringLiteral("HTTP 408")).hasMatch(),
                 qPrintable(node.process.report()));
        prober.report("node with 20 slow-loris handshakes");
        QVERIFY(stillServes(node, warm));
    }

    // A header announcing 100 MiB, then 2 MiB of it: closed with 1009 on the header, nothing
    // buffered.
    void hugeFrameHeader()
    {
        NodeUnderTest node;
        QVERIFY(node.start());
        const qint64 warm = node.rss();
        for (int i = 0; i < 5; ++i) {
            RawSocket raw;
            QCOMPARE(raw.handshake(node.port), 101);
            raw.send(ws::frame(ws::kText, {}, true, quint64(100) << 20) + QByteArray(2 << 20, 'a'),
                2000); // the node may close before it all leaves
            QCOMPARE(raw.waitForClose(), 1009);
        }
        QVERIFY(stillServes(node, warm, 8 * 1024));
    }
};

QTEST_GUILESS_MAIN(TestFaultStorm)
#include "tst_faultstorm.moc"
