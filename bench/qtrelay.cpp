// A message round a chain of bare QWebSocket relays in one event loop: the reference for a
// ring member's hop (bench_wb_ring). Relay i is a QWebSocketServer with one client connection
// to relay i+1 (the last to relay 0); a relay answers every message with an ack on the
// connection it came in on, as the ring's members do, and passes the same text on. A round is
// relay 0's message coming back to it; the next round starts then.
//
//   bench_qt_relay [--relays 64] [--rounds 200] [--warmup 5] [--bytes 200] [--timeout-ms 60000]
#include "benchutil.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>
#include <memory>
#include <vector>

using namespace wb::bench;

namespace {

struct Relay
{
    std::unique_ptr<QWebSocketServer> server;
    std::unique_ptr<QWebSocket> next; // to the next relay
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options(QCoreApplication::arguments());
    const qint64 count = std::max<qint64>(2, options.integer(QStringLiteral("relays"), 64));
    const qint64 rounds = std::max<qint64>(1, options.integer(QStringLiteral("rounds"), 200));
    const qint64 warmup = std::max<qint64>(0, options.integer(QStringLiteral("warmup"), 5));
    // About a ring chat message's size (its JSON, with the sender and origin members).
    const QString message(
        int(std::max<qint64>(1, options.integer(QStringLiteral("bytes"), 200))), u'x');

    QVariantMap result { { QStringLiteral("ok"), false } };
    std::vector<Relay> relays(static_cast<size_t>(count));
    qint64 done = 0;
    qint64 connected = 0;
    Stopwatch stopwatch;
    const auto startRound = [&] {
        relays.front().next->sendTextMessage(message);
    };
    for (qint64 i = 0; i < count; ++i) {
        Relay &relay = relays[size_t(i)];
        relay.server = std::make_unique<QWebSocketServer>(
            QStringLiteral("relay"), QWebSocketServer::NonSecureMode);
        if (!relay.server->listen(QHostAddress::LocalHost, 0))
            return report({ { QStringLiteral("ok"), false },
                { QStringLiteral("error"), relay.server->errorString() } });
        QWebSocketServer *server = relay.server.get();
        QObject::connect(server, &QWebSocketServer::newConnection, server, [&, server, i] {
            while (QWebSocket *socket = server->nextPendingConnection()) {
                QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                    [&, socket, i](const QString &text) {
                        socket->sendTextMessage(QStringLiteral("ok"));
                        if (i != 0) {
                            relays[size_t(i)].next->sendTextMessage(text);
                            return;
                        }
                        ++done;
                        if (done == warmup)
                            stopwatch.start();
                        if (done < warmup + rounds) {
                            startRound();
                            return;
                        }
                        result = stopwatch.result(rounds);
                        result.insert(QStringLiteral("ok"), true);
                        result.insert(QStringLiteral("hops"), count);
                        result.insert(QStringLiteral("hop_us"),
                            result.value(QStringLiteral("seconds")).toDouble() * 1e6
                                / double(rounds * count));
                        app.quit();
                    });
            }
        });
    }
    for (qint64 i = 0; i < count; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::connected, socket.get(), [&] {
            if (++connected != count)
                return;
            if (warmup == 0)
                stopwatch.start();
            startRound();
        });
        const quint16 port = relays[size_t((i + 1) % count)].server->serverPort();
        socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ring").arg(port)));
        relays[size_t(i)].next = std::move(socket);
    }
    QTimer::singleShot(
        int(options.integer(QStringLiteral("timeout-ms"), 60000)), &app, &QCoreApplication::quit);
    app.exec();
    // Clients before servers: the servers' sockets are their children.
    for (Relay &relay : relays)
        relay.next.reset();
    return report(result);
}
