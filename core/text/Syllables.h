#pragma once

#include "text/TextTypes.h"

#include <memory>

namespace reel::text {

/// Syllable counts from the LibreOffice hyphenation patterns (libhyphen): hyphenation points + 1,
/// found through DictionaryPaths::hyphenationFile(). Patterns never break within
/// the first and last letters of a word (LEFT/RIGHTHYPHENMIN), so each segment between two points
/// is also checked with the language's vowel rules: "hap-py", "i-de-a", "A-bend" count in full.
/// When a language has no patterns installed the vowel rules count alone and isPatternBased() is
/// false. Japanese counts morae (kana 1, small kana 0, kanji 2); numbers count roughly per digit
/// (see SyllableHeuristics::number). Apostrophes are dropped ("don't" 1) and hyphenated compounds
/// are counted part by part; a word without letters or digits counts 0.
///
/// Pattern files are loaded once per process and shared. German's two-level file is loaded
/// without its first level (compound boundaries only), which libhyphen needs 4 s to read.
/// Not thread-safe: one per thread.
class Syllables
{
public:
    explicit Syllables(const LanguageCode& language);
    ~Syllables();
    Syllables(const Syllables&) = delete;
    Syllables& operator=(const Syllables&) = delete;

    bool isPatternBased() const;
    int count(const QString& word) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace reel::text
