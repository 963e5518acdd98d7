// Colour is never the only cue (a node's state, a token's kind, a peer's health each have a
// word or a shape of their own), and the high-contrast theme: its colours, its menu entry, the
// canvas and the plots following it.
#include "canvas/canvastheme.h"
#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "canvas/tokenitem.h"
#include "healthvisuals.h"
#include "statevisuals.h"
#include "theme.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QActionGroup>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QTest>

using wb::NodeFault;
using wb::NodeState;

namespace {

// Which pixels an icon covers, whatever their colour.
QImage shapeOf(const QIcon &icon)
{
    return icon.pixmap(32, 32).toImage().createAlphaMask();
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG's contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QImage paintTokens(const wb::CanvasTheme &theme, bool ack)
{
    wb::TokenItem item(&theme);
    wb::TokenModel::Shown shown;
    shown.ack = ack;
    item.setTokens({ { QPointF(0, 0), shown } });
    QImage image(40, 40, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.translate(20, 20);
    item.paint(&painter, nullptr, nullptr);
    painter.end();
    return image.createAlphaMask();
}

} // namespace

class TestColourCues final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStateHasItsWordAndShape()
    {
        QList<std::pair<NodeState, NodeFault>> states;
        for (NodeState s :
            { NodeState::Stopped, NodeState::Listening, NodeState::Running, NodeState::Error })
            states.append({ s, NodeFault::None });
        states.append({ NodeState::Running, NodeFault::Crashed });
        states.append({ NodeState::Listening, NodeFault::Hung });
        for (qsizetype i = 0; i < states.size(); ++i) {
            const auto [si, fi] = states.at(i);
            QVERIFY(!wb::statevisuals::text(si, fi).isEmpty());
            for (qsizetype j = i + 1; j < states.size(); ++j) {
                const auto [sj, fj] = states.at(j);
                const QString pair = wb::statevisuals::text(si, fi) + QStringLiteral(" and ")
                    + wb::statevisuals::text(sj, fj);
                QVERIFY2(wb::statevisuals::text(si, fi) != wb::statevisuals::text(sj, fj),
                    qPrintable(pair));
                QVERIFY2(shapeOf(wb::statevisuals::icon(si, fi))
                        != shapeOf(wb::statevisuals::icon(sj, fj)),
                    qPrintable(pair));
            }
        }
    }

    void anAckIsNotAMessageInAnotherColour()
    {
        // Even with one colour for both, a message and an ack look different.
        wb::CanvasTheme theme = wb::CanvasTheme::fromPalette(QPalette(Qt::white));
        theme.ack = theme.token;
        QVERIFY(paintTokens(theme, true) != paintTokens(theme, false));
    }

    void highContrastColoursContrast()
    {
        const QPalette p = wb::theme::highContrastPalette();
        QVERIFY(wb::CanvasTheme::isHighContrast(p));
        QVERIFY(!wb::CanvasTheme::isHighContrast(wb::theme::palette(true)));
        for (const auto &[fg, bg] : { std::pair(QPalette::WindowText, QPalette::Window),
                 std::pair(QPalette::Text, QPalette::Base),
                 std::pair(QPalette::ButtonText, QPalette::Button),
                 std::pair(QPalette::HighlightedText, QPalette::Highlight),
                 std::pair(QPalette::ToolTipText, QPalette::ToolTipBase) })
            QVERIFY2(contrast(p.color(fg), p.color(bg)) >= 7.0, qPrintable(QString::number(fg)));
        QVERIFY(
            contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base)) >= 7.0);
        const wb::CanvasTheme canvas = wb::CanvasTheme::fromPalette(p);
        for (const QColor &c : { canvas.text, canvas.wire, canvas.nodeBorder, canvas.token,
                 canvas.ack, canvas.failure, canvas.selection })
            QVERIFY2(contrast(c, canvas.background) >= 4.5, qPrintable(c.name()));
        QCOMPARE(wb::theme::modeFromName(QStringLiteral("high-contrast")),
            wb::theme::Mode::HighContrast);
        QCOMPARE(
            wb::theme::modeName(wb::theme::Mode::HighContrast), QStringLiteral("high-contrast"));
    }

    void theThemeMenuSwitchesToHighContrast()
    {
        uitest::Window w;
        uitest::show(w);
        QAction *action = w->actions()->themeHighContrast;
        QVERIFY(w->actions()->theme->actions().contains(action));
        action->trigger();
        QVERIFY(action->isChecked());
        QVERIFY(wb::theme::isHighContrast());
        QCOMPARE(w.settings->value(QStringLiteral("view/theme")).toString(),
            QStringLiteral("high-contrast"));
        // The canvas follows the palette, and so do the state colours of every panel.
        QTRY_COMPARE(w->view()->circuitScene()->theme().background, QColor(Qt::black));
        QCOMPARE(w->view()->circuitScene()->theme().wire, QColor(Qt::white));
        QVERIFY(contrast(wb::statevisuals::color(NodeState::Running), Qt::black) >= 7.0);
        QVERIFY(contrast(wb::theme::colors().signalHigh, Qt::black) >= 7.0);
        w->actions()->themeLight->trigger();
        QVERIFY(!wb::theme::isHighContrast());
        QTRY_VERIFY(w->view()->circuitScene()->theme().background != QColor(Qt::black));
    }
};

QTEST_MAIN(TestColourCues)
#include "tst_colourcues.moc"
