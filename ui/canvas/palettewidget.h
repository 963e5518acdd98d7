#pragma once

#include "document/nodespec.h"

#include <QListWidget>
#include <optional>

class QMimeData;

namespace wb {

// The components a circuit is built from (components(): the seed's clock, iopin, buzzer and led,
// proxy, ring, the queue seed's keyboard, queue, worker and console, external node), each with
// its icon and a one-line description. Dragging one onto the canvas places it (the drag
// carries kMimeType with the kind's name); Enter or a double-click asks for it to be placed
// at the centre of the canvas.
class PaletteWidget final : public QListWidget
{
    Q_OBJECT
public:
    static constexpr const char *kMimeType = "application/x-wirebench-kind";

    explicit PaletteWidget(QWidget *parent = nullptr);

    static QString mimeType() { return QLatin1String(kMimeType); }
    static QMimeData *createMimeData(NodeKind kind);
    static std::optional<NodeKind> kindFromMimeData(const QMimeData *data);
    static QString description(NodeKind kind);
    // Every kind a person can place, in the order the palette, Insert and the canvas menu list
    // them.
    static const QList<NodeKind> &components();

    std::optional<NodeKind> currentKind() const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void placeRequested(wb::NodeKind kind);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void startDrag(Qt::DropActions supportedActions) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcons();
};

} // namespace wb
