#pragma once

// Private to core/generate: one run of the offline composer (OfflineComposer::compose). Drafting
// (slots, hook, call to action, caption, body) is in Composition.cpp; finishing (on-screen text,
// thumbnail, shots, voices, polishing against the Validator's warnings) in CompositionFinish.cpp.

#include "common/Result.h"
#include "generate/ComposerTemplates.h"
#include "generate/ComposerText.h"
#include "model/BrandProfile.h"
#include "model/Example.h"
#include "model/ReelScript.h"
#include "model/ScriptRequest.h"
#include "validate/Validator.h"

#include <QHash>
#include <QSet>

namespace reel {
class RulePack;
} // namespace reel

namespace reel::detail {

// Design choices, not platform rules (those come from the rule pack through the Validator).
inline constexpr int kMaxHashtags = 5;     ///< a few relevant tags; the pack's cap can only lower it
inline constexpr int kExampleHashtags = 2; ///< at most this many tags borrowed from retrieved examples
inline constexpr int kMaxPains = 5;        ///< pain points tried for the hook
inline constexpr int kPainWords = 15;      ///< slot lengths in words (Japanese: twice as many characters)
inline constexpr int kOfferWords = 12;
inline constexpr int kTopicWords = 12;
inline constexpr int kExtraWords = 6; ///< the offer's second clause ("first bag free")
inline constexpr int kOverlayWords = 7;
inline constexpr int kThumbnailWords = 6;
/// The brief's most telling words: what borrowed hashtags and the sector's tips must name.
inline constexpr int kHeadWords = 2;
inline constexpr double kShotSeconds = 3.5; ///< body sentences are grouped into shots of about this length
/// The body fills the requested length up to half the pack's tolerance, leaving the rest as margin.
inline constexpr double kBudgetShareOfTolerance = 0.5;

/// Which call to action fits the request's goal.
inline QString goalGroup(const QString& goal)
{
    const QString g = goal.trimmed().toLower();
    if (g == u"engagement")
        return QStringLiteral("engagement");
    if (g == u"conversion" || g == u"lead_generation" || g == u"launch")
        return QStringLiteral("conversion");
    return QStringLiteral("awareness");
}

struct Tally
{
    int errors = 0;
    int warnings = 0;

    bool clean() const { return errors == 0 && warnings == 0; }
    friend bool operator<(const Tally& a, const Tally& b)
    {
        return a.errors != b.errors ? a.errors < b.errors : a.warnings < b.warnings;
    }
};

inline Tally tally(const QList<Finding>& findings)
{
    Tally t;
    for (const Finding& f : findings) {
        if (f.severity == Severity::Error)
            ++t.errors;
        else if (f.severity == Severity::Warning)
            ++t.warnings;
    }
    return t;
}

inline bool isSafetyFinding(const Finding& f)
{
    return f.ruleId == u"safety.do_not_use" || f.ruleId == u"safety.offensive" || f.ruleId == u"safety.competitor";
}

/// Composes one script: every section is chosen from the language's templates and checked with the
/// Validator as it is chosen; the whole script is then checked, shortened when it runs too long, and
/// polished against the warnings only the whole script shows.
class Composition
{
public:
    Composition(const Validator& validator, const ComposerTemplates& templates, const RulePack& pack,
                const BrandProfile& profile, const ScriptRequest& request, const QList<Example>& examples, int variant);

    Result<ReelScript> run();

private:
    /// One sentence of the body, with the other ways of saying it (first = the variant's choice).
    struct Piece
    {
        QStringList options;
        int order = 0;    ///< where it stands in the body
        int priority = 0; ///< which pieces stay when time is short (lower stays longer)
        QString text;     ///< the option in use
    };

    // Text helpers.
    int units(const QString& text) const { return m_text.units(text); }
    double seconds(const QString& text) const { return m_v.secondsToSay(text); }
    QString joined(const QStringList& sentences) const { return m_text.joined(sentences); }
    QString bodyText(const QList<Piece>& pieces) const;
    bool isClean(const QString& text) const;
    bool isOriginal(const QString& text) const;
    bool usable(const QString& text) const { return !text.isEmpty() && isClean(text) && isOriginal(text); }
    /// Whether profile or request text is written in the script's language (it is never pasted
    /// into a script in another one).
    bool inLanguage(const QString& text) const;
    /// Whether `text` names a word of the brief (the topic, the offer, the pain points).
    bool aboutBrief(const QString& text) const { return briefWordsIn(text) > 0; }
    /// How many of the brief's words (its first `top`, or all) `text` names.
    int briefWordsIn(const QString& text, int top = 0) const;
    /// A brief word as the brief writes it ("Kaffee", not "kaffee").
    QString asWritten(const QString& folded) const;
    quint32 offset(const QString& section) const;
    QStringList filled(const QStringList& patterns, const QString& section, const QStringList& pains) const;
    QString firstFilled(const QStringList& patterns, const QString& section) const;

    // Drafting (Composition.cpp).
    void prepareSlots();
    QString pick(const QStringList& candidates, ScriptField field, bool shortest) const;
    QString chooseHook(bool shortest);
    Result<QString> chooseCta(bool shortest) const;
    QString chooseCaption(const QString& hook, const QList<Piece>& body) const;
    QStringList chooseHashtags() const;
    QList<Piece> bodyPieces(const QStringList& extraVoices) const;
    QList<Piece> fitBody(const QList<Piece>& pool, double bodySeconds) const;
    QList<Piece> shortestBody(const QList<Piece>& pool) const;
    Piece shortestForm(Piece piece) const;

    // Finishing (CompositionFinish.cpp).
    void addMissingVoices(ReelScript& script, QStringList& bodyVoices) const;
    void finish(ReelScript& script, const QList<Piece>& body) const;
    void polishHook(ReelScript& script, const QList<Piece>& body, ValidationReport& report) const;
    void polishBody(ReelScript& script, QList<Piece>& body, ValidationReport& report) const;
    Error impossible(const ValidationReport& report) const;

    const Validator& m_v;
    const ComposerTemplates& m_t;
    const RulePack& m_pack;
    const BrandProfile& m_profile;
    const ScriptRequest& m_request;
    const QList<Example>& m_examples;
    const int m_variant;
    const QString m_lang;
    const ComposerText m_text;
    const SectorPhrases& m_sector;
    QHash<QString, QString> m_slots;
    QStringList m_pains;
    QString m_hookPain;               ///< the pain point the hook names, so that the body picks it up
    QStringList m_hookCandidates;     ///< every usable hook, best first
    QHash<QString, QString> m_painOf; ///< hook → the pain point it names
    QSet<QString> m_exampleSentences;
    QStringList m_brief;        ///< the brief's words in the script's language, most telling first
    bool m_hasBrief = false;    ///< a topic or offer the script can be about: sector phrases only fill in
    bool m_ownOffer = false;    ///< the offer slot is the brand's own, not the sector's stand-in
    QStringList m_topicClauses; ///< the request's topic, clause by clause, in the script's language
};

} // namespace reel::detail
