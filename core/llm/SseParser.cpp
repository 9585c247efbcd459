#include "llm/SseParser.h"

namespace reel {

QList<SseParser::Event> SseParser::feed(QByteArrayView bytes)
{
    QList<Event> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (m_skipLf) {
            m_skipLf = false;
            if (c == '\n') {
                start = i + 1;
                continue;
            }
        }
        if (c != '\r' && c != '\n')
            continue;
        m_line.append(bytes.sliced(start, i - start));
        processLine(m_line, out);
        m_line.clear();
        m_skipLf = c == '\r';
        start = i + 1;
    }
    if (start < bytes.size())
        m_line.append(bytes.sliced(start));
    return out;
}

void SseParser::processLine(QByteArrayView line, QList<Event>& out)
{
    if (line.isEmpty()) {
        if (m_hasData)
            out.append(m_current);
        m_current = {};
        m_hasData = false;
        m_pending = false;
        return;
    }
    m_pending = true;
    if (line.front() == ':')
        return; // a comment (keep-alive)
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (!value.isEmpty() && value.front() == ' ')
        value = value.sliced(1);
    if (field == "data") {
        if (m_hasData)
            m_current.data.append('\n');
        m_current.data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_current.event = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_current.id = value.toByteArray();
    }
    // "retry" and unknown fields are ignored.
}

bool SseParser::hasPartialEvent() const
{
    return m_pending || !m_line.isEmpty();
}

void SseParser::reset()
{
    *this = SseParser();
}

} // namespace reel
