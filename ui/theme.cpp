#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace wb::theme {

namespace {

Mode g_mode = Mode::System;
bool g_dark = false;
bool g_highContrast = false;

// The platform's palette before we replaced it: what "System" means.
const QPalette &platformPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

bool platformIsDark()
{
    return platformPalette().color(QPalette::Window).lightness() < 128;
}

} // namespace

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::HighContrast:
        return QStringLiteral("high-contrast");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Mode modeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    if (name == QLatin1String("high-contrast"))
        return Mode::HighContrast;
    return Mode::System;
}

QPalette palette(bool dark)
{
    struct Role
    {
        QPalette::ColorRole role;
        QRgb light;
        QRgb dark;
    };
    // One row per role, so that the two themes stay side by side and complete.
    static constexpr Role kRoles[] = {
        { QPalette::Window, 0xf3f4f6, 0x26292e },
        { QPalette::WindowText, 0x1f2328, 0xe3e6ea },
        { QPalette::Base, 0xffffff, 0x1c1e22 },
        { QPalette::AlternateBase, 0xf7f8fa, 0x23262b },
        { QPalette::ToolTipBase, 0xfffff4, 0x32363d },
        { QPalette::ToolTipText, 0x1f2328, 0xe3e6ea },
        { QPalette::PlaceholderText, 0x8c939c, 0x80868f },
        { QPalette::Text, 0x1f2328, 0xe3e6ea },
        { QPalette::Button, 0xfafbfc, 0x31353b },
        { QPalette::ButtonText, 0x1f2328, 0xe3e6ea },
        { QPalette::BrightText, 0xffffff, 0xffffff },
        { QPalette::Light, 0xffffff, 0x3d4249 },
        { QPalette::Midlight, 0xe9ebee, 0x353940 },
        { QPalette::Mid, 0xc4c9d0, 0x222529 },
        { QPalette::Dark, 0xa0a6af, 0x181a1d },
        { QPalette::Shadow, 0x6a7078, 0x0e0f11 },
        { QPalette::Link, 0x1f6feb, 0x4c9aff },
        { QPalette::Highlight, 0x1f6feb, 0x4c9aff },
        { QPalette::HighlightedText, 0xffffff, 0xffffff },
    };
    QPalette p;
    for (const Role &r : kRoles)
        p.setColor(r.role, QColor::fromRgb(dark ? r.dark : r.light));
    const QColor disabled = QColor::fromRgb(dark ? 0x6f757d : 0xa0a6af);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    if (dark)
        p.setColor(QPalette::Disabled, QPalette::Highlight, QColor::fromRgb(0x3a3f46));
    return p;
}

QPalette highContrastPalette()
{
    // Pure white on pure black (21:1), yellow for what is selected or a link, cyan for what
    // is disabled but still readable (over 12:1): every pair above WCAG AAA's 7:1.
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xff, 0x00);
    QPalette p;
    for (const auto role : { QPalette::Window, QPalette::Base, QPalette::AlternateBase,
             QPalette::Button, QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow })
        p.setColor(role, black);
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
             QPalette::ToolTipText, QPalette::BrightText, QPalette::Light, QPalette::Midlight,
             QPalette::Mid, QPalette::PlaceholderText })
        p.setColor(role, white);
    p.setColor(QPalette::AlternateBase, QColor(0x14, 0x14, 0x14));
    p.setColor(QPalette::Link, yellow);
    p.setColor(QPalette::LinkVisited, yellow);
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    const QColor disabled(0x00, 0xd7, 0xff);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, white);
    return p;
}

void apply(Mode mode)
{
    platformPalette(); // remember it before the first replacement
    g_mode = mode;
    g_highContrast = mode == Mode::HighContrast;
    g_dark = g_highContrast || mode == Mode::Dark || (mode == Mode::System && platformIsDark());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(g_highContrast ? highContrastPalette() : palette(g_dark));
    // Fusion draws a field's frame a shade darker than the window: on black, none at all.
    // White frames show every field, list and button, and a yellow one the focused control.
    qApp->setStyleSheet(g_highContrast
            ? QStringLiteral(
                  // A spin box is framed by its line edit: styled itself, it loses its arrows.
                  "QLineEdit, QComboBox, QPlainTextEdit, QTextEdit,"
                  " QAbstractItemView { border: 1px solid white; }"
                  "QPushButton { border: 1px solid white; border-radius: 3px; padding: 3px 10px; }"
                  "QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus,"
                  " QAbstractItemView:focus, QPushButton:focus { border: 2px solid yellow; }")
            : QString());
}

Mode current()
{
    return g_mode;
}

bool isDark()
{
    return g_dark;
}

bool isHighContrast()
{
    return g_highContrast;
}

Colors colors()
{
    if (g_highContrast) {
        // Saturated and light on black; states also differ by shape and word (statevisuals).
        return { QColor(0xff, 0xff, 0x00), QColor(0x00, 0xff, 0x00), QColor(0xff, 0xff, 0xff),
            QColor(0xff, 0xa5, 0x00), QColor(0xff, 0x55, 0x55), QColor(0x00, 0xff, 0x00),
            QColor(0xff, 0xff, 0xff), QColor(0x80, 0x80, 0x80) };
    }
    if (g_dark) {
        return { QColor(0x4c, 0x9a, 0xff), QColor(0x3f, 0xb9, 0x50), QColor(0x80, 0x86, 0x8f),
                 QColor(0xe3, 0xb3, 0x41), QColor(0xf8, 0x51, 0x49), QColor(0x3f, 0xb9, 0x50),
                 QColor(0x5a, 0x61, 0x6a), QColor(0x31, 0x35, 0x3b) };
    }
    return { QColor(0x1f, 0x6f, 0xeb), QColor(0x1a, 0x7f, 0x37), QColor(0x8c, 0x93, 0x9c),
             QColor(0xbf, 0x87, 0x00), QColor(0xcf, 0x22, 0x2e), QColor(0x1a, 0x7f, 0x37),
             QColor(0x9a, 0xa1, 0xaa), QColor(0xe4, 0xe7, 0xeb) };
}

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t),
        float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace wb::theme
