#pragma once

#include "validate/Finding.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace reel::ui::spans {

/// `span` after an edit at `position` that removed `removed` characters and inserted `added`.
/// Text typed inside a span joins it; text typed at its start pushes it, at its end leaves it
/// alone. nullopt when all of the span's text was deleted or replaced.
std::optional<reel::text::Span> shifted(reel::text::Span span, qsizetype position, qsizetype removed, qsizetype added);

/// Shifts the spans of `finding` and of its quick fix by an edit. A fix whose text changed under
/// it is dropped (applying it would cut the wrong text). Returns false when the finding pointed
/// at text that is gone entirely.
bool shift(reel::Finding& finding, qsizetype position, qsizetype removed, qsizetype added);

/// `a` minus `b` as multisets: each finding of `b` cancels one equal finding of `a`.
QList<reel::Finding> minus(const QList<reel::Finding>& a, const QList<reel::Finding>& b);

/// An editor's text and the same text as the Validator sees it once the field is split into
/// items and joined again (hashtags: split at spaces and commas, joined by one space; on-screen
/// text: split into non-empty lines, joined by one newline). Maps spans of the joined text back
/// onto the editor's.
class JoinedText
{
public:
    enum class Kind
    {
        Words,
        Lines
    };

    JoinedText(const QString& editorText, Kind kind);

    const QString& joined() const { return m_joined; }
    qsizetype toEditor(qsizetype joinedOffset) const;
    reel::text::Span toEditor(reel::text::Span joinedSpan) const;
    /// The finding with its spans and fix moved onto the editor's text.
    reel::Finding toEditor(reel::Finding finding) const;

private:
    struct Token
    {
        qsizetype joinedStart = 0;
        qsizetype editorStart = 0;
        qsizetype length = 0;
    };

    QList<Token> m_tokens;
    QString m_joined;
};

} // namespace reel::ui::spans
