#pragma once

// Private to core/generate: the text measures and edits the offline composer needs, per language.

#include <QString>
#include <QStringList>

namespace reel::detail {

/// FNV-1a over the UTF-16 text: stable across runs, platforms and Qt versions (qHash is seeded).
quint32 stableHash(const QString& text);
/// `list` starting at item `by` (modulo its size), wrapping round.
QStringList rotated(const QStringList& list, quint32 by);
/// One line of plain text: control characters and runs of white space become single spaces, and
/// hashtags lose their '#' (a '#' in a caption would count towards the platform's hashtag cap).
QString collapsed(const QString& text);
QString withoutTrailingPunctuation(QString text);
bool hasLetterOrDigit(const QString& text);

/// Text of one language, measured as the Validator's rules measure it.
class ComposerText
{
public:
    explicit ComposerText(QString language);

    /// Words as the word-range rules count them (Japanese: two characters make a word).
    int units(const QString& text) const;
    /// The first sentence of `text`, or its longest leading clause of at most `maxUnits`; trailing
    /// punctuation removed. Empty when not even the first clause fits: a phrase is never cut.
    QString shortened(const QString& text, int maxUnits) const;
    /// The clauses of `text`: its sentences, split again at ';', ':' and dashes (and at commas when
    /// `atCommas`), trimmed, without their closing punctuation. A label before a colon ("Angle:")
    /// is not a clause.
    QStringList clauses(const QString& text, bool atCommas) const;
    /// `clause` as a sentence of its own: capitalised, with the language's full stop.
    QString asSentence(const QString& clause) const;
    /// `text` as it reads inside a sentence: a capitalised first word made lower-case where the
    /// language does so (en, es, fr) and the word has no other capitals ("iPhone", "USA" stay).
    QString midSentence(const QString& text) const;
    /// Sentences joined as the language writes them (Japanese without spaces).
    QString joined(const QStringList& sentences) const;
    /// The sentences of `text`.
    QStringList sentences(const QString& text) const;
    /// A sentence reduced to what identifies it: case-folded words, one space apart.
    QString sentenceKey(const QString& sentence) const;

    const QString& language() const { return m_language; }

private:
    QString m_language;
};

} // namespace reel::detail
