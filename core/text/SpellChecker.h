#pragma once

#include "text/TextTypes.h"

#include <QStringList>

#include <memory>

namespace reel::text {

/// Hunspell for en, es, fr, de, hi. Japanese has no dictionary: isAvailable() is false and the
/// UI says so. spell() is cheap; suggestions cost tens of milliseconds: call them on demand only.
/// Not thread-safe: one per thread.
class SpellChecker
{
public:
    explicit SpellChecker(const LanguageCode& language);
    ~SpellChecker();
    SpellChecker(const SpellChecker&) = delete;
    SpellChecker& operator=(const SpellChecker&) = delete;

    bool isAvailable() const;
    /// Words of `text` the dictionary does not know. Skipped: words with digits, one-letter words,
    /// acronyms (ALL-CAPS, 2–4 letters: "DM", "CTA"), hashtags, @handles, URLs, e-mail addresses
    /// and bare domains ("withsocio.com").
    QList<Word> misspelled(const QString& text) const;
    bool isCorrect(const QString& word) const;
    QStringList suggestions(const QString& word, int max = 5) const;
    /// The dictionary forms `word` is an inflection of, through the dictionary's own affix rules
    /// ("cheaper" → "cheap", "laziest" → "lazy"; "banner" stays "banner" because "ban" takes no
    /// comparative). Empty when the dictionary does not know the word.
    QStringList dictionaryForms(const QString& word) const;
    /// Words the user taught (per workspace later): accepted from now on.
    void addWord(const QString& word);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    LanguageCode m_language;
};

} // namespace reel::text
