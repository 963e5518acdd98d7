#pragma once

#include "document/nodespec.h"
#include "runtime/localnode.h"

#include <QColor>

class QPalette;

namespace wb {

// The colours of the canvas, derived from the widget palette so that the canvas follows the
// light or dark theme; state colours are the ones every panel uses (statevisuals).
struct CanvasTheme
{
    bool dark = false;
    QColor background;
    QColor gridMinor;
    QColor gridMajor;
    QColor nodeFill;
    QColor nodeBorder;
    QColor nodeShadow;
    QColor divider;
    QColor text;
    QColor mutedText;
    QColor selection;
    QColor wire;
    QColor token;
    QColor ack;
    QColor failure;
    QColor chipFill;

    static CanvasTheme fromPalette(const QPalette &palette);
    // The high-contrast theme's palette (theme.h): pure white on pure black.
    static bool isHighContrast(const QPalette &palette);

    // The colour that identifies a kind: its icon tile, its ports.
    static QColor accent(NodeKind kind, bool dark);
    QColor accent(NodeKind kind) const { return accent(kind, dark); }
    static QColor stateColor(NodeState state);
};

} // namespace wb
