#include "palettewidget.h"

#include "componenticons.h"

#include <QDrag>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QStyledItemDelegate>

namespace wb {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kDescriptionRole = Qt::UserRole + 1;
constexpr int kIconSize = 32;

// Two lines per component: its name, and what it does in a muted colour.
class PaletteDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(option.rect.width(), kIconSize + 16);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = opt.palette;
        const QRectF r = QRectF(opt.rect).adjusted(4, 2, -4, -2);
        if (opt.state & (QStyle::State_Selected | QStyle::State_MouseOver)) {
            QColor fill = pal.color(QPalette::Highlight);
            fill.setAlphaF(opt.state & QStyle::State_Selected ? 0.18f : 0.08f);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(r, 8, 8);
        }
        const QRectF iconRect(r.left() + 8, r.center().y() - kIconSize / 2.0, kIconSize,
                              kIconSize);
        const auto kind = NodeKind(index.data(kKindRole).toInt());
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        componenticons::paint(painter, iconRect, kind, dark);

        const QRectF text(iconRect.right() + 10, r.top() + 6, r.right() - iconRect.right() - 16,
                          r.height() - 12);
        QFont name = opt.font;
        name.setWeight(QFont::DemiBold);
        painter->setFont(name);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop, index.data(Qt::DisplayRole).toString());
        QFont small = opt.font;
        small.setPointSizeF(opt.font.pointSizeF() * 0.88);
        painter->setFont(small);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        const QString description = index.data(kDescriptionRole).toString();
        painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom,
                          painter->fontMetrics().elidedText(description, Qt::ElideRight,
                                                            int(text.width())));
        painter->restore();
    }
};

} // namespace

PaletteWidget::PaletteWidget(QWidget *parent)
    : QListWidget(parent)
{
    setItemDelegate(new PaletteDelegate(this));
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(SingleSelection);
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setIconSize(QSize(kIconSize, kIconSize));
    setToolTip(tr("Drag a component onto the canvas, or press Enter to place it"));
    for (const NodeKind kind : components()) {
        auto *item = new QListWidgetItem(kinds::name(kind), this);
        item->setData(kKindRole, int(kind));
        item->setData(kDescriptionRole, description(kind));
        item->setToolTip(description(kind));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    updateIcons();
    setCurrentRow(0);
    connect(this, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT placeRequested(NodeKind(item->data(kKindRole).toInt()));
    });
}

const QList<NodeKind> &PaletteWidget::components()
{
    // The seed's parts first, the queue seed's in the order a message meets them, the node
    // elsewhere last.
    static const QList<NodeKind> list { NodeKind::Clock, NodeKind::IoPin, NodeKind::Buzzer,
        NodeKind::Led, NodeKind::Proxy, NodeKind::Ring, NodeKind::Keyboard, NodeKind::Queue,
        NodeKind::Worker, NodeKind::Console, NodeKind::Script, NodeKind::External };
    return list;
}

QString PaletteWidget::description(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Clock:
        return tr("Ticks at a steady pace");
    case NodeKind::IoPin:
        return tr("Random bits on each tick");
    case NodeKind::Buzzer:
        return tr("Buzzes on 1, quiet on 0");
    case NodeKind::Led:
        return tr("Lights on 1, dark on 0");
    case NodeKind::Proxy:
        return tr("Relays messages and their acks");
    case NodeKind::Ring:
        return tr("Chats round a ring that heals");
    case NodeKind::Keyboard:
        return tr("Sends the lines you type");
    case NodeKind::Queue:
        return tr("Holds messages in order, up to its capacity");
    case NodeKind::Worker:
        return tr("Takes its time over each message");
    case NodeKind::Console:
        return tr("Shows the lines it receives");
    case NodeKind::Script:
        return tr("Runs a sketch you write in JavaScript");
    case NodeKind::External:
        return tr("A node elsewhere, by address");
    }
    return {};
}

QMimeData *PaletteWidget::createMimeData(NodeKind kind)
{
    auto *data = new QMimeData;
    data->setData(mimeType(), kinds::name(kind).toUtf8());
    return data;
}

std::optional<NodeKind> PaletteWidget::kindFromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    return kinds::fromName(QString::fromUtf8(data->data(mimeType())));
}

std::optional<NodeKind> PaletteWidget::currentKind() const
{
    if (const QListWidgetItem *item = currentItem())
        return NodeKind(item->data(kKindRole).toInt());
    return std::nullopt;
}

QSize PaletteWidget::sizeHint() const
{
    return QSize(240, count() * (kIconSize + 16) + 8);
}

QStringList PaletteWidget::mimeTypes() const
{
    return { mimeType() };
}

QMimeData *PaletteWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    return createMimeData(NodeKind(items.first()->data(kKindRole).toInt()));
}

void PaletteWidget::startDrag(Qt::DropActions)
{
    const auto kind = currentKind();
    if (!kind)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(createMimeData(*kind));
    const qreal dpr = devicePixelRatioF();
    drag->setPixmap(componenticons::pixmap(*kind, 40, palette(), dpr));
    drag->setHotSpot(QPoint(20, 20));
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

void PaletteWidget::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentKind()) {
        Q_EMIT placeRequested(*currentKind());
        return;
    }
    QListWidget::keyPressEvent(event);
}

void PaletteWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QListWidget::changeEvent(event);
}

void PaletteWidget::updateIcons()
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *it = item(i);
        it->setIcon(componenticons::icon(NodeKind(it->data(kKindRole).toInt()), palette()));
    }
}

} // namespace wb
