// The ceiling for a Qt program: the seed pipeline clock -> iopin -> buzzer written with nothing
// but QWebSocketServer and QWebSocket (default options), in one event loop, with persistent
// connections, no logging, no document and no signals besides the sockets' own.
//
//   bench_qt_pipeline --ticks N [--sequence 3] [--latency-out FILE] [--timeout-ms 60000]
#include "benchutil.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace wb::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options(QCoreApplication::arguments());
    const qint64 ticks = std::max<qint64>(1, options.integer(QStringLiteral("ticks"), 1000));
    const int sequence = int(std::max<qint64>(1, options.integer(QStringLiteral("sequence"), 3)));
    const QString latencyOut = options.text(QStringLiteral("latency-out"));
    const QString sound = QStringLiteral("buzz buzz buzz");
    const double chance = 0.6;

    QVariantMap result { { QStringLiteral("ok"), false } };
    QList<qint64> latencies;
    latencies.reserve(latencyOut.isEmpty() ? 0 : ticks);

    // buzzer: acks its sound for "1", "..." otherwise.
    QWebSocketServer buzzer(QStringLiteral("buzzer"), QWebSocketServer::NonSecureMode);
    QObject::connect(&buzzer, &QWebSocketServer::newConnection, &buzzer, [&] {
        while (QWebSocket *socket = buzzer.nextPendingConnection()) {
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                             [socket, &sound](const QString &signal) {
                                 socket->sendTextMessage(signal == QLatin1String("1")
                                                             ? sound
                                                             : QStringLiteral("..."));
                             });
        }
    });

    // iopin: draws `sequence` bits per tick, streams them one by one to the buzzer, each
    // waiting for its ack, then acks the tick.
    QWebSocketServer iopin(QStringLiteral("iopin"), QWebSocketServer::NonSecureMode);
    QWebSocket toBuzzer;
    QRandomGenerator random(42);
    QStringList bits;
    int nextBit = 0;
    QWebSocket *tickFrom = nullptr;
    qint64 tickSentNs = 0;
    QObject::connect(&iopin, &QWebSocketServer::newConnection, &iopin, [&] {
        while (QWebSocket *socket = iopin.nextPendingConnection()) {
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                             [&, socket](const QString &) {
                                 tickFrom = socket;
                                 bits.clear();
                                 for (int i = 0; i < sequence; ++i) {
                                     bits << (random.generateDouble() < chance
                                                  ? QStringLiteral("0")
                                                  : QStringLiteral("1"));
                                 }
                                 nextBit = 0;
                                 toBuzzer.sendTextMessage(bits.at(nextBit++));
                             });
        }
    });
    QObject::connect(&toBuzzer, &QWebSocket::textMessageReceived, &toBuzzer, [&](const QString &) {
        if (nextBit < bits.size()) {
            toBuzzer.sendTextMessage(bits.at(nextBit++));
            return;
        }
        if (!latencyOut.isEmpty())
            latencies << nowNs() - tickSentNs;
        if (tickFrom)
            tickFrom->sendTextMessage(QStringLiteral("acknowledged"));
    });

    // clock: sends "0", "1", ... each after the previous one's ack.
    QWebSocket clock;
    qint64 next = 0;
    Stopwatch stopwatch;
    const auto sendTick = [&] {
        tickSentNs = nowNs();
        clock.sendTextMessage(QString::number(next++));
    };
    QObject::connect(&clock, &QWebSocket::connected, &clock, sendTick);
    QObject::connect(&clock, &QWebSocket::textMessageReceived, &clock, [&](const QString &) {
        if (next < ticks) {
            sendTick();
            return;
        }
        result = stopwatch.result(ticks);
        app.quit();
    });

    if (!buzzer.listen(QHostAddress::LocalHost, 0) || !iopin.listen(QHostAddress::LocalHost, 0))
        return report({ { QStringLiteral("ok"), false }, { QStringLiteral("error"), buzzer.errorString() } });
    QObject::connect(&toBuzzer, &QWebSocket::connected, &clock, [&] {
        stopwatch.start();
        clock.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/datafeed").arg(iopin.serverPort())));
    });
    toBuzzer.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/iopin").arg(buzzer.serverPort())));
    QTimer::singleShot(int(options.integer(QStringLiteral("timeout-ms"), 60000)), &app,
                       &QCoreApplication::quit);
    app.exec();
    if (!latencyOut.isEmpty() && !writeSamplesUs(latencyOut, latencies))
        result.insert(QStringLiteral("ok"), false);
    return report(result);
}
