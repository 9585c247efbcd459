#pragma once

#include "text/TextTypes.h"

#include <memory>

struct sb_stemmer;

namespace reel::text {

/// Snowball stemmer (libstemmer) for en, es, fr, de, hi. Not thread-safe: one per thread.
/// For ja (no Snowball stemmer) stem() returns the lower-cased word.
class Stemmer
{
public:
    explicit Stemmer(const LanguageCode& language);
    ~Stemmer();
    Stemmer(const Stemmer&) = delete;
    Stemmer& operator=(const Stemmer&) = delete;

    bool isAvailable() const { return m_stemmer != nullptr; }
    /// Case-folded stem: stem("Running") == stem("runs") == "run".
    QString stem(const QString& word) const;

private:
    sb_stemmer* m_stemmer = nullptr;
};

} // namespace reel::text
