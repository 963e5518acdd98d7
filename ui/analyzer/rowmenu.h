#pragma once

class QMenu;
class QWidget;

namespace wb {

class TraceRowModel;

// The context menu of a logic analyzer row (-1: no row): hide it, colour it, move it, and show
// the hidden rows again. Non-modal: the colour dialog opens without a nested event loop.
QMenu *rowMenu(TraceRowModel *model, int row, QWidget *parent);

} // namespace wb
