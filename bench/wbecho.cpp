// Echo round trips on one connection between two Wirebench ends in one event loop: our Link
// (the delivery path of every wire) sending to either our bare Endpoint with a handler that
// answers the message (--peer endpoint) or a buzzer node run by MeshRuntime (--peer buzzer).
//
//   bench_wb_echo --count N [--peer endpoint|buzzer] [--warmup 200] [--timeout-ms 60000]
#include "benchutil.h"
#include "document/circuit.h"
#include "net/wireprotocol.h"
#include "runtime/endpoint.h"
#include "runtime/link.h"
#include "runtime/meshruntime.h"

#include <QCoreApplication>
#include <QTimer>
#include <memory>

using namespace wb::bench;

namespace {

// Serves on an ephemeral port; returns the port, 0 on failure.
quint16 startPeer(const QString &peer, std::unique_ptr<QObject> &owner)
{
    if (peer == QLatin1String("buzzer")) {
        auto *circuit = new wb::Circuit;
        wb::NodeSpec buzzer;
        buzzer.name = QStringLiteral("buzzer");
        buzzer.kind = wb::NodeKind::Buzzer;
        buzzer.params = wb::kinds::defaultParams(wb::NodeKind::Buzzer);
        const wb::NodeId id = circuit->addNode(buzzer);
        auto *runtime = new wb::MeshRuntime(circuit, circuit);
        owner.reset(circuit);
        runtime->start(id);
        return runtime->listeningPort(id);
    }
    auto *endpoint = new wb::Endpoint(QStringLiteral("echo"));
    owner.reset(endpoint);
    endpoint->setHandler(
        [](const wb::Endpoint::Incoming &in, wb::Endpoint::Reply reply) { reply(in.text, 1); });
    return endpoint->listen(QStringLiteral("127.0.0.1"), 0) ? endpoint->port() : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options(QCoreApplication::arguments());
    const qint64 count = std::max<qint64>(1, options.integer(QStringLiteral("count"), 10000));
    const qint64 warmup = std::max<qint64>(0, options.integer(QStringLiteral("warmup"), 200));
    const QString peer = options.text(QStringLiteral("peer"), QStringLiteral("endpoint"));

    std::unique_ptr<QObject> server;
    const quint16 port = startPeer(peer, server);
    if (port == 0)
        return report({ { QStringLiteral("ok"), false }, { QStringLiteral("error"), QStringLiteral("cannot listen") } });

    QVariantMap result { { QStringLiteral("ok"), false } };
    wb::Link link(wb::wire::nodeUrl(QStringLiteral("127.0.0.1"), port, QStringLiteral("echo")));
    const QString message = QStringLiteral("1");
    qint64 done = 0;
    Stopwatch stopwatch;
    stopwatch.start();
    std::function<void(const wb::Link::Delivery &)> onAck;
    // The callback given to the link captures one reference, so that the harness itself does
    // not allocate per message (std::function stores it inline).
    const auto sendNext = [&] {
        link.send(message, [&onAck](const wb::Link::Delivery &delivery) { onAck(delivery); });
    };
    onAck = [&](const wb::Link::Delivery &delivery) {
        if (!delivery.ok) {
            result = { { QStringLiteral("ok"), false }, { QStringLiteral("error"), delivery.error } };
            app.quit();
            return;
        }
        ++done;
        if (done == warmup)
            stopwatch.start();
        if (done < warmup + count) {
            sendNext();
            return;
        }
        result = stopwatch.result(count);
        app.quit();
    };
    sendNext();
    QTimer::singleShot(int(options.integer(QStringLiteral("timeout-ms"), 60000)), &app,
                       &QCoreApplication::quit);
    app.exec();
    return report(result);
}
