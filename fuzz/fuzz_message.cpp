// Message handling: what a node does with a message from the wire. The input's first byte picks
// the component (iopin, buzzer, led, proxy), the bytes up to the first newline are the
// connection's path, the rest is the message, as a peer may send them (not necessarily valid
// UTF-8). Every message gets exactly one reply. The wire helpers get the same text as a URL and
// a host.
#include "runtime/component.h"
#include "net/wireprotocol.h"

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
                                          wb::NodeKind::Led, wb::NodeKind::Proxy };
    Context context;
    std::unique_ptr<wb::Component> component(
        wb::Component::create(kinds[data[0] % 4], &context));
    component->setReporting(true, true);
    component->setup(wb::kinds::defaultParams(kinds[data[0] % 4]));
    int replies = 0;
    component->loop(wb::wire::channelFromPath(path), message,
                    [&replies](const QString &) { ++replies; });
    if (replies != 1)
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
