#include "cli/keyboardinput.h"

#include "cli/linereader.h"
#include "net/socketpolicy.h"
#include "runtime/meshruntime.h"

#include <QTimer>

namespace wb {

namespace {

constexpr int kCheckEvery = 64; // lines typed between two looks at the keyboard's counts
constexpr int kPollMs = 5; // while paused; a full window takes far longer than this to drain

} // namespace

KeyboardInput::KeyboardInput(MeshRuntime *runtime, NodeId keyboard, int fd, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_keyboard(keyboard)
    , m_reader(new LineReader(fd, limits::kMaxMessageBytes, this))
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &KeyboardInput::updatePause);
    connect(m_reader, &LineReader::line, this, &KeyboardInput::onLine);
    connect(m_reader, &LineReader::ended, this, &KeyboardInput::onEnded);
    connect(m_reader, &LineReader::tooLong, this, [this](qsizetype bytes) {
        Q_EMIT problem(QStringLiteral("a line of more than %1 bytes is not typed: a message has "
                                      "at most %2 bytes")
                           .arg(bytes)
                           .arg(limits::kMaxMessageBytes));
    });
}

void KeyboardInput::stop()
{
    m_stopped = true;
    m_poll->stop();
    m_reader->setPaused(true);
}

void KeyboardInput::onLine(const QString &text)
{
    if (m_stopped || text.isEmpty()) // the keyboard skips empty lines too
        return;
    if (!m_runtime->command(
            m_keyboard, QStringLiteral("type"), { { QStringLiteral("text"), text } })) {
        if (!m_refusedSaid) {
            m_refusedSaid = true;
            Q_EMIT problem(QStringLiteral("the keyboard took no more input: it is not running, "
                                          "or too many lines wait in it"));
        }
        return;
    }
    ++m_lines;
    m_bytes += text.size() * qint64(sizeof(QChar));
    if (++m_sinceCheck >= kCheckEvery) {
        m_sinceCheck = 0;
        updatePause();
    }
}

void KeyboardInput::onEnded()
{
    if (m_ended)
        return;
    m_ended = true;
    m_poll->stop();
    if (!m_stopped)
        m_runtime->command(m_keyboard, QStringLiteral("end"), {});
    Q_EMIT ended();
}

qint64 KeyboardInput::waitingLines() const
{
    qint64 typed = 0;
    qint64 answered = 0;
    for (const auto &[name, value] : m_runtime->counts(m_keyboard)) {
        if (name == QLatin1String("typed"))
            typed = value;
        else if (name == QLatin1String("acked") || name == QLatin1String("failed"))
            answered += value;
    }
    return typed - answered;
}

void KeyboardInput::updatePause()
{
    if (m_stopped || m_ended)
        return;
    const qint64 waiting = waitingLines();
    const qint64 meanBytes = m_lines > 0 ? std::max<qint64>(1, m_bytes / m_lines) : 1;
    const qint64 limit
        = std::min(kMaxWaitingLines, std::max<qint64>(16, kMaxWaitingBytes / meanBytes));
    if (!m_reader->isPaused() && waiting >= limit) {
        m_reader->setPaused(true);
        m_poll->start();
    } else if (m_reader->isPaused() && waiting <= limit / 2) {
        m_poll->stop();
        m_reader->setPaused(false);
    }
}

} // namespace wb
