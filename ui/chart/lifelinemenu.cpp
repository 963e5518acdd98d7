#include "lifelinemenu.h"

#include "lifelinemodel.h"

#include <QCoreApplication>
#include <QMenu>

namespace wb {

namespace {

QString tr(const char *text)
{
    // lupdate files a bare tr() in a function of namespace wb under the context "wb".
    return QCoreApplication::translate("wb", text);
}

} // namespace

QMenu *lifelineMenu(LifelineModel *model, int row, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QList<Lifeline> &lines = model->lifelines();
    if (row >= 0 && row < lines.size()) {
        // The lifeline may have moved by the time an action runs: find it by key.
        const QString key = lines.at(row).key;
        menu->addSection(lines.at(row).name);
        QObject::connect(menu->addAction(tr("Hide")), &QAction::triggered, model,
            [model, key] { model->setVisible(model->indexOf(key), false); });
        QAction *left = menu->addAction(tr("Move left"));
        left->setEnabled(row > 0);
        QObject::connect(left, &QAction::triggered, model, [model, key] {
            const int index = model->indexOf(key);
            model->move(index, index - 1);
        });
        QAction *right = menu->addAction(tr("Move right"));
        right->setEnabled(row + 1 < lines.size());
        QObject::connect(right, &QAction::triggered, model, [model, key] {
            const int index = model->indexOf(key);
            model->move(index, index + 1);
        });
    }
    menu->addSection(tr("Lifelines"));
    for (const Lifeline &line : lines) {
        QAction *show = menu->addAction(line.name);
        show->setCheckable(true);
        show->setChecked(line.visible);
        QObject::connect(show, &QAction::toggled, model,
            [model, key = line.key](bool on) { model->setVisible(model->indexOf(key), on); });
    }
    menu->addSeparator();
    QObject::connect(
        menu->addAction(tr("Show all")), &QAction::triggered, model, &LifelineModel::showAll);
    QAction *canvas = menu->addAction(tr("Canvas order (left to right)"));
    canvas->setEnabled(!model->isCanvasOrder());
    QObject::connect(canvas, &QAction::triggered, model, &LifelineModel::resetOrder);
    return menu;
}

} // namespace wb
