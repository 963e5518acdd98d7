#pragma once

#include <QIcon>
#include <QString>

namespace wb::icons {

// An icon from resources/icons/action-<name>.svg. Its strokes in "currentColor" take the text
// colour of the palette at paint time (and the disabled colour when disabled), so one file
// serves the light and the dark theme.
QIcon action(const QString &name);

} // namespace wb::icons
