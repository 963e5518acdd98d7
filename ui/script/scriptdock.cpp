#include "scriptdock.h"

#include "circuiteditor.h"
#include "codeeditor.h"
#include "icons.h"
#include "nodeselection.h"
#include "runtime/meshruntime.h"
#include "theme.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wb {

namespace {

const QString kScriptKey = QStringLiteral("script");

} // namespace

ScriptDock::ScriptDock(
    CircuitEditor *editor, MeshRuntime *runtime, NodeSelection *selection, QWidget *parent)
    : QDockWidget(tr("Script"), parent)
    , m_editor(editor)
    , m_runtime(runtime)
    , m_selection(selection)
    , m_checkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("scriptDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_code = new CodeEditor(body);
    m_code->setObjectName(QStringLiteral("scriptEditor"));
    layout->addWidget(m_code, 1);

    auto *bar = new QWidget(body);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(6, 3, 3, 3);
    m_message = new QLabel(bar);
    m_message->setObjectName(QStringLiteral("scriptMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    barLayout->addWidget(m_message, 1);
    m_revert = new QToolButton(bar);
    m_revert->setText(tr("Revert"));
    m_revert->setToolTip(tr("Drop the changes: the node's sketch as the document has it"));
    barLayout->addWidget(m_revert);
    m_apply = new QToolButton(bar);
    m_apply->setText(tr("Apply"));
    m_apply->setIcon(icons::action(QStringLiteral("save")));
    m_apply->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_apply->setToolTip(tr("Write the sketch to the node (Ctrl+S in the editor): a running node "
                           "reloads it without stopping; Undo takes it back"));
    barLayout->addWidget(m_apply);
    layout->addWidget(bar);
    setWidget(body);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kCheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &ScriptDock::checkNow);
    connect(m_code, &CodeEditor::applyRequested, this, &ScriptDock::apply);
    connect(m_apply, &QToolButton::clicked, this, &ScriptDock::apply);
    connect(m_revert, &QToolButton::clicked, this, &ScriptDock::revert);
    connect(m_code, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_checkTimer->start();
        updateTitle();
    });

    Circuit *circuit = m_editor->circuit();
    connect(circuit, &Circuit::nodeChanged, this, &ScriptDock::onNodeChanged);
    connect(circuit, &Circuit::nodeRemoved, this, [this](NodeId id) {
        if (id == m_node)
            load(0);
    });
    connect(circuit, &Circuit::reset, this, [this] { load(0); });
    connect(m_runtime, &MeshRuntime::liveState, this, &ScriptDock::onLiveState);
    connect(m_runtime, &MeshRuntime::nodeStateChanged, this, &ScriptDock::onNodeState);
    connect(m_selection, &NodeSelection::changed, this, &ScriptDock::followSelection);
    m_prompt = [this](const QString &name, std::function<void(Answer)> answer) {
        defaultPrompt(name, std::move(answer));
    };
    load(0);
}

bool ScriptDock::isModified() const
{
    const NodeSpec *spec = m_editor->circuit()->node(m_node);
    return spec && m_code->toPlainText() != spec->params.value(kScriptKey).toString();
}

std::optional<ScriptProblem> ScriptDock::shownProblem() const
{
    return m_typed ? m_typed : m_live;
}

void ScriptDock::editNode(NodeId id)
{
    show();
    raise();
    switchTo(id);
    m_code->setFocus();
}

void ScriptDock::switchTo(NodeId id)
{
    const NodeSpec *spec = m_editor->circuit()->node(id);
    if (!spec || spec->kind != NodeKind::Script || id == m_node || m_asking)
        return;
    if (!isModified()) {
        load(id);
        return;
    }
    const NodeId leaving = m_node;
    const QString name = m_editor->circuit()->node(leaving)->name;
    m_asking = true;
    m_prompt(name, [this, id, leaving](Answer answer) {
        m_asking = false;
        if (m_node != leaving)
            return; // the node went meanwhile
        if (answer == Answer::Cancel || (answer == Answer::Apply && !apply())) {
            // Back where the unapplied text is, once the click that moved away is done.
            QMetaObject::invokeMethod(
                this, [this, leaving] { m_selection->set({ leaving }); }, Qt::QueuedConnection);
            return;
        }
        load(id);
    });
}

void ScriptDock::load(NodeId id)
{
    const NodeSpec *spec = m_editor->circuit()->node(id);
    if (!spec || spec->kind != NodeKind::Script)
        id = 0;
    m_node = id;
    m_typed.reset();
    m_live.reset();
    m_version.clear();
    m_checkTimer->stop();
    {
        m_loading = true;
        const QString text = spec && id ? spec->params.value(kScriptKey).toString() : QString();
        if (m_code->toPlainText() != text)
            m_code->setPlainText(text);
        m_code->document()->clearUndoRedoStacks();
        m_baseText = text;
        m_loading = false;
    }
    m_code->setReadOnly(id == 0);
    m_code->setPlaceholderText(id
            ? QString()
            : tr("Double-click a script node's card, or select one, to edit its sketch here."));
    if (id) {
        // What the running node said last is in its card; the live state brings the rest.
        const QString error = m_runtime->errorString(id);
        if (m_runtime->state(id) == NodeState::Error && !error.isEmpty())
            onNodeState(id, NodeState::Error);
        checkNow();
    }
    updateTitle();
    updateProblem();
}

bool ScriptDock::apply()
{
    if (!isModified())
        return m_node != 0;
    checkNow();
    const QString text = m_code->toPlainText();
    if (!m_editor->setParam(m_node, kScriptKey, text))
        return false; // refused() said why
    const NodeSpec *spec = m_editor->circuit()->node(m_node);
    const bool running = m_runtime->state(m_node) == NodeState::Running
        || m_runtime->state(m_node) == NodeState::Listening;
    Q_EMIT statusMessage(running
            ? tr("Applied the sketch to %1: it reloads while running").arg(spec->name)
            : tr("Applied the sketch to %1").arg(spec->name));
    updateTitle();
    return true;
}

void ScriptDock::revert()
{
    const NodeId id = m_node;
    m_node = 0; // load() reads the document's text again
    load(id);
}

void ScriptDock::checkNow()
{
    m_checkTimer->stop();
    m_typed = m_node ? m_check.check(m_code->toPlainText()) : std::nullopt;
    updateProblem();
}

void ScriptDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_node == 0)
        followSelection(); // View ▸ Script with a script node selected
}

void ScriptDock::followSelection()
{
    // Hidden, the dock keeps its node (and any unapplied text) until it is opened again.
    if (!isVisible())
        return;
    switchTo(m_selection->current());
}

void ScriptDock::onNodeChanged(NodeId id, NodeField field)
{
    if (id != m_node || field != NodeField::Params)
        return;
    const NodeSpec *spec = m_editor->circuit()->node(id);
    const QString text = spec->params.value(kScriptKey).toString();
    // An undo, a redo or an edit elsewhere: the editor shows it unless it holds edits of its own.
    if (m_code->toPlainText() == m_baseText && text != m_baseText) {
        m_loading = true;
        QTextCursor cursor = m_code->textCursor();
        const int position = cursor.position();
        m_code->setPlainText(text);
        cursor = m_code->textCursor();
        cursor.setPosition(std::min(position, int(text.size())));
        m_code->setTextCursor(cursor);
        m_loading = false;
        checkNow();
    }
    m_baseText = text;
    updateTitle();
}

void ScriptDock::onLiveState(NodeId id, const QVariantMap &state)
{
    if (id != m_node || !state.contains(kScriptKey))
        return;
    const QVariantMap script = state.value(kScriptKey).toMap();
    if (script.contains(QStringLiteral("error")))
        m_live = ScriptProblem::fromLiveState(script.value(QStringLiteral("error")).toMap());
    if (script.contains(QStringLiteral("version")))
        m_version = script.value(QStringLiteral("version")).toString();
    updateProblem();
}

void ScriptDock::onNodeState(NodeId id, NodeState state)
{
    if (id != m_node)
        return;
    if (state == NodeState::Error) {
        // The live state has the line; a node that could not start at all has only a reason.
        if (!m_live) {
            ScriptProblem problem;
            problem.message = m_runtime->errorString(id);
            problem.phase = QStringLiteral("start");
            m_live = problem;
        }
    } else if (state == NodeState::Stopped) {
        m_version.clear();
    } else if (m_live && m_live->phase == QLatin1String("start")) {
        m_live.reset();
    }
    updateProblem();
}

void ScriptDock::updateTitle()
{
    const NodeSpec *spec = m_editor->circuit()->node(m_node);
    const bool modified = isModified();
    setWindowTitle(!spec ? tr("Script")
            : modified   ? tr("Script — %1 (modified)").arg(spec->name)
                         : tr("Script — %1").arg(spec->name));
    m_apply->setEnabled(modified);
    m_revert->setEnabled(modified);
}

void ScriptDock::updateProblem()
{
    const std::optional<ScriptProblem> problem = shownProblem();
    m_code->setProblem(problem);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
        problem ? theme::colors().error : QApplication::palette().color(QPalette::PlaceholderText));
    m_message->setPalette(palette);
    if (!m_node) {
        m_message->setText(tr("No script node"));
    } else if (m_typed) {
        m_message->setText(tr("Syntax error, %1").arg(m_typed->text()));
    } else if (m_live) {
        m_message->setText(tr("The running node: %1").arg(m_live->text()));
    } else {
        m_message->setText(m_version.isEmpty()
                ? tr("No syntax errors")
                : tr("No errors · running version %1").arg(m_version));
    }
    m_message->setToolTip(m_message->text());
}

void ScriptDock::defaultPrompt(const QString &name, std::function<void(Answer)> answer)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unapplied sketch"),
        tr("Apply the changes to the sketch of “%1”?").arg(name),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setInformativeText(tr("The edits in the Script dock are not in the node yet."));
    box->setDefaultButton(QMessageBox::Apply);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [box, answer](int) {
        const QMessageBox::StandardButton button = box->standardButton(box->clickedButton());
        answer(button == QMessageBox::Apply      ? Answer::Apply
                : button == QMessageBox::Discard ? Answer::Discard
                                                 : Answer::Cancel);
    });
    box->open();
}

} // namespace wb
