#pragma once

#include <QStringView>

#include <optional>

/// VADER's rule constants and word lists (Hutto & Gilbert 2014, §3 "heuristics").
namespace reel::text::detail::vader {

constexpr double kBoosterIncrement = 0.293;  ///< "very good" vs "good"
constexpr double kBoosterDecrement = -0.293; ///< "kind of good"
constexpr double kCapsIncrement = 0.733;     ///< "GOOD" among lower-case words
constexpr double kNegationScalar = -0.74;    ///< "not good"
constexpr double kExclamationIncrement = 0.292;
constexpr int kMaxExclamations = 4;
constexpr double kQuestionIncrement = 0.18;
constexpr double kMaxQuestionAmplifier = 0.96;
constexpr double kNormalizationAlpha = 15.0;

/// A negating word ("not", "never", "without"…), or any word with "n't" in it.
bool isNegated(QStringView lowerWord);
/// The booster or dampener value of a word or bigram ("very" +0.293, "kind of" −0.293).
std::optional<double> booster(QStringView lowerWordOrBigram);
/// The fixed valence of a few phrases whose meaning is not the sum of their words.
std::optional<double> specialCase(QStringView lowerPhrase);

} // namespace reel::text::detail::vader
