#pragma once

#include <QColor>
#include <QString>

class QApplication;
class QPalette;

namespace wb::theme {

// HighContrast: white and yellow on black, for low vision (docs/accessibility.md).
enum class Mode { System, Light, Dark, HighContrast };

QString modeName(Mode mode);
Mode modeFromName(const QString &name); // unknown names: System

// Fusion with our palette for `mode`; System follows the platform's own palette (light or
// dark) as it was when the application started.
void apply(Mode mode);
Mode current();
bool isDark();
bool isHighContrast();

QPalette palette(bool dark);
QPalette highContrastPalette();

// The accent colours every view uses, so that a state has one colour everywhere.
struct Colors
{
    QColor accent;    // selection, highlights, links
    QColor running;   // running / listening / "1"
    QColor idle;      // stopped
    QColor warning;
    QColor error;
    QColor signalHigh; // plot: a 1
    QColor signalLow;  // plot: a 0
    QColor grid;
};
Colors colors();

// a + (b - a) * t, channel by channel (opaque); and a colour with another alpha (0-255).
QColor blend(const QColor &a, const QColor &b, double t);
QColor withAlpha(QColor color, int alpha);

} // namespace wb::theme
