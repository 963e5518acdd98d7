// Message handling: what a node does with a message from the wire. The input's first byte picks
// the component (iopin, buzzer, led, proxy, ring), the bytes up to the first newline are the
// connection's path, the rest is the message, as a peer may send them (not necessarily valid
// UTF-8). Every message gets one reply (or refusal) at once, but a ring's probe (answered once
// its own ping is). The wire helpers get the same text as a URL and a host, the ring's parsers
// the message as a message and as an ack.
#include "net/wireprotocol.h"
#include "runtime/component.h"
#include "runtime/ring/ringprotocol.h"

#include <QCoreApplication>
#include <cstdlib>
#include <memory>

namespace {

// A node with one target that acknowledges everything at once.
class Context final : public wb::NodeContext
{
public:
    QString nodeName() const override { return QStringLiteral("fuzz"); }
    wb::TimeSource *timeSource() const override { return nullptr; } // the wall clock
    int targetCount() const override { return 1; }
    void streamToTargets(const QStringList &items, const QString &, StreamDone done) override
    {
        StreamResult result;
        for (qsizetype i = 0; i < items.size(); ++i)
            result.acks << QStringLiteral("ok");
        done(result);
    }
    // Reporting is on: every line a component logs says something.
    void log(const QString &text) override
    {
        if (text.isEmpty())
            std::abort();
    }
    // Nothing answers what a ring member sends: its timers would decide, and none run here.
    void sendTo(
        const QString &, const QString &, const QString &, const SendOptions &, SendDone) override
    { }
    QString selfAddress() const override { return QStringLiteral("ws://127.0.0.1:9"); }
    QStringList contacts() const override { return {}; }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static int argc = 1;
    static char name[] = "fuzz_message";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);

    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype newline = bytes.indexOf('\n');
    const QString path = QString::fromUtf8(newline < 0 ? bytes : bytes.left(newline));
    const QString message = QString::fromUtf8(newline < 0 ? QByteArray() : bytes.mid(newline + 1));

    static const wb::NodeKind kinds[] = { wb::NodeKind::IoPin, wb::NodeKind::Buzzer,
        wb::NodeKind::Led, wb::NodeKind::Proxy, wb::NodeKind::Ring };
    const wb::NodeKind kind = kinds[data[0] % 5];
    Context context;
    std::unique_ptr<wb::Component> component(wb::Component::create(kind, &context));
    component->setReporting(true, true);
    component->setup(wb::kinds::defaultParams(kind));
    component->start();
    int replies = 0;
    component->loop(wb::wire::channelFromPath(path), message,
        wb::Component::Reply([&replies](const QString &) { ++replies; },
            [&replies](const QString &reason) {
                if (reason.isEmpty())
                    std::abort(); // a refusal says why
                ++replies;
            }));
    // A ring member answers a probe once its own ping is answered: later, never here.
    if (replies > 1 || (replies == 0 && kind != wb::NodeKind::Ring))
        std::abort();
    component->stop();

    QString error;
    if (!wb::ring::parseMessage(message, context.selfAddress(), &error) && error.isEmpty())
        std::abort();
    if (!wb::ring::parseAck(message, &error) && error.isEmpty())
        std::abort();

    if (const auto target = wb::wire::parseTargetUrl(path)) {
        const QUrl url = wb::wire::nodeUrl(target->host, target->port, wb::wire::clockChannel());
        if (!url.isValid() || url.port() != target->port)
            std::abort();
    }
    (void)wb::wire::listenAddress(message);
    (void)wb::wire::connectHost(message);
    return 0;
}
