#include "canvastheme.h"

#include "statevisuals.h"

#include <QPalette>

namespace wb {

CanvasTheme CanvasTheme::fromPalette(const QPalette &palette)
{
    CanvasTheme t;
    t.dark = palette.color(QPalette::Window).lightness() < 128;
    t.selection = palette.color(QPalette::Highlight);
    t.text = palette.color(QPalette::Text);
    if (isHighContrast(palette)) {
        // Black canvas, white cards' edges and wires, nothing faint: every line at full contrast.
        t.background = Qt::black;
        t.gridMinor = QColor(0x30, 0x30, 0x30);
        t.gridMajor = QColor(0x60, 0x60, 0x60);
        t.nodeFill = Qt::black;
        t.nodeBorder = Qt::white;
        t.nodeShadow = Qt::transparent;
        t.divider = Qt::white;
        t.mutedText = Qt::white;
        t.wire = Qt::white;
        t.token = QColor(0x00, 0xff, 0xff);
        t.ack = QColor(0x00, 0xff, 0x00);
        t.failure = QColor(0xff, 0x55, 0x55);
        t.chipFill = Qt::black;
    } else if (t.dark) {
        t.background = QColor(0x1a, 0x1c, 0x20);
        t.gridMinor = QColor(0x2c, 0x30, 0x36);
        t.gridMajor = QColor(0x3a, 0x3f, 0x47);
        t.nodeFill = QColor(0x27, 0x2b, 0x31);
        t.nodeBorder = QColor(0x3b, 0x41, 0x4a);
        t.nodeShadow = QColor(0, 0, 0, 110);
        t.divider = QColor(0x34, 0x39, 0x41);
        t.mutedText = QColor(0x9a, 0xa1, 0xab);
        t.wire = QColor(0x6b, 0x75, 0x82);
        t.token = QColor(0x7c, 0xb7, 0xff);
        t.ack = QColor(0x4a, 0xde, 0x80);
        t.failure = QColor(0xf8, 0x71, 0x71);
        t.chipFill = QColor(0x1f, 0x22, 0x27);
    } else {
        t.background = QColor(0xf6, 0xf7, 0xf9);
        t.gridMinor = QColor(0xdc, 0xe0, 0xe6);
        t.gridMajor = QColor(0xc6, 0xcc, 0xd4);
        t.nodeFill = Qt::white;
        t.nodeBorder = QColor(0xd3, 0xd8, 0xdf);
        t.nodeShadow = QColor(0x10, 0x18, 0x28, 28);
        t.divider = QColor(0xe8, 0xeb, 0xef);
        t.mutedText = QColor(0x6b, 0x72, 0x80);
        t.wire = QColor(0x98, 0xa2, 0xb3);
        t.token = QColor(0x25, 0x63, 0xeb);
        t.ack = QColor(0x16, 0xa3, 0x4a);
        t.failure = QColor(0xdc, 0x26, 0x26);
        t.chipFill = QColor(0xf3, 0xf4, 0xf6);
    }
    return t;
}

bool CanvasTheme::isHighContrast(const QPalette &palette)
{
    return palette.color(QPalette::Window) == Qt::black
        && palette.color(QPalette::WindowText) == Qt::white;
}

QColor CanvasTheme::accent(NodeKind kind, bool dark)
{
    switch (kind) {
    case NodeKind::Clock:
        return dark ? QColor(0x5b, 0x9c, 0xf8) : QColor(0x2f, 0x74, 0xe0);
    case NodeKind::IoPin:
        return dark ? QColor(0xa7, 0x8b, 0xfa) : QColor(0x7c, 0x4d, 0xdb);
    case NodeKind::Buzzer:
        return dark ? QColor(0xf5, 0xb0, 0x3a) : QColor(0xe0, 0x8a, 0x0b);
    case NodeKind::Led:
        return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xe1, 0x3d, 0x3d);
    case NodeKind::Keyboard:
        return dark ? QColor(0x94, 0xa3, 0xb8) : QColor(0x47, 0x55, 0x69);
    case NodeKind::Queue:
        return dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x16, 0xa3, 0x4a);
    case NodeKind::Worker:
        return dark ? QColor(0xfb, 0x92, 0x3c) : QColor(0xc2, 0x41, 0x0c);
    case NodeKind::Console:
        return dark ? QColor(0x60, 0xa5, 0xfa) : QColor(0x1d, 0x4e, 0xd8);
    case NodeKind::External:
        return dark ? QColor(0x2d, 0xc4, 0xb2) : QColor(0x0f, 0x94, 0x88);
    case NodeKind::Proxy:
        return dark ? QColor(0xf4, 0x72, 0xb6) : QColor(0xdb, 0x27, 0x77);
    case NodeKind::Ring:
        return dark ? QColor(0x84, 0xcc, 0x16) : QColor(0x4d, 0x7c, 0x0f);
    case NodeKind::Script:
        return dark ? QColor(0xfa, 0xcc, 0x15) : QColor(0xa1, 0x62, 0x07);
    }
    return Qt::gray;
}

QColor CanvasTheme::stateColor(NodeState state)
{
    return statevisuals::color(state);
}

} // namespace wb
