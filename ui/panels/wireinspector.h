#pragma once

#include "document/wire.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QFormLayout;
class QLabel;
class QSpinBox;

namespace wb {

class CircuitEditor;

// The selected wire's fault rules and channel, shown by the inspector when a wire and no node is
// selected: per direction (the messages, their acks) drop and duplicate chances, a delay with
// its jitter and the jitter's distribution; the cut, the sender's ack timeout and retries. Every
// change is one undoable edit through the CircuitEditor; the fields show the document, so an
// undo or a refused value shows up here at once.
class WireInspector final : public QWidget
{
    Q_OBJECT
public:
    explicit WireInspector(CircuitEditor *editor, QWidget *parent = nullptr);
    ~WireInspector() override;

    void setWire(WireId id);
    WireId wire() const { return m_wire; }
    // The editor of a field: "channel", "message.drop", "message.duplicate", "message.delay",
    // "message.jitter", "message.distribution" (the same with "ack."), "cut", "timeout" or
    // "retries"; nullptr for another key.
    QWidget *field(const QString &key) const { return m_fields.value(key).widget; }

private:
    struct Field
    {
        QWidget *widget = nullptr;
        std::function<void(const Wire &)> load; // document -> widget
    };

    void addDirection(
        const QString &prefix, const QString &title, DirectionFaults WireFaults::*direction);
    void addPercent(QFormLayout *form, const QString &key, const QString &label,
        const QString &toolTip, std::function<double &(WireFaults &)> value);
    void addMilliseconds(QFormLayout *form, const QString &key, const QString &label,
        const QString &toolTip, std::function<double &(WireFaults &)> value);
    QSpinBox *addCount(QFormLayout *form, const QString &key, const QString &label,
        const QString &toolTip, int max, const QString &special,
        std::function<int &(WireFaults &)> value);
    // Applies `change` to a copy of the wire's rules and sends it as one edit when it differs.
    void edit(const std::function<void(WireFaults &)> &change);
    void reload();

    CircuitEditor *m_editor;
    WireId m_wire = 0;
    QLabel *m_title;
    QHash<QString, Field> m_fields;
};

} // namespace wb
