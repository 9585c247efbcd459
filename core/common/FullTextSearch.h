#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace reel {

/// An FTS5 MATCH expression from what a user types: each word quoted (so punctuation cannot break
/// the syntax), a trailing * kept as a prefix search. Empty when the text holds no word.
QString ftsMatchQuery(const QString& text);

/// Whether `text` holds characters of a writing system that does not put spaces between words
/// (Japanese kana and kanji, Chinese, Thai, Lao, Khmer, Myanmar). The word index cannot find a
/// word in the middle of such a run; the trigram index can.
bool hasUnsegmentedText(QStringView text);
/// An SQL GLOB pattern matching text that holds such characters (for the triggers that feed the
/// trigram index only with the rows that need it).
QString unsegmentedGlob();

/// How to find what a user typed in the two full-text indexes of a table.
struct FullTextQuery
{
    QString words;          ///< MATCH for the word (unicode61) index; empty when no such word
    QString trigrams;       ///< MATCH for the trigram index (unsegmented words of 3+ characters)
    QStringList substrings; ///< unsegmented words of 1–2 characters, for LIKE (the trigram index needs 3)
    bool isEmpty() const { return words.isEmpty() && trigrams.isEmpty() && substrings.isEmpty(); }
};
/// Splits `text` into words; unsegmented ones go to the trigram index, the others to the word
/// index (the last of them as a prefix when `prefixLast`).
FullTextQuery planFullTextQuery(const QString& text, bool prefixLast);
/// `value` with LIKE's wildcards escaped (escape character '\').
QString escapeLike(QString value);

} // namespace reel
