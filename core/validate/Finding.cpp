#include "validate/Finding.h"

namespace reel {

namespace {

QString arg(const QStringList& args, qsizetype i)
{
    return i < args.size() ? args.at(i) : QString();
}

} // namespace

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString fieldKey(ScriptField field)
{
    switch (field) {
    case ScriptField::Hook:
        return QStringLiteral("hook");
    case ScriptField::Body:
        return QStringLiteral("body");
    case ScriptField::Cta:
        return QStringLiteral("cta");
    case ScriptField::Caption:
        return QStringLiteral("caption");
    case ScriptField::Hashtags:
        return QStringLiteral("hashtags");
    case ScriptField::OnScreenText:
        return QStringLiteral("on_screen_text");
    case ScriptField::Shots:
        return QStringLiteral("shots");
    case ScriptField::ThumbnailText:
        return QStringLiteral("thumbnail_text");
    }
    return {};
}

// The English wording of every message code (the CLI's output). ui/editor/FindingText holds the
// translated wording of the same codes; tests check both cover every code.
QString Finding::toEnglish() const
{
    const QString& c = code;
    const auto a = [this](qsizetype i) { return arg(args, i); };
    if (c == u"section_empty")
        return QStringLiteral("the %1 is empty").arg(a(0));
    if (c == u"too_few_words")
        return QStringLiteral("%1 words; at least %2 expected").arg(a(0), a(1));
    if (c == u"too_many_words")
        return QStringLiteral("%1 words; at most %2 expected").arg(a(0), a(1));
    if (c == u"caption_too_long")
        return QStringLiteral("%1 characters; Instagram cuts captions at %2").arg(a(0), a(1));
    if (c == u"caption_short")
        return QStringLiteral("%1 characters; %2–%3 recommended").arg(a(0), a(1), a(2));
    if (c == u"caption_long")
        return QStringLiteral("%1 characters; %2–%3 recommended").arg(a(0), a(1), a(2));
    if (c == u"caption_fold")
        return QStringLiteral("only the first %1 characters show before \"more\"").arg(a(0));
    if (c == u"hashtags_too_many")
        return QStringLiteral("%1 hashtags (caption included); Instagram allows %2").arg(a(0), a(1));
    if (c == u"hashtags_none")
        return QStringLiteral("no hashtags");
    if (c == u"hashtag_no_hash")
        return QStringLiteral("\"%1\" does not start with #").arg(a(0));
    if (c == u"hashtag_bad_chars")
        return QStringLiteral("\"%1\" holds characters a hashtag cannot (only letters, digits and _)").arg(a(0));
    if (c == u"hashtag_digits_only")
        return QStringLiteral("\"%1\" is only digits; Instagram does not link it").arg(a(0));
    if (c == u"hashtag_too_long")
        return QStringLiteral("\"%1\" is longer than %2 characters").arg(a(0), a(1));
    if (c == u"hashtag_duplicate")
        return QStringLiteral("\"%1\" is used twice").arg(a(0));
    if (c == u"hashtag_banned")
        return QStringLiteral("\"%1\" is a restricted hashtag; posts using it lose reach").arg(a(0));
    if (c == u"hashtag_required_missing")
        return QStringLiteral("the brand hashtag %1 is missing").arg(a(0));
    if (c == u"duration_too_long")
        return QStringLiteral("about %1 s to say; the Reel is %2 s").arg(a(0), a(1));
    if (c == u"duration_too_short")
        return QStringLiteral("about %1 s to say; the Reel is %2 s").arg(a(0), a(1));
    if (c == u"duration_over_recommended")
        return QStringLiteral("a %1 s Reel; up to %2 s is recommended for reach").arg(a(0), a(1));
    if (c == u"hook_too_slow")
        return QStringLiteral("the hook takes about %1 s to say; it should land within %2 s").arg(a(0), a(1));
    if (c == u"shots_past_end")
        return QStringLiteral("the shot list runs to %1 s; the Reel is %2 s").arg(a(0), a(1));
    if (c == u"banned_word")
        return QStringLiteral("\"%1\" is on the brand's do-not-use list").arg(a(0));
    if (c == u"offensive_word")
        return QStringLiteral("\"%1\" is offensive").arg(a(0));
    if (c == u"risky_claim")
        return QStringLiteral("\"%1\" is a claim that invites trouble").arg(a(0));
    if (c == u"risky_claim_sector")
        return QStringLiteral("\"%1\" is a risky claim in %2").arg(a(0), a(1));
    if (c == u"competitor")
        return QStringLiteral("\"%1\" names a competitor").arg(a(0));
    if (c == u"cta_no_action")
        return QStringLiteral("the call to action has no action verb");
    if (c == u"cta_no_urgency")
        return QStringLiteral("the call to action gives no reason to act now");
    if (c == u"cta_not_question")
        return QStringLiteral("the brand's CTA style is a question; this one does not end with \"?\"");
    if (c == u"cta_not_command")
        return QStringLiteral("the brand's CTA style is a command; start with an action verb");
    if (c == u"cta_pushy")
        return QStringLiteral("the brand's CTA style is soft; \"%1\" adds pressure").arg(a(0));
    if (c == u"hook_not_question")
        return QStringLiteral("a question hook should ask a question");
    if (c == u"hook_no_number")
        return QStringLiteral("a statistic hook should hold a number");
    if (c == u"hook_is_question")
        return QStringLiteral("a bold claim states; this hook asks");
    if (c == u"hook_no_story")
        return QStringLiteral("a story hook usually starts from someone (I, we) or a moment");
    if (c == u"hook_no_curiosity")
        return QStringLiteral("a curiosity hook should open a gap (a secret, a why, an unfinished thought)");
    if (c == u"hook_not_relatable")
        return QStringLiteral("a relatable hook usually speaks to the viewer (you, POV)");
    if (c == u"hook_not_shocking")
        return QStringLiteral("a shocking hook needs a jolt: a number, a warning, a strong word");
    if (c == u"voice_missing")
        return QStringLiteral("nothing here sounds %1").arg(a(0));
    if (c == u"readability_low")
        return QStringLiteral("reading ease %1; aim for %2 or more").arg(a(0), a(1));
    if (c == u"readability_unavailable")
        return QStringLiteral("reading ease is not available for %1").arg(a(0));
    if (c == u"off_brief")
        return QStringLiteral("the script strays from its brief (relevance %1 of 100); say what the topic and "
                              "offer are about, e.g. %2")
                .arg(a(0), a(1));
    if (c == u"hashtags_off_brief")
        return QStringLiteral("%1: these hashtags have nothing to do with the topic, the offer or the brand").arg(a(0));
    if (c == u"other_language")
        return QStringLiteral("\"%1\" is not in %2; keep the script in one language (names are fine)").arg(a(0), a(1));
    if (c == u"sentence_too_long")
        return QStringLiteral("a sentence of %1 words; keep them under %2").arg(a(0), a(1));
    if (c == u"sentiment_mismatch")
        return QStringLiteral("the tone reads %1 (%2); the Reel should feel %3").arg(a(0), a(1), a(2));
    if (c == u"sentiment_unavailable")
        return QStringLiteral("tone is checked for English only, not %1").arg(a(0));
    if (c == u"spelling")
        return QStringLiteral("\"%1\" is not in the %2 dictionary").arg(a(0), a(1));
    if (c == u"spelling_unavailable")
        return QStringLiteral("no spelling dictionary for %1").arg(a(0));
    if (c == u"shouting")
        return QStringLiteral("\"%1\" is in capitals; it reads as shouting").arg(a(0));
    if (c == u"exclamations")
        return QStringLiteral("\"%1\": one mark is enough").arg(a(0));
    if (c == u"emoji_pile")
        return QStringLiteral("%1 emoji in a row; at most %2").arg(a(0), a(1));
    if (c == u"emoji_many")
        return QStringLiteral("%1 emoji in this section; at most %2").arg(a(0), a(1));
    if (c == u"word_repeated")
        return QStringLiteral("\"%1\" is repeated").arg(a(0));
    if (c == u"word_overused")
        return QStringLiteral("\"%1\" is used %2 times").arg(a(0), a(1));
    if (c == u"override_unknown")
        return QStringLiteral("the brand overrides \"%1\", which the rule pack does not know").arg(a(0));
    return c + u' ' + args.join(u' ');
}

} // namespace reel
