#pragma once

#include "document/faults.h"
#include "document/nodespec.h"
#include "document/wire.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// The circuit file: versioned JSON, specified in docs/circuit-format.md. Pure functions; the
// errors say what is wrong and where (a JSON path, or a line and column for syntax errors).
namespace wb {
class Circuit;
}

namespace wb::circuitformat {

// Version 2 made wires first-class (ids, channels, fault rules) and added the run's seed and
// fault schedule; version 1 files (wires as each node's "targets") are read and migrated.
inline constexpr int kVersion = 2;
inline constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
inline constexpr int kMaxNodes = 10000;
inline constexpr int kMaxWires = 100000;
inline constexpr int kMaxScheduledFaults = 10000;
// A seed is a JSON number: whole numbers are exact up to 2^53.
inline constexpr quint64 kMaxSeed = quint64(1) << 53;
// Objects and lists inside each other; the format itself needs 5 (root, wires, wire, faults,
// message).
inline constexpr int kMaxNesting = 16;

struct Document
{
    QString title;
    QList<NodeSpec> nodes; // ids 1..n in file order
    // In file order (version 1: node order, then each node's target order), ends resolved to
    // node ids; ids as in the file, or fresh ones above every given id.
    QList<Wire> wires;
    std::optional<quint64> seed;
    QList<ScheduledFault> schedule; // nodes resolved to node ids

    bool operator==(const Document &) const = default;
};

struct Result
{
    Document document;
    QString error; // empty on success: "where: what"
    bool ok() const { return error.isEmpty(); }
};

Result parse(const QByteArray &json);
QByteArray serialize(const Document &document);

// Reads a file (or a ":/" resource); errors start with the file name.
Result load(const QString &path);
// Writes atomically; returns an error text, empty on success.
QString save(const QString &path, const Document &document);

// The document a circuit holds (saving), and a circuit replaced by a document (opening: title,
// nodes, wires, seed and schedule; emits Circuit::reset()).
Document documentOf(const Circuit &circuit);
void setDocument(Circuit *circuit, const Document &document);

// The seed's grid: clock -> iopin (8765) -> buzzer (8766).
QString seedCircuitPath();

} // namespace wb::circuitformat
