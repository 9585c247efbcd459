#pragma once

#include <QList>
#include <QString>

namespace reel::text {

/// A range of UTF-16 code units in a QString (what QTextCursor and QSyntaxHighlighter use).
struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    friend bool operator==(const Span&, const Span&) = default;
};

/// A word of a text: letters and/or digits (with inner apostrophes and hyphens, e.g. "don't",
/// "well-being"), never punctuation, spaces or emoji.
struct Word
{
    QString text;
    Span span;
    bool hasDigit = false;  ///< "2026", "3x", "100%"'s "100"
    bool allLetters = true; ///< no digits
};

/// Language codes the text tools know: "en", "es", "fr", "de", "hi", "ja" (Catalog language ids).
/// Every function takes one of these; an unknown code is treated as "en".
using LanguageCode = QString;

} // namespace reel::text
