#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace wb {

// What a node is. External nodes run elsewhere: the circuit only knows their address. A proxy
// relays what it receives to its targets and their acks back (Toxiproxy's idea), so that the
// traffic between two external nodes passes this process's delivery gate. Keyboard, queue,
// worker and console are the asyncio queue seed as components (docs/queues.md). A script runs a
// student's sketch in JavaScript (docs/scripts.md).
enum class NodeKind {
    Clock,
    IoPin,
    Buzzer,
    Led,
    External,
    Proxy,
    Ring,
    Keyboard,
    Queue,
    Worker,
    Console,
    Script
};

using NodeId = int;

// One node of a circuit, as a plain value. Its wires are the circuit's (document/wire.h): they
// refer to nodes by id so that a rename never breaks one; the file stores names.
struct NodeSpec
{
    NodeId id = 0;
    QString name;
    NodeKind kind = NodeKind::Clock;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0: no server (a clock) or not yet assigned
    QVariantMap params;
    std::optional<QPointF> position;
    // An external node that the registry announced (docs/discovery.md): it comes and goes with
    // its registration, has no position (views lay it out) and is never saved to a file.
    bool discovered = false;
    // What an external node says it is ("buzzer"), when known: the registry record's kind.
    QString remoteKind;

    bool operator==(const NodeSpec &) const = default;
};

// A node name: 1 to 64 of A-Z a-z 0-9 _ . - (docs/circuit-format.md).
bool isValidNodeName(const QString &name);

namespace kinds {

// The most items a queue may hold: its memory is bounded by its capacity (docs/queues.md).
constexpr qint64 kMaxQueueCapacity = 100000;
// The longest sketch a script node takes (characters): a sketch is typed by a person.
constexpr int kMaxScriptLength = 256 * 1024;
// The sketch a new script node starts with.
QString defaultScript();

QString name(NodeKind kind);
// "a clock", "an iopin": for messages.
QString nameWithArticle(NodeKind kind);
std::optional<NodeKind> fromName(const QString &name);
QStringList names();

// Servers answer messages; a clock only sends.
bool hasServer(NodeKind kind);
// Only these may be the end of a wire.
bool acceptsInput(NodeKind kind);
// Only these may be the start of a wire.
bool hasOutput(NodeKind kind);
bool isLocal(NodeKind kind);

// The parameters a kind understands, with their defaults (the seed's values).
QVariantMap defaultParams(NodeKind kind);

// Checks one parameter value; returns an error text, empty when it is fine. The value is
// normalised in place (for example "3" becomes the integer 3).
QString validateParam(NodeKind kind, const QString &key, QVariant &value);

} // namespace kinds
} // namespace wb
