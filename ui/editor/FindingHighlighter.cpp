#include "editor/FindingHighlighter.h"

#include "editor/FindingSpans.h"
#include "editor/SeverityStyle.h"

#include <QSet>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <tuple>

namespace reel::ui {

namespace {

// The ranges a block was last drawn with.
class BlockFindings : public QTextBlockUserData
{
public:
    QList<FindingHighlighter::Range> ranges;
};

// Longer underlines (a whole sentence, "the words past the limit") are few; a block checks all of
// them and only the short ones that start near it.
constexpr qsizetype kShortMark = 200;

} // namespace

bool FindingHighlighter::before(const Mark& a, const Mark& b)
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.end != b.end)
        return a.end < b.end;
    return int(a.severity) < int(b.severity);
}

QList<FindingHighlighter::Mark> FindingHighlighter::marksOf(const QList<ShownFinding>& findings)
{
    QList<Mark> marks;
    for (const ShownFinding& shown : findings) {
        for (const text::Span& span : shown.finding.spans) {
            if (span.length > 0)
                marks.append({span.start, span.end(), shown.finding.severity});
        }
    }
    std::sort(marks.begin(), marks.end(), &FindingHighlighter::before);
    return marks;
}

void FindingHighlighter::setMarks(QList<Mark> marks)
{
    if (!std::is_sorted(marks.cbegin(), marks.cend(), &FindingHighlighter::before))
        std::sort(marks.begin(), marks.end(), &FindingHighlighter::before);
    m_longMarks.clear();
    for (const Mark& mark : std::as_const(marks)) {
        if (mark.end - mark.start > kShortMark)
            m_longMarks.append(mark);
    }
    m_marks = std::move(marks);
}

FindingHighlighter::FindingHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(static_cast<QObject*>(document))
{
    // Connected before QSyntaxHighlighter connects its own handler in setDocument(): the spans
    // must have moved when Qt re-highlights the edited block.
    m_contentsChange = connect(document, &QTextDocument::contentsChange, this, &FindingHighlighter::onContentsChange);
    setDocument(document);
}

FindingHighlighter::~FindingHighlighter()
{
    // QSyntaxHighlighter's destructor clears the formats, which the document reports as a change.
    disconnect(m_contentsChange);
}

QTextCharFormat FindingHighlighter::formatFor(Severity severity)
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(SeverityStyle::color(severity));
    return format;
}

const ShownFinding* FindingHighlighter::find(quint64 id) const
{
    for (const ShownFinding& shown : m_findings) {
        if (shown.id == id)
            return &shown;
    }
    return nullptr;
}

QList<ShownFinding> FindingHighlighter::findingsAt(int position) const
{
    QList<ShownFinding> out;
    for (const ShownFinding& shown : m_findings) {
        const bool hit = std::any_of(shown.finding.spans.cbegin(), shown.finding.spans.cend(),
                                     [&](const text::Span& s) { return s.start <= position && position < s.end(); });
        if (hit)
            out.append(shown);
    }
    std::stable_sort(out.begin(), out.end(), [](const ShownFinding& a, const ShownFinding& b) {
        return SeverityStyle::rank(a.finding.severity) > SeverityStyle::rank(b.finding.severity);
    });
    return out;
}

void FindingHighlighter::onContentsChange(int position, int removed, int added)
{
    if (m_refreshing)
        return;
    ++m_revision;
    qsizetype keptFindings = 0;
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        ShownFinding& shown = m_findings[i];
        if (spans::shift(shown.finding, position, removed, added)) {
            if (keptFindings != i)
                m_findings[keptFindings] = std::move(shown);
            ++keptFindings;
        }
    }
    m_findings.resize(keptFindings);
    // The same move for the underlines, in place (the order survives, but for ties).
    qsizetype kept = 0;
    for (qsizetype i = 0; i < m_marks.size(); ++i) {
        const Mark mark = m_marks.at(i);
        if (mark.end <= position) {
            m_marks[kept++] = mark; // before the edit: unchanged
        } else if (const auto moved = spans::shifted({mark.start, mark.end - mark.start}, position, removed, added)) {
            m_marks[kept++] = {moved->start, moved->end(), mark.severity};
        }
    }
    m_marks.resize(kept);
    setMarks(std::move(m_marks));
    emit textEdited(position, removed, added);
}

QList<FindingHighlighter::Range> FindingHighlighter::rangesFor(const QTextBlock& block) const
{
    QList<Range> ranges;
    const qsizetype blockStart = block.position();
    const qsizetype blockEnd = blockStart + block.length() - 1; // without the paragraph separator
    const auto add = [&](const Mark& mark) {
        const qsizetype start = std::max(mark.start, blockStart);
        const qsizetype end = std::min(mark.end, blockEnd);
        if (end > start)
            ranges.append({int(start - blockStart), int(end - start), mark.severity});
    };
    auto it = std::lower_bound(m_marks.cbegin(), m_marks.cend(), blockStart - kShortMark,
                               [](const Mark& mark, qsizetype at) { return mark.start < at; });
    for (; it != m_marks.cend() && it->start < blockEnd; ++it) {
        if (it->end - it->start <= kShortMark)
            add(*it);
    }
    for (const Mark& mark : m_longMarks)
        add(mark);
    // Drawn in rising severity, so that an error wins where underlines overlap.
    std::sort(ranges.begin(), ranges.end(), [](const Range& a, const Range& b) {
        const int ra = SeverityStyle::rank(a.severity);
        const int rb = SeverityStyle::rank(b.severity);
        return std::tie(ra, a.start, a.length) < std::tie(rb, b.start, b.length);
    });
    return ranges;
}

void FindingHighlighter::highlightBlock(const QString& text)
{
    Q_UNUSED(text)
    ++m_highlightedBlocks;
    QList<Range> ranges = rangesFor(currentBlock());
    for (const Range& r : std::as_const(ranges))
        setFormat(r.start, r.length, formatFor(r.severity));
    auto* data = static_cast<BlockFindings*>(currentBlockUserData());
    if (!data) {
        data = new BlockFindings;
        setCurrentBlockUserData(data);
    }
    data->ranges = std::move(ranges);
}

void FindingHighlighter::setFindings(QList<ShownFinding> findings)
{
    const QList<Mark> old = m_marks;
    QList<Mark> after = marksOf(findings);
    m_findings = std::move(findings);
    setMarks(after);
    QTextDocument* doc = document();
    if (!doc)
        return;

    // Only blocks under an underline that appeared, went or changed can look different.
    QList<Mark> changed;
    std::set_symmetric_difference(old.cbegin(), old.cend(), after.cbegin(), after.cend(), std::back_inserter(changed),
                                  &FindingHighlighter::before);
    QSet<int> candidates;
    for (const Mark& mark : std::as_const(changed)) {
        for (QTextBlock block = doc->findBlock(int(mark.start)); block.isValid() && block.position() < mark.end;
             block = block.next())
            candidates.insert(block.blockNumber());
    }
    QList<int> numbers(candidates.cbegin(), candidates.cend());
    std::sort(numbers.begin(), numbers.end());
    m_refreshing = true;
    for (const int number : std::as_const(numbers)) {
        const QTextBlock block = doc->findBlockByNumber(number);
        const auto* data = static_cast<const BlockFindings*>(block.userData());
        const QList<Range> drawn = data ? data->ranges : QList<Range>();
        if (rangesFor(block) != drawn)
            rehighlightBlock(block);
    }
    m_refreshing = false;
}

} // namespace reel::ui
