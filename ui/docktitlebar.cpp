#include "docktitlebar.h"

#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace wb {

DockTitleBar::DockTitleBar(QDockWidget *dock, const QIcon &icon)
    : QWidget(dock)
    , m_dock(dock)
    , m_icon(icon)
    , m_iconLabel(new QLabel(this))
    , m_title(new QLabel(dock->windowTitle(), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    const auto button = [this](QStyle::StandardPixmap pixmap, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(pixmap, nullptr, this));
        b->setIconSize({ 12, 12 });
        b->setAutoRaise(true);
        b->setToolTip(tip);
        b->setFocusPolicy(Qt::NoFocus);
        return b;
    };
    QToolButton *floatButton = button(QStyle::SP_TitleBarNormalButton, tr("Float or dock"));
    QToolButton *closeButton = button(QStyle::SP_TitleBarCloseButton, tr("Hide this panel"));
    connect(floatButton, &QToolButton::clicked, m_dock,
            [this] { m_dock->setFloating(!m_dock->isFloating()); });
    connect(closeButton, &QToolButton::clicked, m_dock, &QDockWidget::close);
    connect(m_dock, &QDockWidget::windowTitleChanged, m_title, &QLabel::setText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->setSpacing(6);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_title);
    layout->addStretch();
    layout->addWidget(floatButton);
    layout->addWidget(closeButton);
    updateIcon();
}

QSize DockTitleBar::sizeHint() const
{
    return { QWidget::sizeHint().width(), fontMetrics().height() + 14 };
}

QSize DockTitleBar::minimumSizeHint() const
{
    return { 80, sizeHint().height() };
}

void DockTitleBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(rect().bottomLeft(), rect().bottomRight());
}

void DockTitleBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void DockTitleBar::updateIcon()
{
    const int size = 16;
    m_iconLabel->setPixmap(m_icon.pixmap(size, size));
}

} // namespace wb
