#include "queuecard.h"

#include "canvastheme.h"
#include "nodecard.h"
#include "runtime/timesource.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QObject>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace wb {

namespace {

// The card's lower part (item coordinates): two short lines left of the badge, then the
// widget row the card's width wide.
constexpr qreal kLeft = 12;
constexpr qreal kRight = nodecard::kWidth - 12;
constexpr qreal kTopLine = nodecard::kHeaderHeight + 3;
constexpr qreal kLineHeight = 12;
constexpr qreal kRowTop = nodecard::kHeaderHeight + 29;
constexpr qreal kRowHeight = 14;
// The worker's time left, right of its bar.
constexpr qreal kWorkerSide = 46;
// Room left of a long queue's cells for "+N".
constexpr qreal kBeyondLabel = 26;

const QFont &textFont()
{
    static const QFont f = [] {
        QFont font;
        font.setPixelSize(10);
        return font;
    }();
    return f;
}

const QFont &boldFont()
{
    static const QFont f = [] {
        QFont font = textFont();
        font.setWeight(QFont::DemiBold);
        return font;
    }();
    return f;
}

// The keyboard's and the console's lines are typed text: a terminal's letters.
const QFont &monoFont()
{
    static const QFont f = [] {
        QFont font(QStringLiteral("monospace"));
        font.setStyleHint(QFont::Monospace);
        font.setPixelSize(10);
        return font;
    }();
    return f;
}

QString duration(qint64 ms)
{
    if (ms < 1000)
        return QObject::tr("%1 ms").arg(ms);
    return QObject::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'g', 3));
}

QRectF topRect(int i, qreal badgeLeft)
{
    return QRectF(
        kLeft, kTopLine + i * kLineHeight, std::max(0.0, badgeLeft - 6 - kLeft), kLineHeight);
}

QRectF rowRect()
{
    return QRectF(kLeft, kRowTop, kRight - kLeft, kRowHeight);
}

QString elided(const QString &text, const QFont &font, qreal width)
{
    return QFontMetricsF(font).elidedText(text, Qt::ElideRight, std::max(0.0, width));
}

} // namespace

QueueCard::Cells QueueCard::cells(qint64 fill, qint64 capacity, qint64 highWater, qint64 blocked)
{
    Cells c;
    const qint64 places = std::max<qint64>(1, capacity);
    c.drawn = int(std::min<qint64>(places, kMaxCells));
    c.more = places > c.drawn;
    fill = std::clamp<qint64>(fill, 0, places);
    c.filled = int(std::min<qint64>(fill, c.drawn));
    c.beyond = fill - c.filled;
    c.highWater = int(std::clamp<qint64>(highWater, 0, c.drawn));
    c.blocked = std::max<qint64>(0, blocked);
    return c;
}

bool QueueCard::handles(NodeKind kind)
{
    return kind == NodeKind::Keyboard || kind == NodeKind::Queue || kind == NodeKind::Worker
        || kind == NodeKind::Console;
}

QueueCard::QueueCard(NodeKind kind) : m_kind(kind)
{
    prepare();
}

void QueueCard::setParams(const QVariantMap &params)
{
    m_params = params;
    m_dirty = true;
}

void QueueCard::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    updateProgress();
    m_dirty = true;
}

void QueueCard::setBadgeLeft(qreal x)
{
    if (qFuzzyCompare(x, m_badgeLeft))
        return;
    m_badgeLeft = x;
    m_dirty = true;
}

void QueueCard::prepare()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    wordTexts();
    layout();
}

void QueueCard::apply(const QVariantMap &state, const QVariantMap &merged)
{
    m_state = merged;
    if (m_kind == NodeKind::Console && state.value(QStringLiteral("cleared")).toBool())
        m_lines.clear();
    else if (m_kind == NodeKind::Console
        && (state.contains(QStringLiteral("text")) || state.contains(QStringLiteral("line")))) {
        const QString text = state.contains(QStringLiteral("text"))
            ? state.value(QStringLiteral("text")).toString()
            : state.value(QStringLiteral("line")).toString();
        m_lines << text;
        while (m_lines.size() > kConsoleLines)
            m_lines.removeFirst();
    }
    if (m_kind == NodeKind::Worker) {
        const bool busy = merged.value(QStringLiteral("busy")).toBool();
        const qint64 done = merged.value(QStringLiteral("done")).toLongLong();
        const QString current = merged.value(QStringLiteral("current")).toString();
        if (!busy) {
            m_itemStartNs = -1;
            m_itemDone = -1;
            m_itemText.clear();
        } else if (m_itemStartNs < 0 || done != m_itemDone || current != m_itemText) {
            // A new item (the count of done ones moved on, or another text): its time begins.
            m_itemStartNs = m_time ? m_time->nowNs() : -1;
            m_itemDone = done;
            m_itemText = current;
        }
        m_itemMs = merged.value(QStringLiteral("serviceMs")).toLongLong();
        updateProgress();
    }
    m_dirty = true;
}

void QueueCard::show(const QVariantMap &merged)
{
    m_state = merged;
    if (m_kind == NodeKind::Worker) {
        // A recording's item has no start in this run's time: shown, without progress.
        m_itemStartNs = -1;
        m_itemText = merged.value(QStringLiteral("current")).toString();
        m_itemMs = merged.value(QStringLiteral("serviceMs")).toLongLong();
        updateProgress();
    }
    m_dirty = true;
}

void QueueCard::clear()
{
    m_state.clear();
    m_lines.clear();
    m_itemStartNs = -1;
    m_itemDone = -1;
    m_itemText.clear();
    updateProgress();
    m_dirty = true;
}

bool QueueCard::step()
{
    if (m_kind != NodeKind::Worker || m_progress < 0) {
        prepare();
        return false;
    }
    updateProgress();
    m_dirty = true;
    prepare();
    return m_progress < 1 && m_itemStartNs >= 0 && m_time && !m_time->isPaused();
}

void QueueCard::updateProgress()
{
    const bool busy = m_active && m_state.value(QStringLiteral("busy")).toBool();
    if (!busy) {
        m_progress = -1;
        m_side = {};
        return;
    }
    if (m_itemMs <= 0)
        m_progress = 1;
    else if (m_itemStartNs < 0 || !m_time)
        m_progress = 0;
    else
        m_progress = std::clamp(
            double(m_time->nowNs() - m_itemStartNs) / (double(m_itemMs) * 1e6), 0.0, 1.0);
    // Past its service time the worker passes the item on and waits for the acks.
    m_side.full = m_progress >= 1 ? QObject::tr("sent")
        : m_itemStartNs < 0       ? duration(m_itemMs)
                            : duration(qint64(std::ceil(double(m_itemMs) * (1 - m_progress))));
    m_side.tone = Tone::Muted;
}

QueueCard::Cells QueueCard::queueCells() const
{
    const qint64 capacity = m_active && m_state.contains(QStringLiteral("capacity"))
        ? m_state.value(QStringLiteral("capacity")).toLongLong()
        : m_params.value(QStringLiteral("capacity")).toLongLong();
    if (!m_active)
        return cells(0, capacity, 0, 0);
    return cells(m_state.value(QStringLiteral("fill")).toLongLong(), capacity,
        m_state.value(QStringLiteral("highWater")).toLongLong(),
        m_state.value(QStringLiteral("blocked")).toLongLong());
}

void QueueCard::wordTexts()
{
    const auto number = [this](const char *key) {
        return m_state.value(QLatin1String(key)).toLongLong();
    };
    for (Text &t : m_top)
        t = {};
    m_bottom = {};
    switch (m_kind) {
    case NodeKind::Keyboard: {
        if (!m_active) {
            m_top[0] = { QObject::tr("types lines"), {}, Tone::Normal };
            m_top[1] = { QObject::tr("when it runs"), {}, Tone::Muted };
            break;
        }
        // What waits in the keyboard (held back while its last line is unanswered), the last
        // answer it had and the last line it sent.
        const qint64 waiting = number("waiting");
        m_top[0] = waiting > 0
            ? Text { QObject::tr("%n waiting", nullptr, int(waiting)), {}, Tone::Warning }
            : Text { QObject::tr("%n sent", nullptr, int(number("sent"))), {}, Tone::Normal };
        const QString ack = m_state.value(QStringLiteral("lastAck")).toString();
        if (!ack.isEmpty())
            m_top[1] = { QStringLiteral("‹ ") + ack, {},
                ack.startsWith(QLatin1String("error")) ? Tone::Warning : Tone::Muted };
        const QString last = m_state.value(QStringLiteral("last")).toString();
        m_bottom = last.isEmpty() ? Text { QObject::tr("double-click to type"), {}, Tone::Muted }
                                  : Text { QStringLiteral("› ") + last, {}, Tone::Normal };
        break;
    }
    case NodeKind::Queue: {
        const QString policy = m_params.value(QStringLiteral("whenFull")).toString();
        // Short: they share the line with the state badge.
        const QString policyText = policy == QLatin1String("drop-newest")
            ? QObject::tr("drops new")
            : policy == QLatin1String("drop-oldest") ? QObject::tr("drops old")
                                                     : QObject::tr("blocks");
        const Cells c = queueCells();
        if (!m_active) {
            const qint64 capacity = m_params.value(QStringLiteral("capacity")).toLongLong();
            m_top[0] = { capacity == 1 ? QObject::tr("1 place")
                                       : QObject::tr("%L1 places").arg(capacity),
                {}, Tone::Normal };
            m_top[1] = { policyText, {}, Tone::Muted };
            break;
        }
        const qint64 fill = number("fill");
        const qint64 capacity = m_state.contains(QStringLiteral("capacity"))
            ? number("capacity")
            : m_params.value(QStringLiteral("capacity")).toLongLong();
        m_top[0] = fill >= capacity
            ? Text { QObject::tr("%1/%2 full").arg(fill).arg(capacity), {}, Tone::Warning }
            : Text { QStringLiteral("%1/%2").arg(fill).arg(capacity), {}, Tone::Normal };
        if (c.blocked > 0)
            m_top[1] = { QObject::tr("%n blocked", nullptr, int(c.blocked)), {}, Tone::Warning };
        else if (number("dropped") > 0)
            m_top[1]
                = { QObject::tr("%n dropped", nullptr, int(number("dropped"))), {}, Tone::Warning };
        else if (number("delivered") > 0)
            m_top[1] = { QObject::tr("waits %1")
                             .arg(duration(
                                 qint64(m_state.value(QStringLiteral("waitMs")).toDouble()))),
                {}, Tone::Muted };
        else
            m_top[1] = { policyText, {}, Tone::Muted };
        break;
    }
    case NodeKind::Worker: {
        const qint64 serviceMs = m_params.value(QStringLiteral("serviceMs")).toLongLong();
        const bool random = m_params.value(QStringLiteral("service")) == QLatin1String("random");
        if (!m_active) {
            m_top[0] = { random ? QObject::tr("about %1").arg(duration(serviceMs))
                                : QObject::tr("%1 each").arg(duration(serviceMs)),
                {}, Tone::Normal };
            m_top[1] = { random ? QObject::tr("random time") : QObject::tr("fixed time"), {},
                Tone::Muted };
            break;
        }
        const bool busy = m_state.value(QStringLiteral("busy")).toBool();
        m_top[0] = busy ? Text { QObject::tr("working"), {}, Tone::Normal }
                        : Text { QObject::tr("idle"), {}, Tone::Muted };
        const qint64 waiting = number("waiting");
        m_top[1] = waiting > 0
            ? Text { QObject::tr("%n waiting", nullptr, int(waiting)), {}, Tone::Warning }
            : Text { QObject::tr("%n done", nullptr, int(number("done"))), {}, Tone::Muted };
        if (busy)
            m_bottom = { m_state.value(QStringLiteral("current")).toString(), {}, Tone::Normal };
        break;
    }
    case NodeKind::Console: {
        // The newest line gets the whole row; the two before it the short lines above.
        const auto n = m_lines.size();
        if (n == 0) {
            m_bottom = { QObject::tr("prints what it gets"), {}, Tone::Muted };
            break;
        }
        m_bottom = { m_lines.at(n - 1), {}, Tone::Normal };
        if (n >= 2)
            m_top[1] = { m_lines.at(n - 2), {}, Tone::Normal };
        if (n >= 3)
            m_top[0] = { m_lines.at(n - 3), {}, Tone::Normal };
        break;
    }
    default:
        break;
    }
}

void QueueCard::layout()
{
    const bool typed = m_kind == NodeKind::Console;
    for (int i = 0; i < 2; ++i) {
        const QFont &font = typed ? monoFont() : i == 0 ? boldFont() : textFont();
        m_top[i].text = elided(m_top[i].full, font, topRect(i, m_badgeLeft).width());
    }
    qreal side = 0;
    if (m_kind == NodeKind::Worker) {
        m_side.text = elided(m_side.full, textFont(), kWorkerSide - 4);
        side = kWorkerSide;
    }
    const qreal inset = m_kind == NodeKind::Worker ? 8 : 0; // the item's text sits in its bar
    m_bottom.text = elided(m_bottom.full, m_kind == NodeKind::Worker ? textFont() : monoFont(),
        rowRect().width() - side - inset);
}

QColor QueueCard::color(Tone tone, const CanvasTheme &theme) const
{
    switch (tone) {
    case Tone::Normal:
        return theme.text;
    case Tone::Muted:
        return theme.mutedText;
    case Tone::Warning:
        return theme::colors().warning;
    }
    return theme.text;
}

void QueueCard::paint(QPainter *painter, const CanvasTheme &theme, bool texts) const
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const bool typed = m_kind == NodeKind::Console;
    if (texts) {
        for (int i = 0; i < 2; ++i) {
            painter->setFont(typed ? monoFont() : i == 0 ? boldFont() : textFont());
            painter->setPen(color(m_top[i].tone, theme));
            painter->drawText(
                topRect(i, m_badgeLeft), Qt::AlignLeft | Qt::AlignVCenter, m_top[i].text);
        }
    }
    switch (m_kind) {
    case NodeKind::Queue:
        paintQueue(painter, theme, texts);
        return;
    case NodeKind::Worker:
        paintWorker(painter, theme, texts);
        return;
    default:
        break;
    }
    if (!texts)
        return;
    const QRectF row = rowRect();
    painter->setFont(monoFont());
    painter->setPen(color(m_bottom.tone, theme));
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, m_bottom.text);
}

void QueueCard::paintQueue(QPainter *painter, const CanvasTheme &theme, bool texts) const
{
    const Cells c = queueCells();
    const QColor accent = theme.accent(NodeKind::Queue);
    const QRectF row = rowRect();
    const qreal gap = c.drawn > 8 ? 1.5 : 2.5;
    const qreal room = row.width() - (c.more ? kBeyondLabel : 0) - (c.drawn - 1) * gap;
    const qreal w = std::min(20.0, room / c.drawn);
    const auto cellAt = [&](int fromExit) {
        return QRectF(kRight - (fromExit + 1) * w - fromExit * gap, row.top(), w, row.height());
    };
    for (int i = 0; i < c.drawn; ++i) {
        const bool full = i < c.filled;
        painter->setPen(QPen(full ? accent.darker(115) : theme.nodeBorder, 1));
        painter->setBrush(full ? accent : theme.chipFill);
        painter->drawRoundedRect(cellAt(i).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    }
    qreal left = cellAt(c.drawn - 1).left();
    if (c.highWater > 0) {
        // The highest fill so far: a notch under the boundary it reached (the words above
        // end where the cells begin).
        const qreal x = cellAt(c.highWater - 1).left() - gap / 2;
        QPainterPath notch;
        notch.moveTo(x - 3, row.bottom() + 4);
        notch.lineTo(x + 3, row.bottom() + 4);
        notch.lineTo(x, row.bottom() + 0.5);
        notch.closeSubpath();
        painter->fillPath(notch, theme.text);
    }
    if (c.more && texts) {
        const QRectF label(left - kBeyondLabel, row.top(), kBeyondLabel - 3, row.height());
        painter->setFont(boldFont());
        painter->setPen(c.beyond > 0 ? theme.text : theme.mutedText);
        painter->drawText(label, Qt::AlignRight | Qt::AlignVCenter,
            c.beyond > 0 ? QStringLiteral("+%1").arg(c.beyond) : QStringLiteral("…"));
        left -= kBeyondLabel;
    }
    if (c.blocked > 0) {
        // Held at the entrance: the item of a producer whose ack waits for room.
        const qreal gw = std::max(w, 12.0);
        const QRectF ghost(left - gap - 2 - gw, row.top(), gw, row.height());
        if (ghost.left() >= kLeft - 4) {
            const QColor warning = theme::colors().warning;
            painter->setPen(QPen(warning, 1.2, Qt::DashLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(ghost.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
            if (texts && c.blocked > 1) {
                painter->setFont(boldFont());
                painter->setPen(warning);
                painter->drawText(ghost, Qt::AlignCenter, QString::number(c.blocked));
            }
        }
    }
}

void QueueCard::paintWorker(QPainter *painter, const CanvasTheme &theme, bool texts) const
{
    const QRectF row = rowRect();
    const QRectF bar(row.left(), row.top(), row.width() - kWorkerSide, row.height());
    const QColor accent = theme.accent(NodeKind::Worker);
    painter->setPen(QPen(theme.nodeBorder, 1));
    painter->setBrush(theme.chipFill);
    painter->drawRoundedRect(bar.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    if (m_progress > 0) {
        QColor done = accent;
        done.setAlphaF(theme.dark ? 0.55f : 0.4f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(done);
        painter->drawRoundedRect(
            QRectF(bar.left() + 1, bar.top() + 1, (bar.width() - 2) * m_progress, bar.height() - 2),
            2.5, 2.5);
    }
    if (!texts)
        return;
    painter->setFont(textFont());
    painter->setPen(theme.text);
    painter->drawText(bar.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, m_bottom.text);
    painter->setPen(color(m_side.tone, theme));
    painter->drawText(QRectF(bar.right() + 4, row.top(), kWorkerSide - 4, row.height()),
        Qt::AlignRight | Qt::AlignVCenter, m_side.text);
}

} // namespace wb
