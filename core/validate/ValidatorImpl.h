#pragma once

// Private to core/validate: the state a Validator shares with its rules.

#include "text/SpeakingRate.h"
#include "text/SpellChecker.h"
#include "text/Stemmer.h"
#include "text/Syllables.h"
#include "validate/PhraseMatcher.h"
#include "validate/RulePack.h"
#include "validate/Validator.h"

#include <QSet>

#include <memory>

namespace reel {

/// A field's text with its words, segmented once and shared by every rule.
struct FieldText
{
    ScriptField field = ScriptField::Body;
    QString text;
    QList<text::Word> words;
    QStringList folded; ///< each word case-folded
    QStringList stems;  ///< each word's stem
    /// Each word's stem through its dictionary form where that differs ("cheaper" → "cheap"),
    /// else its stem; empty unless a word of the field is such an inflection of a banned word
    /// (see Validator::Impl::prepare).
    QStringList lemmaStems;
    /// The words the language's dictionary does not know (empty when it has no dictionary).
    QList<text::Word> unknown;

    QList<PhraseMatcher::Match> find(const PhraseMatcher& matcher) const
    {
        return matcher.find(text, words, folded, stems);
    }
};

/// A word of the brief (the request's topic, the brand's offer and pain points) that a script
/// about that brief is expected to say.
struct BriefTerm
{
    QString word; ///< case-folded, as written in the brief
    QString stem;
    double weight = 0; ///< topic 2, offer 1.5, pain point 1
    double rank = 0;   ///< the weights of every source that holds it, added up
    bool inBrandName = false;
    /// Only ever seen qualifying the next brief word ("smart" in "smart thermostat"; in Spanish and
    /// French the word after: "recién" in "café recién tostado" qualifies "café").
    bool modifier = true;
};

struct Validator::Impl
{
    ValidationContext context;
    const RulePack* pack = nullptr;
    QString language;
    QString languageName; ///< English name for messages ("English", "Japanese")
    QHash<QString, double> settings;
    QStringList unknownOverrides;
    text::SpeakingRate rate;

    // Loading a dictionary and hyphenation patterns takes tens of milliseconds, so each thread
    // keeps one set per language and every Validator of that thread shares it (the tools are
    // not thread-safe, and a Validator is used from one thread only).
    std::shared_ptr<text::Stemmer> stemmer;
    std::shared_ptr<text::Syllables> syllables;
    std::shared_ptr<text::SpellChecker> speller;

    PhraseMatcher doNotUse;
    QSet<QString> banPrefixes; ///< the first letters of each banned word (see prepare())
    QSet<QString> bannedStems; ///< each banned word's stem
    PhraseMatcher offensive;
    PhraseMatcher riskyClaims;
    PhraseMatcher sectorClaims;
    QString sectorPack; ///< "finance", "health", "beauty" or empty
    PhraseMatcher competitors;
    PhraseMatcher ctaVerbs;
    PhraseMatcher urgency;
    QList<QPair<QString, PhraseMatcher>> voices; ///< the profile's voices that have a lexicon
    PhraseMatcher questionStarters;
    PhraseMatcher storyCues;
    PhraseMatcher curiosityCues;
    PhraseMatcher relatableCues;
    PhraseMatcher shockCues;
    QSet<QString> stopWords;
    /// Stop words of the other languages written in Latin letters that are not this one's (the
    /// one-language rule).
    QSet<QString> otherStopWords;
    /// Case-folded words of the brand's and the competitors' names (never "another language").
    QSet<QString> nameWords;
    /// What the script should be about: the request's topic and the brand's offer and pain points.
    QList<BriefTerm> brief;

    double setting(const QString& key) const { return settings.value(key); }
    int intSetting(const QString& key) const { return static_cast<int>(settings.value(key)); }

    FieldText prepare(ScriptField field, const QString& text) const;
    /// Every rule of one section (`captionTags`: hashtags already in the caption, for the cap).
    QList<Finding> runField(ScriptField field, const QString& text, int captionTags) const;
    /// Takes away the quick fixes that would not remove their problem or would bring a new error.
    void keepSafeFixes(ScriptField field, const QString& text, int captionTags, QList<Finding>& found) const;
    /// Word count as the rules count it; Japanese counts two characters as one word (its
    /// 300 characters/min against English's 150 words/min).
    int wordCount(const FieldText& f) const;
    double seconds(const QString& text) const;

    /// Adds a finding unless the pack switched the rule off; applies the pack's severity.
    void add(QList<Finding>& out, Finding finding) const;
};

/// A span widened by one neighbouring space, so that removing it leaves no double space.
inline text::Span withSpace(const QString& text, text::Span span)
{
    if (span.end() < text.size() && text.at(span.end()) == u' ')
        return {span.start, span.length + 1};
    if (span.start > 0 && text.at(span.start - 1) == u' ')
        return {span.start - 1, span.length + 1};
    return span;
}

// Rule families (rules/*.cpp). Each appends findings for one field's text.
namespace rules {
void structure(const Validator::Impl& v, const FieldText& f, QList<Finding>& out);
void caption(const Validator::Impl& v, const FieldText& f, QList<Finding>& out);
void hashtags(const Validator::Impl& v, const FieldText& f, int captionHashtags, QList<Finding>& out);
void safety(const Validator::Impl& v, const FieldText& f, QList<Finding>& out);
void hookTiming(const Validator::Impl& v, const FieldText& f, QList<Finding>& out);
void hookFit(const Validator::Impl& v, const FieldText& f, QList<Finding>& out);
void cta(const Validator::Impl& v, const FieldText& f, QList<Finding>& out);
void style(const Validator::Impl& v, const FieldText& f, QList<Finding>& out);
void spelling(const Validator::Impl& v, const FieldText& f, QList<Finding>& out);
void sentenceLength(const Validator::Impl& v, const FieldText& f, QList<Finding>& out);
/// Runs of another language (or another writing system) inside a section.
void language(const Validator::Impl& v, const FieldText& f, QList<Finding>& out);
/// The brief's words in the Validator's language, most telling first (see Validator::briefWords).
QList<BriefTerm> brief(const Validator::Impl& v);
std::optional<RelevanceScore> relevanceOf(const Validator::Impl& v, const ReelScript& s);
/// Whether the spoken text is about the brief, and hashtags that have nothing to do with it.
void relevance(const Validator::Impl& v, const ReelScript& s, QList<Finding>& out);
/// Whole-script checks: total duration, shot timing, voice, readability, sentiment.
void script(const Validator::Impl& v, const ReelScript& s, const DurationEstimate& d, QList<Finding>& out);
/// Hashtags written inside the caption (they count towards the platform's cap).
int hashtagsIn(const QString& caption);
} // namespace rules

} // namespace reel
