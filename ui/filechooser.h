#pragma once

#include <QStringList>
#include <functional>

class QWidget;

namespace wb {

// Asks for a file without blocking (no nested event loop while the mesh runs): `done` gets the
// chosen path; a name typed without an extension when saving gets the chosen filter's.
void chooseFile(QWidget *parent, const QString &title, const QStringList &filters, bool save,
    const std::function<void(const QString &)> &done);

} // namespace wb
