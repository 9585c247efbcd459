#include "editor/FindingSpans.h"

#include <algorithm>

namespace reel::ui::spans {

using reel::text::Span;

std::optional<Span> shifted(Span span, qsizetype position, qsizetype removed, qsizetype added)
{
    const qsizetype delta = added - removed;
    const qsizetype removedEnd = position + removed;
    // All of its text was deleted (or replaced): whatever it pointed at is gone.
    if (span.length > 0 && removed > 0 && span.start >= position && span.end() <= removedEnd)
        return std::nullopt;
    const auto mapStart = [&](qsizetype p) -> qsizetype {
        if (p < position)
            return p;
        if (p >= removedEnd)
            return p + delta; // also a pure insertion at the start: the span moves on
        return position;      // its head was replaced: what was typed joins it
    };
    const auto mapEnd = [&](qsizetype p) -> qsizetype {
        if (p <= position)
            return p; // typing right after a span does not extend it
        if (p >= removedEnd)
            return p + delta;
        return position + added;
    };
    const qsizetype start = mapStart(span.start);
    const qsizetype end = span.length == 0 ? start : mapEnd(span.end());
    if (end < start || (span.length > 0 && end == start))
        return std::nullopt;
    return Span{start, end - start};
}

bool shift(reel::Finding& finding, qsizetype position, qsizetype removed, qsizetype added)
{
    const bool hadSpans = !finding.spans.isEmpty();
    QList<Span> kept;
    kept.reserve(finding.spans.size());
    for (const Span& span : std::as_const(finding.spans)) {
        if (const auto moved = shifted(span, position, removed, added))
            kept.append(*moved);
    }
    finding.spans = std::move(kept);
    if (finding.fix) {
        for (reel::TextEdit& edit : finding.fix->edits) {
            if (edit.field != finding.field)
                continue;
            // An edit that overlaps the change no longer knows what it replaces.
            const bool touched = removed > 0 ? edit.span.start < position + removed && position < edit.span.end()
                                             : edit.span.start < position && position < edit.span.end();
            const auto moved = shifted(edit.span, position, removed, added);
            if (touched || !moved) {
                finding.fix.reset();
                break;
            }
            edit.span = *moved;
        }
    }
    return !hadSpans || !finding.spans.isEmpty();
}

QList<reel::Finding> minus(const QList<reel::Finding>& a, const QList<reel::Finding>& b)
{
    QList<reel::Finding> out;
    QList<bool> used(b.size(), false);
    for (const reel::Finding& f : a) {
        bool cancelled = false;
        for (qsizetype i = 0; i < b.size(); ++i) {
            if (!used.at(i) && b.at(i) == f) {
                used[i] = true;
                cancelled = true;
                break;
            }
        }
        if (!cancelled)
            out.append(f);
    }
    return out;
}

JoinedText::JoinedText(const QString& editorText, Kind kind)
{
    // The same splitting as Validator::setFieldText, so that the joined text is fieldText().
    static const QRegularExpression words(QStringLiteral("[^\\s,]+"));
    static const QRegularExpression lines(QStringLiteral("[^\\n]+"));
    const QChar separator = kind == Kind::Words ? QChar(u' ') : QChar(u'\n');
    for (auto it = (kind == Kind::Words ? words : lines).globalMatch(editorText); it.hasNext();) {
        const auto match = it.next();
        if (!m_tokens.isEmpty())
            m_joined += separator;
        m_tokens.append({m_joined.size(), match.capturedStart(), match.capturedLength()});
        m_joined += match.capturedView();
    }
}

qsizetype JoinedText::toEditor(qsizetype joinedOffset) const
{
    if (m_tokens.isEmpty())
        return 0;
    // The token that holds the offset (its end included); separators are one character, so an
    // offset is always at or inside a token.
    auto it = std::upper_bound(m_tokens.cbegin(), m_tokens.cend(), joinedOffset,
                               [](qsizetype offset, const Token& t) { return offset < t.joinedStart; });
    if (it == m_tokens.cbegin())
        return m_tokens.constFirst().editorStart;
    --it;
    const qsizetype inside = std::min(joinedOffset - it->joinedStart, it->length);
    return it->editorStart + inside;
}

Span JoinedText::toEditor(Span joinedSpan) const
{
    const qsizetype start = toEditor(joinedSpan.start);
    const qsizetype end = joinedSpan.length == 0 ? start : toEditor(joinedSpan.end());
    return Span{start, std::max<qsizetype>(0, end - start)};
}

reel::Finding JoinedText::toEditor(reel::Finding finding) const
{
    for (Span& span : finding.spans)
        span = toEditor(span);
    if (finding.fix) {
        for (reel::TextEdit& edit : finding.fix->edits) {
            if (edit.field == finding.field)
                edit.span = toEditor(edit.span);
        }
    }
    return finding;
}

} // namespace reel::ui::spans
