// A message round a ring of ring members in one process (one MeshRuntime): the members' keys
// spread evenly, each wired to the next, as Insert > Ring of N makes them. Once every member's
// successor and predecessor are its neighbours, member 0 says a text, waits until it came
// back, and says the next: rounds per second, and a hop's cost (round time / members).
// bench_qt_relay is the same round over bare QWebSocket relays.
//
//   bench_wb_ring [--members 64] [--rounds 200] [--warmup 5] [--port-zero] [--timeout-ms 60000]
#include "benchutil.h"
#include "document/circuit.h"
#include "runtime/meshruntime.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTimer>
#include <memory>
#include <vector>

using namespace wb::bench;

namespace {

struct View
{
    QString self;
    QString successor;
    QString predecessor;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options(QCoreApplication::arguments());
    const qint64 count = std::max<qint64>(2, options.integer(QStringLiteral("members"), 64));
    const qint64 rounds = std::max<qint64>(1, options.integer(QStringLiteral("rounds"), 200));
    const qint64 warmup = std::max<qint64>(0, options.integer(QStringLiteral("warmup"), 5));

    QList<wb::NodeSpec> nodes;
    QList<wb::Wire> wires;
    std::vector<std::unique_ptr<QTcpServer>> probes;
    for (qint64 i = 0; i < count; ++i) {
        wb::NodeSpec spec;
        spec.id = wb::NodeId(i + 1);
        spec.kind = wb::NodeKind::Ring;
        spec.name = QStringLiteral("m%1").arg(i);
        spec.host = QStringLiteral("127.0.0.1");
        // Ports known before the run, as a circuit file has them: every member can reach its
        // successor at once (with port 0 a member learns the others' ports as they start).
        // The probes stay open until every member has its port, so that no two get the same.
        if (!options.flag(QStringLiteral("port-zero"))) {
            auto &probe = probes.emplace_back(std::make_unique<QTcpServer>());
            if (probe->listen(QHostAddress::LocalHost, 0))
                spec.port = probe->serverPort();
        }
        spec.params = wb::kinds::defaultParams(wb::NodeKind::Ring);
        spec.params.insert(QStringLiteral("key"), (qint64(1) << 32) / count * i);
        nodes << spec;
        wires.append({ wb::WireId(i + 1), spec.id, wb::NodeId((i + 1) % count + 1), {}, {} });
    }
    probes.clear();
    wb::Circuit circuit;
    circuit.setContents(nodes, wires);
    wb::MeshRuntime runtime(&circuit);

    QVariantMap result { { QStringLiteral("ok"), false } };
    std::vector<View> views(static_cast<size_t>(count));
    Stopwatch stopwatch;
    const qint64 startNs = nowNs();
    qint64 formedNs = 0;
    qint64 done = 0;
    QString pending; // the id of the text on its way round
    const wb::NodeId origin = 1;
    const auto formed = [&] {
        for (qint64 i = 0; i < count; ++i) {
            const View &v = views[size_t(i)];
            if (v.self.isEmpty() || v.successor != views[size_t((i + 1) % count)].self
                || v.predecessor != views[size_t((i + count - 1) % count)].self) {
                return false;
            }
        }
        return true;
    };
    const auto say = [&] {
        pending.clear();
        if (!runtime.command(origin, QStringLiteral("say"),
                { { QStringLiteral("text"), QStringLiteral("round %1").arg(done) } })) {
            result.insert(QStringLiteral("error"), QStringLiteral("member 0 would not say"));
            app.quit();
        }
    };
    QObject::connect(
        &runtime, &wb::MeshRuntime::liveState, &app, [&](wb::NodeId id, const QVariantMap &state) {
            if (const auto ring = state.constFind(QStringLiteral("ring")); ring != state.cend()) {
                const QVariantMap map = ring->toMap();
                View &v = views[size_t(id - 1)];
                v.self = map.value(QStringLiteral("self")).toString();
                v.successor = map.value(QStringLiteral("successors")).toStringList().value(0);
                v.predecessor = map.value(QStringLiteral("predecessor")).toString();
                if (formedNs == 0 && formed()) {
                    formedNs = nowNs();
                    if (warmup == 0)
                        stopwatch.start();
                    QTimer::singleShot(0, &app, say);
                }
                return;
            }
            const auto chat = state.constFind(QStringLiteral("chat"));
            if (id != origin || chat == state.cend())
                return;
            const QVariantMap event = chat->toMap();
            const QString type = event.value(QStringLiteral("event")).toString();
            if (type == QLatin1String("said")) {
                pending = event.value(QStringLiteral("id")).toString();
                return;
            }
            if (type != QLatin1String("returned")
                || event.value(QStringLiteral("id")).toString() != pending) {
                return;
            }
            ++done;
            if (done == warmup)
                stopwatch.start();
            if (done < warmup + rounds) {
                QTimer::singleShot(0, &app, say);
                return;
            }
            result = stopwatch.result(rounds);
            result.insert({
                { QStringLiteral("ok"), true },
                { QStringLiteral("hops"), count },
                { QStringLiteral("hop_us"),
                    result.value(QStringLiteral("seconds")).toDouble() * 1e6
                        / double(rounds * count) },
                { QStringLiteral("formed_ms"), double(formedNs - startNs) / 1e6 },
            });
            app.quit();
        });
    QTimer::singleShot(
        int(options.integer(QStringLiteral("timeout-ms"), 60000)), &app, &QCoreApplication::quit);
    runtime.startAll();
    app.exec();
    if (formedNs == 0) {
        qint64 whole = 0;
        QStringList wrong;
        for (qint64 i = 0; i < count; ++i) {
            const View &v = views[size_t(i)];
            const bool good = !v.self.isEmpty()
                && v.successor == views[size_t((i + 1) % count)].self
                && v.predecessor == views[size_t((i + count - 1) % count)].self;
            whole += good;
            if (!good && wrong.size() < 4) {
                wrong << QStringLiteral("m%1 %2: successor %3, predecessor %4")
                             .arg(i)
                             .arg(v.self, v.successor, v.predecessor);
            }
        }
        result.insert(QStringLiteral("error"),
            QStringLiteral("the ring did not form: %1 of %2 members have their neighbours; %3")
                .arg(whole)
                .arg(count)
                .arg(wrong.join(QStringLiteral("; "))));
    }
    result.insert(QStringLiteral("rounds_done"), done);
    runtime.stopAll();
    return report(result);
}
