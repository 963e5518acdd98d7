#pragma once

#include <QWidget>

class QDockWidget;
class QLabel;

namespace wb {

// A panel's title: its icon, its name in bold, and buttons to float and close it, with the
// spacing of the rest of the window (Fusion's own dock titles are bare text).
class DockTitleBar final : public QWidget
{
    Q_OBJECT
public:
    DockTitleBar(QDockWidget *dock, const QIcon &icon);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QDockWidget *m_dock;
    QIcon m_icon;
    QLabel *m_iconLabel;
    QLabel *m_title;
};

} // namespace wb
