#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace reel {

/// Server-sent events as the HTML standard defines them and OpenAI-compatible servers send
/// them: lines end with CR, LF or CRLF (a CR at the end of one read and the LF
/// at the start of the next are one line end); `:` lines are comments; `field: value` with one
/// optional space; several `data` lines join with "\n"; a blank line dispatches the event (one
/// without data is dropped). Bytes may be split anywhere across feed() calls.
class SseParser
{
public:
    struct Event
    {
        QByteArray event; ///< the `event:` field (empty = "message")
        QByteArray data;
        QByteArray id;
        friend bool operator==(const Event&, const Event&) = default;
    };

    /// The events completed by `bytes`.
    QList<Event> feed(QByteArrayView bytes);
    /// Whether bytes of an unfinished event are pending (a stream that ends here was cut).
    bool hasPartialEvent() const;
    void reset();

private:
    void processLine(QByteArrayView line, QList<Event>& out);

    QByteArray m_line;
    bool m_skipLf = false;
    Event m_current;
    bool m_hasData = false;
    bool m_pending = false;
};

} // namespace reel
