#include "ringinsertion.h"

#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "circuiteditor.h"
#include "ringgeometry.h"

#include <QInputDialog>
#include <QSettings>

namespace wb {

namespace {

const QString kCountKey = QStringLiteral("ring/lastCount");
constexpr qreal kBeside = 160; // between the circuit and a ring placed beside it

} // namespace

RingInsertion::RingInsertion(CircuitView *view, QSettings *settings, QWidget *dialogParent)
    : QObject(view), m_view(view), m_settings(settings), m_dialogParent(dialogParent)
{ }

void RingInsertion::ask()
{
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        return;
    }
    m_dialog = new QInputDialog(m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowTitle(tr("Insert a Ring"));
    m_dialog->setLabelText(tr("Ring members (each wired to the next; keys spread evenly):"));
    m_dialog->setInputMode(QInputDialog::IntInput);
    m_dialog->setIntRange(ringgeometry::kMinMembers, ringgeometry::kMaxMembers);
    m_dialog->setIntValue(
        std::clamp(m_settings->value(kCountKey, ringgeometry::kDefaultMembers).toInt(),
            ringgeometry::kMinMembers, ringgeometry::kMaxMembers));
    m_dialog->setOkButtonText(tr("Insert"));
    connect(m_dialog, &QInputDialog::intValueSelected, this, [this](int n) {
        m_settings->setValue(kCountKey, n);
        insert(n);
    });
    m_dialog->open();
}

QList<NodeId> RingInsertion::insert(int n)
{
    const QSizeF card(NodeItem::kWidth, NodeItem::kHeight);
    CircuitScene *scene = m_view->circuitScene();
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QList<QPointF> corners = ringgeometry::circle(n, visible.center(), card);
    const QRectF circuit = scene->nodesBoundingRect();
    QRectF ring = ringgeometry::bounds(corners, card);
    if (!circuit.isEmpty() && ring.adjusted(-40, -40, 40, 40).intersects(circuit)) {
        // The middle is taken: beside the circuit, level with its top.
        const QPointF shift = CircuitScene::snap(
            QPointF(circuit.right() + kBeside - ring.left(), circuit.top() - ring.top()));
        for (QPointF &corner : corners)
            corner += shift;
        ring.translate(shift);
    }
    const QList<NodeId> ids = m_view->editor()->addRing(corners);
    if (ids.isEmpty())
        return ids;
    scene->selectNodes(ids);
    if (m_view->autoFit() || !visible.contains(ring))
        m_view->fitAll();
    m_view->showStatus(tr("Inserted a ring of %n: Run (F5) starts it, the Ring Chat talks to it.",
        nullptr, int(ids.size())));
    Q_EMIT inserted(ids);
    return ids;
}

} // namespace wb
