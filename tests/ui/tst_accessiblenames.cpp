// Every control of the workbench window, of each of its docks and of the dialogs it opens has a
// name for assistive technology, as Qt's accessibility bridge reports it
// (QAccessibleInterface::text(Name)), and the canvas and the plots say what their keys do.
#include "accessibility.h"
#include "analyzer/traceview.h"
#include "canvas/circuitview.h"
#include "chart/chartview.h"
#include "lesson/lessoncontroller.h"
#include "lesson/startpage.h"
#include "networksecuritydialog.h"
#include "report/reportdialog.h"
#include "uitestkit.h"

#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QTest>
#include <QToolButton>

namespace {

QString describe(QWidget *widget)
{
    QStringList path;
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        path.prepend(QStringLiteral("%1(%2)").arg(
            QString::fromLatin1(w->metaObject()->className()), w->objectName()));
    }
    return path.join(QStringLiteral(" > "));
}

// The interactive widgets under `root` (itself included) that have no accessible name.
QStringList nameless(QWidget *root, int *checked)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    QStringList missing;
    for (QWidget *widget : widgets) {
        widget->ensurePolished(); // what showing it does: the names are given then
        if (!wb::accessibility::isInteractive(widget))
            continue;
        ++*checked;
        if (wb::accessibility::accessibleName(widget).isEmpty())
            missing << describe(widget);
    }
    return missing;
}

} // namespace

class TestAccessibleNames final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyControlOfTheWindowHasAName()
    {
        uitest::Window w;
        uitest::show(w);
        // Every dock shown, as a person opening them all from the View menu would.
        for (QDockWidget *dock : w->findChildren<QDockWidget *>())
            dock->show();
        QTest::qWait(50);
        int checked = 0;
        const QStringList missing = nameless(w.window.get(), &checked);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
        // It did look at the window's controls: the tool bars' buttons, the docks' views.
        QVERIFY(checked > 50);
        QVERIFY(!w->findChildren<QToolButton *>().isEmpty());
    }

    void theCanvasAndThePlotsSayWhatTheyAre_data()
    {
        QTest::addColumn<QString>("className");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("canvas") << "wb::CircuitView"
                                << "Circuit canvas"
                                << "Shift+F10";
        QTest::newRow("analyzer") << "wb::TraceView"
                                  << "Logic analyzer plot"
                                  << "Ctrl+Left";
        QTest::newRow("chart") << "wb::ChartView"
                               << "Sequence chart"
                               << "PageDown";
    }

    void theCanvasAndThePlotsSayWhatTheyAre()
    {
        QFETCH(QString, className);
        QFETCH(QString, name);
        QFETCH(QString, key);
        uitest::Window w;
        uitest::show(w);
        QWidget *found = nullptr;
        for (QWidget *widget : w->findChildren<QWidget *>()) {
            if (widget->inherits(qPrintable(className)))
                found = widget;
        }
        QVERIFY(found);
        found->ensurePolished();
        QCOMPARE(wb::accessibility::accessibleName(found), name);
        QVERIFY(wb::accessibility::accessibleDescription(found).contains(key));
        QVERIFY(found->focusPolicy() & Qt::TabFocus);
    }

    void aNameFromATooltipFollowsIt()
    {
        uitest::Window w;
        uitest::show(w);
        auto *button = new QToolButton(w.window.get());
        button->setToolTip(QStringLiteral("Clear the log. Everything in it goes."));
        button->show();
        QCOMPARE(wb::accessibility::accessibleName(button), QStringLiteral("Clear the log"));
        QCOMPARE(wb::accessibility::accessibleDescription(button),
            QStringLiteral("Clear the log. Everything in it goes."));
        button->setToolTip(QStringLiteral("Export the log"));
        QCOMPARE(wb::accessibility::accessibleName(button), QStringLiteral("Export the log"));
    }

    void aComboBoxIsNamedForWhatItIsNotForItsValue()
    {
        uitest::Window w;
        uitest::show(w);
        int labelled = 0;
        for (QComboBox *box : w->findChildren<QComboBox *>()) {
            box->ensurePolished();
            if (box->currentText().isEmpty())
                continue;
            QVERIFY2(!box->accessibleName().isEmpty(), qPrintable(describe(box)));
            // Beside a label: labelled by it (what Linux screen readers read for a combo box,
            // whose name there is its current text).
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(box);
            if (!iface->relations(QAccessible::Label).isEmpty())
                ++labelled;
        }
        QVERIFY(labelled > 0);
    }

    void everyControlOfTheDialogsHasAName()
    {
        uitest::Window w;
        uitest::show(w);
        QList<QWidget *> dialogs;
        auto *security = new wb::NetworkSecurityDialog(w->networkSecurity(), w.window.get());
        auto *report = new wb::ReportDialog(w.window.get());
        w->lessons()->showStartPage();
        dialogs << security << report << w->lessons()->startPage();
        for (QWidget *dialog : dialogs) {
            QVERIFY(dialog);
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            int checked = 0;
            const QStringList missing = nameless(dialog, &checked);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
            QVERIFY2(checked > 0, dialog->metaObject()->className());
            dialog->close();
        }
        delete security;
        delete report;
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
