// Echo round trips on one connection between a bare QWebSocketServer and a bare QWebSocket
// (default options) in one event loop: the ceiling for a Qt node pair.
//
//   bench_qt_echo --count N [--warmup 200] [--timeout-ms 60000]
#include "benchutil.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace wb::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options(QCoreApplication::arguments());
    const qint64 count = std::max<qint64>(1, options.integer(QStringLiteral("count"), 10000));
    const qint64 warmup = std::max<qint64>(0, options.integer(QStringLiteral("warmup"), 200));

    QWebSocketServer server(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
    QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                             [socket](const QString &text) { socket->sendTextMessage(text); });
        }
    });
    if (!server.listen(QHostAddress::LocalHost, 0))
        return report({ { QStringLiteral("ok"), false }, { QStringLiteral("error"), server.errorString() } });

    QVariantMap result { { QStringLiteral("ok"), false } };
    QWebSocket client;
    qint64 done = 0;
    Stopwatch stopwatch;
    const QString message = QStringLiteral("1");
    QObject::connect(&client, &QWebSocket::connected, &client,
                     [&] { client.sendTextMessage(message); });
    QObject::connect(&client, &QWebSocket::textMessageReceived, &client, [&](const QString &) {
        ++done;
        if (done == warmup)
            stopwatch.start();
        if (done < warmup + count) {
            client.sendTextMessage(message);
            return;
        }
        result = stopwatch.result(count);
        app.quit();
    });
    if (warmup == 0)
        stopwatch.start();
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/echo").arg(server.serverPort())));
    QTimer::singleShot(int(options.integer(QStringLiteral("timeout-ms"), 60000)), &app,
                       &QCoreApplication::quit);
    app.exec();
    return report(result);
}
