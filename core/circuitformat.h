#pragma once

#include "nodespec.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The circuit file: versioned JSON, specified in docs/circuit-format.md. Pure functions; the
// errors say what is wrong and where (a JSON path, or a line and column for syntax errors).
namespace wb::circuitformat {

inline constexpr int kVersion = 1;
inline constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
inline constexpr int kMaxNodes = 10000;
// Objects and lists inside each other; the format itself needs 4 (root, nodes, node, params).
inline constexpr int kMaxNesting = 16;

struct Document
{
    QString title;
    QList<NodeSpec> nodes; // ids 1..n in file order, targets resolved to those ids
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

// The seed's grid: clock -> iopin (8765) -> buzzer (8766).
QString seedCircuitPath();

} // namespace wb::circuitformat
