#pragma once

#include "document/nodespec.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class QPainter;

namespace wb {

struct CanvasTheme;
class TimeSource;

// The lower part of the cards of the asyncio queue seed's kinds (docs/queues.md): how many
// lines a keyboard has waiting and the last one it sent, a queue's items as cells with its
// high-water mark and the producers it holds back, a worker's progress through its item, a
// console's last lines. It keeps what the live states leave to the views (a console's earlier
// lines, when in run time the worker's item began) and lays its texts out once a frame when
// they changed, never in paint(). NodeItem owns one per node of these kinds and paints it over the
// card.
//
// Layout: two short lines left of the state badge, and below them, the card's width wide,
// the kind's widget (the keyboard's last line, the queue's cells, the worker's bar, the
// console's newest line).
class QueueCard
{
public:
    // The most cells a queue draws: the places nearest its exit. Items beyond are "+N".
    static constexpr int kMaxCells = 16;
    // The console's lines on its card, the newest at the bottom.
    static constexpr int kConsoleLines = 3;

    // What a queue's cells show. The exit (the head, the oldest item) is on the right, where
    // the output port is, so the cells fill from the right as items come in on the left.
    struct Cells
    {
        int drawn = 0; // places drawn, nearest the exit
        int filled = 0; // how many of them hold an item
        qint64 beyond = 0; // items further back than the drawn places ("+N")
        bool more = false; // the queue has more places than are drawn
        int highWater = 0; // the mark after this many places from the exit; 0: none yet
        qint64 blocked = 0; // producers whose ack waits for room
        bool operator==(const Cells &) const = default;
    };
    static Cells cells(qint64 fill, qint64 capacity, qint64 highWater, qint64 blocked);

    // Whether a kind's card is drawn by this class.
    static bool handles(NodeKind kind);

    explicit QueueCard(NodeKind kind);

    // The run's clock: the worker's progress is in run time (pause stops it, slow motion
    // slows it). Without one, a worker shows its item but no progress.
    void setTimeSource(const TimeSource *time) { m_time = time; }
    // The node's parameters: what the card says while the node does not run, and a queue's
    // capacity until its first live state.
    void setParams(const QVariantMap &params);
    // Whether the node runs (or a replay shows it): live words, or what it would do.
    void setActive(bool active);
    // Where the state badge begins: the two short lines end before it.
    void setBadgeLeft(qreal x);
    // A live state as the component sent it; `merged` holds every key's latest value.
    void apply(const QVariantMap &state, const QVariantMap &merged);
    // The shown state was replaced as a whole (a replay began or ended).
    void show(const QVariantMap &merged);
    // The node started again: nothing of its last run stays on the card.
    void clear();
    // Once a frame: moves the worker's progress on and lays the texts out if anything changed
    // (a flat-out queue reports thousands of states between two frames); true while the
    // progress still moves.
    bool step();
    // Lays the texts out if anything changed since; paint() shows what was laid out.
    void prepare();

    Cells queueCells() const;
    // The console's lines on the card, oldest first (the component's "text" of each).
    QStringList consoleLines() const { return m_lines; }
    // The worker's progress through its item, 0 to 1; -1 when it has none.
    double progress() const { return m_progress; }
    // The two short lines, as laid out (elided) by the last step() or prepare().
    QString topLine(int i) const { return m_top[i].text; }

    void paint(QPainter *painter, const CanvasTheme &theme, bool texts) const;

private:
    enum class Tone { Normal, Muted, Warning };
    struct Text
    {
        QString full;
        QString text; // elided
        Tone tone = Tone::Normal;
    };

    void layout();
    void wordTexts();
    void updateProgress();
    QColor color(Tone tone, const CanvasTheme &theme) const;
    void paintQueue(QPainter *painter, const CanvasTheme &theme, bool texts) const;
    void paintWorker(QPainter *painter, const CanvasTheme &theme, bool texts) const;

    NodeKind m_kind;
    const TimeSource *m_time = nullptr;
    QVariantMap m_params;
    QVariantMap m_state;
    bool m_active = false;
    qreal m_badgeLeft = 80;
    Text m_top[2];
    Text m_bottom; // the keyboard's or the console's line, the worker's item
    Text m_side; // right of the worker's bar: the time left
    QStringList m_lines;
    qint64 m_itemStartNs = -1; // run time at which the worker began its item
    qint64 m_itemMs = 0;
    qint64 m_itemDone = -1; // the worker's "done" count when it began
    QString m_itemText;
    double m_progress = -1;
    bool m_dirty = true;
};

} // namespace wb
