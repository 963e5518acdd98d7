#pragma once

#include "document/circuitformat.h"

#include <QHash>
#include <QJsonValue>
#include <QStringList>

class QJsonObject;

namespace wb::circuitformat {

// The parts of a circuit file read one at a time, each checked against the file's rules; the
// first problem is kept as "where: what" (`nodes[2].port: ...`) and every read after it fails.
class CircuitReader
{
public:
    QString error;

    // Records the problem (the first one only) and returns false.
    bool fail(const QString &where, const QString &what);
    // One node; version 1's `targets` names go to `targetNames` for migrateTargets().
    bool readNode(const QJsonValue &value, const QString &where, int version, NodeSpec &spec,
        QStringList &targetNames);
    bool readWires(const QJsonValue &value, const QHash<QString, NodeId> &ids, Document &document);
    bool readSeed(const QJsonValue &value, Document &document);
    bool readSchedule(
        const QJsonValue &value, const QHash<QString, NodeId> &ids, Document &document);
    // Version 1: each node's targets in order become wires, in node order.
    bool migrateTargets(const QList<QStringList> &targetNames, const QHash<QString, NodeId> &ids,
        Document &document);

private:
    NodeId nodeField(const QJsonObject &o, const char *field, const QString &where,
        const QHash<QString, NodeId> &ids);
    bool knownFields(const QJsonObject &o, const QStringList &known, const QString &where);
};

} // namespace wb::circuitformat
