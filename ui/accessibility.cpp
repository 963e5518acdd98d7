#include "accessibility.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QGraphicsView>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolButton>

namespace wb::accessibility {

namespace {

// Marks a name this file gave (derived from a tooltip or a label that may change later).
constexpr const char *kDerived = "wbAccessibleNameDerived";

struct Known
{
    const char *className;
    const char *name;
    const char *description;
};

// The workbench's own controls: names and what their keys do (docs/accessibility.md).
constexpr Known kKnown[] = {
    { "wb::CircuitView", QT_TRANSLATE_NOOP("wb::Accessibility", "Circuit canvas"),
        QT_TRANSLATE_NOOP("wb::Accessibility",
            "Tab and Shift+Tab move through the components, then the wires. Arrow keys move "
            "the selection (Shift: further). W starts a wire from the selected component: "
            "arrow keys or Tab choose its target, Enter connects, Escape cancels. The Menu "
            "key or Shift+F10 opens the selection's menu. F2 renames, Delete removes.") },
    { "wb::TraceView", QT_TRANSLATE_NOOP("wb::Accessibility", "Logic analyzer plot"),
        QT_TRANSLATE_NOOP("wb::Accessibility",
            "Left and Right pan, plus and minus zoom, Home goes to the start, End follows "
            "live, PageUp and PageDown scroll the rows. C shows the cursors, A or B picks one, "
            "Ctrl+Left and Ctrl+Right move it.") },
    { "wb::ChartView", QT_TRANSLATE_NOOP("wb::Accessibility", "Sequence chart"),
        QT_TRANSLATE_NOOP("wb::Accessibility",
            "Left and Right select the previous or next message, Enter shows it on the "
            "canvas and in the analyzer, plus and minus zoom, Up, Down, PageUp and PageDown "
            "scroll, Home goes to the start, End follows live.") },
    { "wb::PaletteWidget", QT_TRANSLATE_NOOP("wb::Accessibility", "Components"),
        QT_TRANSLATE_NOOP("wb::Accessibility",
            "Enter places the selected component on the canvas, at a free spot in view, and "
            "moves the focus to it.") },
};

const Known *known(const QWidget *widget)
{
    for (const Known &k : kKnown) {
        if (widget->inherits(k.className))
            return &k;
    }
    return nullptr;
}

QString plain(const QString &text)
{
    QString s
        = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    s.remove(u'&'); // mnemonics
    return s.simplified();
}

// What reads as a name in a longer text: its first sentence or clause, if short enough.
QString shortName(const QString &text)
{
    QString s = plain(text);
    for (const QString &end : { QStringLiteral(". "), QStringLiteral(" ("), QStringLiteral(": "),
             QStringLiteral("; ") }) {
        const qsizetype at = s.indexOf(end);
        if (at > 0)
            s.truncate(at);
    }
    while (s.endsWith(u'.') || s.endsWith(u':'))
        s.chop(1);
    if (s.size() > 80)
        s = s.left(77).trimmed() + QStringLiteral("…");
    return s;
}

// The label beside a field in a form, above it in a grid, or just before it in a row.
QLabel *labelIn(const QLayout *layout, const QWidget *widget)
{
    if (!layout)
        return nullptr;
    if (const auto *form = qobject_cast<const QFormLayout *>(layout)) {
        if (auto *label
            = qobject_cast<QLabel *>(form->labelForField(const_cast<QWidget *>(widget))))
            return label;
    }
    if (const auto *grid = qobject_cast<const QGridLayout *>(layout)) {
        // A heading above the field, or a label left of it.
        const int index = grid->indexOf(const_cast<QWidget *>(widget));
        if (index >= 0) {
            int row = 0, column = 0, rows = 0, columns = 0;
            grid->getItemPosition(index, &row, &column, &rows, &columns);
            for (const auto &[r, c] : { std::pair(row, column - 1), std::pair(row - 1, column) }) {
                if (r < 0 || c < 0)
                    continue;
                if (QLayoutItem *item = grid->itemAtPosition(r, c)) {
                    if (auto *label = qobject_cast<QLabel *>(item->widget());
                        label && !label->text().isEmpty())
                        return label;
                }
            }
        }
    }
    QLabel *previous = nullptr;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget && previous && !previous->text().isEmpty()
            && qobject_cast<const QBoxLayout *>(layout))
            return previous;
        previous = qobject_cast<QLabel *>(item->widget());
        if (QLabel *inner = labelIn(item->layout(), widget))
            return inner;
    }
    return nullptr;
}

QLabel *labelFor(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return parent ? labelIn(parent->layout(), widget) : nullptr;
}

template<typename T> T *ancestor(const QWidget *widget)
{
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto *found = qobject_cast<T *>(w))
            return found;
    }
    return nullptr;
}

// Whether Qt's own name would be the control's value rather than what it is for.
bool namesItsValue(const QWidget *widget)
{
    return qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QLineEdit *>(widget);
}

QString derivedName(const QWidget *widget)
{
    if (const QScrollBar *bar = qobject_cast<const QScrollBar *>(widget)) {
        return bar->orientation() == Qt::Vertical
            ? QCoreApplication::translate("wb::Accessibility", "Vertical scroll bar")
            : QCoreApplication::translate("wb::Accessibility", "Horizontal scroll bar");
    }
    if (const QComboBox *combo = ancestor<QComboBox>(widget)) {
        // A combo box's drop-down list: named as the combo box is.
        return !combo->accessibleName().isEmpty() ? combo->accessibleName() : derivedName(combo);
    }
    if (const QLabel *label = labelFor(widget))
        return shortName(label->text());
    for (const QString &text : { widget->toolTip(), widget->statusTip(), widget->whatsThis() }) {
        if (const QString name = shortName(text); !name.isEmpty())
            return name;
    }
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget);
        edit && !edit->placeholderText().isEmpty())
        return shortName(edit->placeholderText());
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget);
        edit && !edit->placeholderText().isEmpty())
        return shortName(edit->placeholderText());
    if (const auto *edit = qobject_cast<const QTextEdit *>(widget);
        edit && !edit->placeholderText().isEmpty())
        return shortName(edit->placeholderText());
    if (widget->inherits("QLineEditIconButton")) {
        // An icon inside a line edit: its action's words, or the clear button's.
        const auto *button = static_cast<const QToolButton *>(widget);
        if (const QAction *action = button->defaultAction()) {
            for (const QString &text : { action->text(), action->toolTip() }) {
                if (const QString name = shortName(text); !name.isEmpty())
                    return name;
            }
        }
        return QCoreApplication::translate("wb::Accessibility", "Clear");
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
        button && button->text().isEmpty() && !button->objectName().isEmpty()) {
        // Qt's own dock and tool bar buttons carry no text: their role is in their name.
        if (button->objectName() == QLatin1String("qt_dockwidget_closebutton"))
            return QCoreApplication::translate("wb::Accessibility", "Close panel");
        if (button->objectName() == QLatin1String("qt_dockwidget_floatbutton"))
            return QCoreApplication::translate("wb::Accessibility", "Detach panel");
        if (button->objectName() == QLatin1String("qt_toolbar_ext_button"))
            return QCoreApplication::translate("wb::Accessibility", "More tools");
        if (button->objectName() == QLatin1String("qt_menubar_ext_button"))
            return QCoreApplication::translate("wb::Accessibility", "More menus");
    }
    if (const QGroupBox *group = ancestor<QGroupBox>(widget); group && !group->title().isEmpty())
        return shortName(group->title());
    if (const QDockWidget *dock = ancestor<QDockWidget>(widget);
        dock && !dock->windowTitle().isEmpty())
        return shortName(dock->windowTitle());
    return {};
}

class Namer final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish && watched->isWidgetType()) {
            nameWidget(static_cast<QWidget *>(watched));
        } else if (event->type() == QEvent::ToolTipChange && watched->isWidgetType()
            && watched->property(kDerived).toBool()) {
            // A name taken from a tooltip follows it.
            auto *widget = static_cast<QWidget *>(watched);
            widget->setAccessibleName(QString());
            widget->setProperty(kDerived, false);
            nameWidget(widget);
        }
        return false;
    }
};

QPointer<Namer> g_namer;

} // namespace

void install()
{
    if (g_namer || !qApp)
        return;
    g_namer = new Namer(qApp);
    qApp->installEventFilter(g_namer);
    // The widgets that exist already.
    for (QWidget *widget : QApplication::allWidgets())
        nameWidget(widget);
}

bool isInteractive(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    // The line edit inside a spin box or a combo box is the outer control's.
    if (parent
        && (qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QComboBox *>(parent)))
        return false;
    // An item view's headers and corner button are parts of its table for assistive technology.
    if (qobject_cast<const QAbstractItemView *>(parent))
        return false;
    // A scroll area's viewport is where its content is drawn, not a control.
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(parent);
        area && area->viewport() == widget)
        return false;
    if (known(widget))
        return true;
    if (qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QGraphicsView *>(widget))
        return true;
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
        return !edit->isReadOnly() || edit->focusPolicy() != Qt::NoFocus;
    if (const auto *edit = qobject_cast<const QTextEdit *>(widget))
        return !edit->isReadOnly() || edit->focusPolicy() != Qt::NoFocus;
    return false;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString accessibleDescription(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Description).trimmed() : QString();
}

void nameWidget(QWidget *widget)
{
    if (const Known *k = known(widget)) {
        // The canvas renames itself after what has its focus (keyboardtool.h).
        if (widget->accessibleName().isEmpty())
            widget->setAccessibleName(QCoreApplication::translate("wb::Accessibility", k->name));
        if (widget->accessibleDescription().isEmpty()) {
            widget->setAccessibleDescription(
                QCoreApplication::translate("wb::Accessibility", k->description));
        }
        return;
    }
    if (!widget->accessibleName().isEmpty() || !isInteractive(widget))
        return;
    // The label a person reads beside a field becomes its buddy: the "labelled by" relation
    // that screen readers on Linux read for a combo box, whose name there is its value.
    if (!qobject_cast<QAbstractButton *>(widget)) {
        if (QLabel *label = labelFor(widget); label && !label->buddy())
            label->setBuddy(widget);
    }
    if (!namesItsValue(widget) && !accessibleName(widget).isEmpty())
        return; // Qt names it already (its text, its action's, its buddy label's)
    const QString name = derivedName(widget);
    if (name.isEmpty())
        return;
    widget->setAccessibleName(name);
    widget->setProperty(kDerived, true);
}

} // namespace wb::accessibility
