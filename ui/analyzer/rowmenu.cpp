#include "rowmenu.h"

#include "tracerows.h"

#include <QColorDialog>
#include <QCoreApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace wb {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.fillRect(QRect(1, 1, 12, 12), color);
    return QIcon(pixmap);
}

QString tr(const char *text)
{
    // lupdate files a bare tr() in a function of namespace wb under the context "wb".
    return QCoreApplication::translate("wb", text);
}

} // namespace

QMenu *rowMenu(TraceRowModel *model, int row, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QList<TraceRow> &rows = model->rows();
    if (row >= 0 && row < rows.size()) {
        const TraceRow &r = rows.at(row);
        const QString key = r.key;
        // The row may have moved by the time an action runs: find it by key.
        const auto index = [model, key] {
            return model->indexOf(key);
        };
        menu->addSection(r.label);
        QObject::connect(menu->addAction(tr("Hide")), &QAction::triggered, model,
            [model, index] { model->setVisible(index(), false); });
        QMenu *colors = menu->addMenu(swatch(r.color), tr("Colour"));
        for (int i = 0; i < 8; ++i) {
            const QColor c = TraceRowModel::defaultColor(i);
            QObject::connect(colors->addAction(swatch(c), c.name()), &QAction::triggered, model,
                [model, index, c] { model->setColor(index(), c); });
        }
        colors->addSeparator();
        QObject::connect(colors->addAction(tr("Other…")), &QAction::triggered, parent,
            [model, index, parent, color = r.color] {
                auto *dialog = new QColorDialog(color, parent);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                QObject::connect(dialog, &QColorDialog::colorSelected, model,
                    [model, index](const QColor &chosen) { model->setColor(index(), chosen); });
                dialog->open();
            });
        QAction *up = menu->addAction(tr("Move up"));
        up->setEnabled(row > 0);
        QObject::connect(
            up, &QAction::triggered, model, [model, index] { model->move(index(), index() - 1); });
        QAction *down = menu->addAction(tr("Move down"));
        down->setEnabled(row + 1 < rows.size());
        QObject::connect(down, &QAction::triggered, model,
            [model, index] { model->move(index(), index() + 1); });
    }
    menu->addSection(tr("Rows"));
    for (int i = 0; i < rows.size(); ++i) {
        QAction *show = menu->addAction(swatch(rows.at(i).color), rows.at(i).label);
        show->setCheckable(true);
        show->setChecked(rows.at(i).visible);
        const QString key = rows.at(i).key;
        QObject::connect(show, &QAction::toggled, model,
            [model, key](bool on) { model->setVisible(model->indexOf(key), on); });
    }
    QAction *all = menu->addAction(tr("Show all rows"));
    QObject::connect(all, &QAction::triggered, model, &TraceRowModel::showAll);
    return menu;
}

} // namespace wb
