#pragma once

#include "model/BrandProfile.h"
#include "model/ReelScript.h"
#include "model/ScriptRequest.h"
#include "text/SpeakingRate.h"
#include "validate/Finding.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace reel {

class RulePack;

/// What a script is checked against.
struct ValidationContext
{
    BrandProfile profile;
    ScriptRequest request;
    /// Catalog language id ("en" …); empty = resolved from request.language (English if unknown).
    QString language;
    /// The day whose rules apply (a pack's dated changes); invalid = today.
    QDate date;
    /// The user's own speaking rate for this language, when calibrated.
    std::optional<text::SpeakingRate> calibratedRate;
    /// The rule pack; null = the built-in pack of the profile's platform.
    const RulePack* pack = nullptr;
};

/// Spoken duration per section and in total, against the requested length.
struct DurationEstimate
{
    double hookSeconds = 0;
    double bodySeconds = 0;
    double ctaSeconds = 0;
    int targetSeconds = 0;
    double tolerance = 0; ///< e.g. 0.15 = ±15 %
    double hookLimitSeconds = 3;

    double totalSeconds() const { return hookSeconds + bodySeconds + ctaSeconds; }
};

/// The outcome of checking a whole script.
struct ValidationReport
{
    QList<Finding> findings;
    DurationEstimate duration;
    qsizetype captionLength = 0; ///< characters as Instagram counts them (grapheme clusters)
    int captionLimit = 0;
    int captionFold = 0;
    int hashtagCount = 0; ///< the hashtag list plus hashtags written in the caption
    int hashtagCap = 0;

    int count(Severity severity) const;
    bool hasErrors() const { return count(Severity::Error) > 0; }
    /// 100 minus 20 per error, 4 per warning, never below 0 (ranks variants of a script).
    int score() const;
    /// The original service's `validation` object: English messages, field-prefixed.
    ValidationSummary summary() const;
};

/// How closely a script keeps to its brief: the request's topic and the brand's offer and pain
/// points, as far as they are written in the script's language.
struct RelevanceScore
{
    double score = 0;         ///< 0–1: the mean of coverage and sentenceShare
    double coverage = 0;      ///< the brief's words the spoken text says, by weight (topic first)
    double sentenceShare = 0; ///< hook and body sentences that name the brief or the brand
    bool hookOnBrief = false;
    QStringList missing; ///< the brief's words the spoken text never says, most important first
};

/// Checks scripts against the platform's rule pack and the brand's profile: structure,
/// timing, safety and style (the rules are listed in README.md, "Validating a script").
/// Holds per-language tools (stemmer, syllables, spell checker) that are not thread-safe: use a
/// Validator from one thread at a time (each worker thread builds its own).
class Validator
{
public:
    explicit Validator(ValidationContext context);
    ~Validator();
    Validator(const Validator&) = delete;
    Validator& operator=(const Validator&) = delete;

    ValidationReport validate(const ReelScript& script) const;
    /// The findings of one field on its own (what the editor re-checks as the user types);
    /// checks that need the whole script (total duration, hashtags in the caption) are left out.
    QList<Finding> validateField(ScriptField field, const QString& text) const;
    /// Duration of one section's text in seconds.
    double secondsToSay(const QString& text) const;
    /// How closely `script` keeps to its brief; nullopt when the brief has fewer than two words
    /// in the script's language to judge by (no topic, offer or pain point written in it).
    std::optional<RelevanceScore> relevance(const ReelScript& script) const;
    /// The brief's words in the script's language, most telling first: words the brand name, the
    /// topic, the offer and the pain points share, then the topic's, the offer's, the pains'.
    QStringList briefWords() const;
    /// Spelling suggestions, computed on demand (tens of milliseconds).
    QStringList spellingSuggestions(const QString& word) const;

    /// The thresholds in force: the pack's on the context's date, with the brand's overrides.
    const QHash<QString, double>& settings() const;
    QString language() const;

    /// A field as text, as the editor shows it and as finding spans count: hashtags joined by
    /// spaces, on-screen lines and shot voice-overs joined by newlines.
    static QString fieldText(const ReelScript& script, ScriptField field);
    /// Applies text to a field (the inverse of fieldText; shots keep their timing and visuals).
    static void setFieldText(ReelScript& script, ScriptField field, const QString& text);
    /// Whether a hashtag (case-folded, without '#') names `word`: a word of five letters or more
    /// anywhere in it (#coffeelovers), a shorter one only as the whole tag (#free, not #freezermeals).
    static bool hashtagNames(const QString& tag, const QString& word);
    /// Applies a quick fix's edits to a script (later spans first, so earlier ones stay valid).
    static void apply(ReelScript& script, const QuickFix& fix);

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace reel
