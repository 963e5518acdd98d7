// The soak of docs/security.md: 10,000 connect/disconnect cycles against a wirebench-node keep
// its resident memory within a few MiB of the warm-up level (WIREBENCH_SOAK_CYCLES changes the
// count). Each cycle is a full WebSocket handshake, one message, one ack and a close.
#include "faultkit.h"

#include <QTest>

using namespace wbtest;

namespace {

// `cycles` connections, `batch` at a time; returns how many got their ack.
int cycle(const QUrl &url, int cycles, int batch = 25)
{
    int acked = 0;
    for (int done = 0; done < cycles; done += batch) {
        std::vector<std::unique_ptr<Client>> clients;
        const int n = std::min(batch, cycles - done);
        for (int i = 0; i < n; ++i) {
            clients.push_back(std::make_unique<Client>());
            clients.back()->socket.open(url);
        }
        const bool ok = waitFor([&] {
            return std::all_of(clients.begin(), clients.end(),
                [](const auto &c) { return c->socket.state() == QAbstractSocket::ConnectedState; });
        });
        if (!ok)
            return acked;
        for (auto &c : clients)
            c->socket.sendTextMessage(QStringLiteral("1"));
        [[maybe_unused]] const bool answered = waitFor([&] {
            return std::all_of(clients.begin(), clients.end(),
                [](const auto &c) { return !c->received.isEmpty(); });
        });
        for (auto &c : clients) {
            acked += c->received.isEmpty() ? 0 : 1;
            c->socket.close();
        }
        [[maybe_unused]] const bool closed = waitFor([&] {
            return std::all_of(
                clients.begin(), clients.end(), [](const auto &c) { return c->disconnected; });
        });
    }
    return acked;
}

} // namespace

class TestSoak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectDisconnectCycles()
    {
        const int cycles = qEnvironmentVariableIsSet("WIREBENCH_SOAK_CYCLES")
            ? qEnvironmentVariableIntValue("WIREBENCH_SOAK_CYCLES")
            : 10000;
        NodeUnderTest node;
        QVERIFY(node.start());
        QCOMPARE(cycle(node.url(), 1000), 1000); // warm-up: the allocator's pools are in place
        const qint64 warm = node.rss();
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(cycle(node.url(), cycles), cycles);
        const qint64 after = node.rss();
        qInfo("%d cycles in %.1f s; RSS %lld KiB after warm-up, %lld KiB after (%+lld KiB)", cycles,
            clock.elapsed() / 1000.0, warm, after, after - warm);
        QVERIFY(kSanitized || after < warm + 8 * 1024); // ASan's quarantine holds freed memory
        QVERIFY(node.running());
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
