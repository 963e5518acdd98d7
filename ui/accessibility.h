#pragma once

#include <QString>

class QWidget;

// Names for assistive technology (screen readers through Qt's AT-SPI bridge), in one place.
// Qt names most controls itself: a button by its text, a tool button by its action's text, a
// field by the label that is its buddy. What is left nameless (an icon-only button, a field
// beside a plain label, the canvas, the plots, a list) gets a name here, from a table for the
// workbench's own widgets and otherwise from what a sighted person reads beside it (its form
// label, its group's title, its tooltip, its placeholder, its dock's title). The tooltip stays
// the description, as Qt reports it.
namespace wb::accessibility {

// Names every interactive widget as it is polished (before it is first shown), for the whole
// application; safe to call more than once.
void install();
// Names this widget now if it needs a name and has none (install() does it for each widget).
void nameWidget(QWidget *widget);

// A control a person operates (a button, a field, a spin box, a combo box, a check box, a
// slider, an item view, the canvas, a plot), as opposed to a label or a container. Parts that
// Qt hides inside another control (a spin box's line edit) are not.
bool isInteractive(const QWidget *widget);
// The name assistive technology gets for `widget` (QAccessibleInterface::text(Name)).
QString accessibleName(QWidget *widget);
QString accessibleDescription(QWidget *widget);

} // namespace wb::accessibility
