#include "tokenmenu.h"

#include "circuitscene.h"
#include "circuitview.h"
#include "runtime/deliverycontroller.h"
#include "tokenlayer.h"

#include <QCoreApplication>
#include <QMenu>
#include <algorithm>

namespace wb::tokenmenu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::tokenmenu", text);
}

QString describe(const TokenModel::Shown &token)
{
    return token.ack ? tr("ack of message %1").arg(token.messageId)
                     : tr("message %1").arg(token.messageId);
}

enum class Act { Deliver, Drop, Duplicate };

void act(CircuitView *view, const TokenModel::Shown &token, Act what)
{
    TokenLayer *tokens = view->circuitScene()->tokens();
    DeliveryController *gate = tokens ? tokens->delivery() : nullptr;
    if (!gate)
        return;
    const bool done = what == Act::Deliver ? gate->step(token.ticket)
        : what == Act::Drop                ? gate->drop(token.ticket)
                                           : gate->duplicate(token.ticket);
    if (!done) {
        view->showStatus(tr("The %1 is no longer held: it went on already").arg(describe(token)));
        return;
    }
    const QString name = describe(token);
    view->showStatus(what == Act::Deliver ? tr("Delivered the %1 now").arg(name)
            : what == Act::Drop           ? tr("Dropped the %1").arg(name)
                                          : tr("Delivered the %1 twice").arg(name));
    tokens->refresh();
}

std::optional<TokenItem::Drawn> heldAt(const CircuitView *view, QPointF scenePos)
{
    const TokenLayer *tokens = view->circuitScene()->tokens();
    if (!tokens)
        return std::nullopt;
    return tokens->heldAt(scenePos, hitRadius(view));
}

} // namespace

qreal hitRadius(const CircuitView *view)
{
    return 9.0 / std::max(0.05, view->zoom());
}

bool deliverAt(CircuitView *view, QPointF scenePos)
{
    const auto hit = heldAt(view, scenePos);
    if (!hit)
        return false;
    Q_EMIT view->messagePicked(hit->token.messageId);
    act(view, hit->token, Act::Deliver);
    return true;
}

QMenu *create(CircuitView *view, QPointF scenePos)
{
    const auto hit = heldAt(view, scenePos);
    if (!hit)
        return nullptr;
    const TokenModel::Shown token = hit->token;
    Q_EMIT view->messagePicked(token.messageId);
    auto *menu = new QMenu(view);
    QString title = describe(token);
    if (token.count > 1)
        title = tr("%1 (first of %2)").arg(title).arg(token.count);
    menu->addSection(title.at(0).toUpper() + title.mid(1));
    const auto add = [&](const QString &text, Act what) {
        menu->addAction(text, view, [view, token, what] { act(view, token, what); });
    };
    add(tr("Deliver now"), Act::Deliver);
    add(tr("Drop"), Act::Drop);
    add(tr("Duplicate"), Act::Duplicate);
    return menu;
}

} // namespace wb::tokenmenu
