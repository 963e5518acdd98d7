#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace wb::theme {

namespace {

Mode g_mode = Mode::System;
bool g_dark = false;

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
    return Mode::System;
}

QPalette palette(bool dark)
{
    QPalette p;
    const QColor accent = dark ? QColor(0x4c, 0x9a, 0xff) : QColor(0x1f, 0x6f, 0xeb);
    if (dark) {
        const QColor window(0x26, 0x29, 0x2e);
        const QColor base(0x1c, 0x1e, 0x22);
        const QColor text(0xe3, 0xe6, 0xea);
        const QColor button(0x31, 0x35, 0x3b);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x2b));
        p.setColor(QPalette::ToolTipBase, QColor(0x32, 0x36, 0x3d));
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x86, 0x8f));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, button);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, Qt::white);
        p.setColor(QPalette::Light, QColor(0x3d, 0x42, 0x49));
        p.setColor(QPalette::Midlight, QColor(0x35, 0x39, 0x40));
        p.setColor(QPalette::Mid, QColor(0x22, 0x25, 0x29));
        p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1d));
        p.setColor(QPalette::Shadow, QColor(0x0e, 0x0f, 0x11));
        p.setColor(QPalette::Link, accent);
        p.setColor(QPalette::Highlight, accent);
        p.setColor(QPalette::HighlightedText, Qt::white);
        const QColor disabled(0x6f, 0x75, 0x7d);
        for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
            p.setColor(QPalette::Disabled, role, disabled);
        p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3f, 0x46));
    } else {
        const QColor window(0xf3, 0xf4, 0xf6);
        const QColor text(0x1f, 0x23, 0x28);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
        p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf4));
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x93, 0x9c));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, Qt::white);
        p.setColor(QPalette::Light, Qt::white);
        p.setColor(QPalette::Midlight, QColor(0xe9, 0xeb, 0xee));
        p.setColor(QPalette::Mid, QColor(0xc4, 0xc9, 0xd0));
        p.setColor(QPalette::Dark, QColor(0xa0, 0xa6, 0xaf));
        p.setColor(QPalette::Shadow, QColor(0x6a, 0x70, 0x78));
        p.setColor(QPalette::Link, accent);
        p.setColor(QPalette::Highlight, accent);
        p.setColor(QPalette::HighlightedText, Qt::white);
        const QColor disabled(0xa0, 0xa6, 0xaf);
        for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
            p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
}

void apply(Mode mode)
{
    platformPalette(); // remember it before the first replacement
    g_mode = mode;
    g_dark = mode == Mode::Dark || (mode == Mode::System && platformIsDark());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(palette(g_dark));
}

Mode current()
{
    return g_mode;
}

bool isDark()
{
    return g_dark;
}

Colors colors()
{
    if (g_dark) {
        return { QColor(0x4c, 0x9a, 0xff), QColor(0x3f, 0xb9, 0x50), QColor(0x80, 0x86, 0x8f),
                 QColor(0xe3, 0xb3, 0x41), QColor(0xf8, 0x51, 0x49), QColor(0x3f, 0xb9, 0x50),
                 QColor(0x5a, 0x61, 0x6a), QColor(0x31, 0x35, 0x3b) };
    }
    return { QColor(0x1f, 0x6f, 0xeb), QColor(0x1a, 0x7f, 0x37), QColor(0x8c, 0x93, 0x9c),
             QColor(0xbf, 0x87, 0x00), QColor(0xcf, 0x22, 0x2e), QColor(0x1a, 0x7f, 0x37),
             QColor(0x9a, 0xa1, 0xaa), QColor(0xe4, 0xe7, 0xeb) };
}

} // namespace wb::theme
