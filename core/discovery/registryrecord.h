#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// What a node writes into the registry (docs/discovery.md): the key /wirebench/nodes/<name>
// holds {"name", "kind", "host", "port", "version"} as JSON. Pure functions.
namespace wb::registry {

struct NodeRecord
{
    QString name;
    QString kind; // "buzzer", "iopin", "led", ... as the node calls itself
    QString host; // the address others reach it at (--advertise)
    quint16 port = 0;
    QString version;

    bool operator==(const NodeRecord &) const = default;
};

inline QString keyPrefix()
{
    return QStringLiteral("/wirebench/nodes/");
}
inline QString keyFor(const QString &name)
{
    return keyPrefix() + name;
}
// The name in a key of the prefix; empty for any other key.
QString nameFromKey(const QString &key);

QByteArray toJson(const NodeRecord &record);
// A record as another node wrote it; nullopt (and why) when it is not one we can use.
std::optional<NodeRecord> fromJson(const QByteArray &json, QString *error = nullptr);

// "buzzer at 10.0.0.5:8766", for messages.
QString describe(const NodeRecord &record);

} // namespace wb::registry
