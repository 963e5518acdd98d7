#include "canvasclipboard.h"

#include "document/circuit.h"
#include "document/circuitformat.h"

#include <QMimeData>
#include <QSet>

namespace wb::canvasclipboard {

QString mimeType()
{
    return QStringLiteral("application/x-wirebench-circuit");
}

QMimeData *mimeData(const Circuit &circuit, const QList<NodeId> &ids,
                    const QHash<NodeId, QPointF> &positions)
{
    const QSet<NodeId> chosen(ids.cbegin(), ids.cend());
    circuitformat::Document document;
    for (NodeId id : circuit.nodeIds()) {
        if (!chosen.contains(id))
            continue;
        NodeSpec spec = *circuit.node(id);
        if (positions.contains(id))
            spec.position = positions.value(id);
        // The format wants a real port; pasted copies of local nodes get fresh ones anyway.
        if (kinds::hasServer(spec.kind) && spec.port == 0)
            spec.port = circuit.freePort();
        document.nodes << spec;
    }
    // The wires among the copied nodes, with their channels and faults (ids are the
    // document's: a paste maps them to fresh ones).
    for (const Wire &wire : circuit.wires()) {
        if (chosen.contains(wire.from) && chosen.contains(wire.to))
            document.wires << wire;
    }
    const QByteArray json = circuitformat::serialize(document);
    auto *data = new QMimeData;
    data->setData(mimeType(), json);
    data->setText(QString::fromUtf8(json));
    return data;
}

circuitformat::Document contents(const QMimeData *data)
{
    if (!data)
        return {};
    QByteArray json = data->data(mimeType());
    if (json.isEmpty() && data->hasText())
        json = data->text().toUtf8();
    if (json.isEmpty())
        return {};
    const circuitformat::Result result = circuitformat::parse(json);
    return result.ok() ? result.document : circuitformat::Document();
}

} // namespace wb::canvasclipboard
