#pragma once

#include "text/TextTypes.h"

#include <QHash>

#include <optional>

namespace reel::text {

struct SentimentScore
{
    double compound = 0; ///< −1 … +1; positive ≥ 0.05, negative ≤ −0.05
    double positive = 0;
    double neutral = 0;
    double negative = 0;
};

/// VADER (Hutto & Gilbert 2014; lexicon MIT, shipped in resources/vader/). English only:
/// score() returns nullopt for every other language instead of guessing.
/// The rules follow vaderSentiment 3.3.2 (boosters, ALL-CAPS, negation, "but", "least", "kind of",
/// special phrases, "!" and "?" emphasis). Differences, all deliberate: typographic apostrophes and
/// quotes count as ASCII ones ("isn’t" negates); a whole emoji sequence ("❤️", "👍🏽") is looked up
/// before its single code points, and variation selectors and joiners are dropped instead of being
/// glued to the description; "but" scales by position (VADER's list lookup can misplace equal
/// values); scores are not rounded.
/// Thread-safe after construction (the lexicon is read-only).
class Sentiment
{
public:
    /// The lexicon compiled into the application (:/reelstudio/vader/…).
    static const Sentiment& builtIn();

    std::optional<SentimentScore> score(const QString& text, const LanguageCode& language) const;

private:
    Sentiment() = default;
    QHash<QString, double> m_lexicon; ///< token (lower-case) → mean valence −4 … +4
    QHash<QString, QString> m_emoji;  ///< emoji (one code point or a whole sequence) → its description
};

} // namespace reel::text
