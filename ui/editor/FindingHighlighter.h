#pragma once

#include "editor/ValidationTypes.h"

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace reel::ui {

/// Draws a section's findings as wavy underlines (red errors, amber warnings, blue notes).
///
/// Keeps the findings in document offsets and shifts them with every edit, before Qt
/// re-highlights the edited block, so underlines stay on their words while fresh results are on
/// their way. Each block remembers the ranges it was drawn with; new results re-highlight only
/// the blocks whose ranges differ, never the whole document.
class FindingHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    /// One underline of a block: offsets within the block's text.
    struct Range
    {
        int start = 0;
        int length = 0;
        reel::Severity severity = reel::Severity::Info;

        friend bool operator==(const Range&, const Range&) = default;
    };

    explicit FindingHighlighter(QTextDocument* document);
    ~FindingHighlighter() override;

    void setFindings(QList<ShownFinding> findings);
    const QList<ShownFinding>& findings() const { return m_findings; }
    const ShownFinding* find(quint64 id) const;
    /// The findings with a span over the character at `position`, most severe first.
    QList<ShownFinding> findingsAt(int position) const;

    /// Counts the document's text edits (formatting does not count).
    quint64 revision() const { return m_revision; }
    /// How many blocks were highlighted so far (for tests and the benchmark).
    int highlightedBlocks() const { return m_highlightedBlocks; }

    static QTextCharFormat formatFor(reel::Severity severity);

signals:
    /// The text changed; the findings are already shifted.
    void textEdited(int position, int removed, int added);

protected:
    void highlightBlock(const QString& text) override;

private:
    /// One underlined span in document offsets.
    struct Mark
    {
        qsizetype start = 0;
        qsizetype end = 0;
        reel::Severity severity = reel::Severity::Info;

        friend bool operator==(const Mark&, const Mark&) = default;
    };
    /// By position, then end, then severity.
    static bool before(const Mark& a, const Mark& b);

    void onContentsChange(int position, int removed, int added);
    QList<Range> rangesFor(const QTextBlock& block) const;
    static QList<Mark> marksOf(const QList<ShownFinding>& findings);
    void setMarks(QList<Mark> marks);

    QMetaObject::Connection m_contentsChange;
    QList<ShownFinding> m_findings;
    /// Every underline sorted by position (what setFindings() compares), and the few long ones
    /// again on their own: a block looks up the short ones near it and all the long ones.
    QList<Mark> m_marks;
    QList<Mark> m_longMarks;
    quint64 m_revision = 0;
    int m_highlightedBlocks = 0;
    bool m_refreshing = false;
};

} // namespace reel::ui
