#pragma once

#include "document/nodespec.h"
#include "document/wire.h"

#include <QWidget>
#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace wb {

class CircuitEditor;
class MeshRuntime;
class NodeSelection;
class SeedField;
class WireInspector;
enum class NodeField;

// The current node's name, address and parameters, editable at any time (a running node
// follows its parameters; a new port restarts it), and for a running keyboard a line to type; with
// a wire and no node selected, the wire's fault rules (WireInspector); with nothing selected, the
// run's seed. Every edit goes through the CircuitEditor; the fields show the document, so an undo
// or a refused value shows up here at once.
class InspectorWidget final : public QWidget
{
    Q_OBJECT
public:
    InspectorWidget(CircuitEditor *editor, MeshRuntime *runtime, NodeSelection *selection,
                    QWidget *parent = nullptr);
    ~InspectorWidget() override;

    NodeId node() const { return m_node; }
    // The editor of a field ("name", "host", "listen", "port" or a parameter key); nullptr when
    // the current node has no such field.
    QWidget *field(const QString &key) const;
    WireInspector *wireInspector() const { return m_wire; }
    SeedField *seedField() const { return m_seed; }
    // The process's socket policy changed: the network warning says what it is now.
    void securityChanged() { reload(); }

Q_SIGNALS:
    // "Edit Script…" on a script node: its sketch in the Script dock.
    void scriptEditRequested(wb::NodeId id);

private:
    struct Field
    {
        QString key;
        QWidget *widget = nullptr;
        std::function<void(const NodeSpec &)> load; // document -> widget
    };

    WireId shownWire() const;
    void rebuild();
    void reload();
    void updateState();
    void addNameFields(const NodeSpec &spec);
    void addParamFields(const NodeSpec &spec);
    // inspectorringfields.cpp
    void addRingFields();
    // inspectorqueuefields.cpp: the queue seed's kinds, a clock's start and message, and the
    // line a running keyboard types.
    void addQueueSeedFields(const NodeSpec &spec);
    void addClockStartFields();
    void addTypeRow(NodeId id);
    void updateTypeRow();
    // A parameter with a few values: (value, what it reads as) pairs.
    void addChoiceField(const QString &key, const QString &label, const QString &toolTip,
        const QList<QPair<QString, QString>> &choices);
    void addNote(const QString &text);
    // A local server's choice between loopback and every address, with its warning.
    void addListenToggle(NodeId id);
    void addLineEdit(const QString &key, const QString &label, const QString &toolTip,
                     std::function<QString(const NodeSpec &)> get,
                     std::function<void(const QString &)> commit);
    // A text parameter that may be unset: empty unsets it (its default applies); `pattern`, when
    // given, is what may be typed.
    void addOptionalField(const QString &key, const QString &label, const QString &toolTip,
        const QString &placeholder, const QString &pattern);
    void addIntField(const QString &key, const QString &label, const QString &toolTip,
                     qint64 min, qint64 max, const QString &special);
    void addDoubleField(const QString &key, const QString &label, const QString &toolTip,
                        double min, double max, double step, int decimals,
                        const QString &suffix);
    void onNodeChanged(NodeId id, NodeField field);

    CircuitEditor *m_editor;
    MeshRuntime *m_runtime;
    NodeSelection *m_selection;
    NodeId m_node = 0;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_state;
    QPushButton *m_startStop;
    QWidget *m_form;
    QFormLayout *m_formLayout = nullptr;
    QLabel *m_empty;
    WireInspector *m_wire;
    SeedField *m_seed;
    QList<Field> m_fields;
};

} // namespace wb
