#pragma once

class QMenu;
class QWidget;

namespace wb {

class LifelineModel;

// The lifelines menu (a lane header's context menu when `row` >= 0): hide that lifeline or move
// it, show or hide each one, show all, back to the canvas order. Built when it opens.
QMenu *lifelineMenu(LifelineModel *model, int row, QWidget *parent);

} // namespace wb
