#pragma once

#include <QString>

// A translator from the sketch language (the script API's JavaScript subset, documented in
// docs/python-export.md) to Python 3 asyncio: the sketch becomes a class derived from the
// exported file's FactoryLoop, with setup(), a `reactive` loop() and the sketch's helpers as
// methods. What it cannot translate faithfully it refuses, naming the line and the construct:
// a refusal is never a wrong translation.
namespace wb::jstopython {

struct Result
{
    bool ok = false;
    QString python; // the class, ending with a newline
    QString error; // "line N: <construct> has no Python translation", or a syntax error
};

Result translate(const QString &source, const QString &className);

} // namespace wb::jstopython
