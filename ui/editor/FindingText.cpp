#include "editor/FindingText.h"

#include "common/CatalogText.h"

#include <QLocale>

#include <optional>

namespace reel::ui {

namespace {

QString arg(const QStringList& args, qsizetype i)
{
    return i < args.size() ? args.at(i) : QString();
}

// Numbers arrive as plain digits ("24.8", "2200", "-0.42"); show them as the user's locale
// writes numbers, with as many decimals as core gave.
QString number(const QStringList& args, qsizetype i)
{
    const QString raw = arg(args, i);
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    const qsizetype dot = raw.indexOf(u'.');
    const int decimals = dot < 0 ? 0 : int(raw.size() - dot - 1);
    return QLocale().toString(value, 'f', decimals);
}

QString quoted(const QString& text)
{
    //: Quotation marks around a word from the script, e.g. “fat”
    return QCoreApplication::translate("reel::ui::FindingText", "“%1”").arg(text);
}

} // namespace

QString FindingText::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Note");
    }
    return {};
}

QString FindingText::sectionName(ScriptField field)
{
    switch (field) {
    case ScriptField::Hook:
        return tr("Hook");
    case ScriptField::Body:
        return tr("Body");
    case ScriptField::Cta:
        //: The call to action section of a script
        return tr("CTA");
    case ScriptField::Caption:
        return tr("Caption");
    case ScriptField::Hashtags:
        return tr("Hashtags");
    case ScriptField::OnScreenText:
        return tr("On-screen text");
    case ScriptField::Shots:
        return tr("Shots");
    case ScriptField::ThumbnailText:
        return tr("Thumbnail text");
    }
    return {};
}

namespace {

// Core names languages in English ("Japanese"); show the user's word for them.
QString languageName(const QString& english)
{
    const auto t = [](const char* text) { return QCoreApplication::translate("reel::ui::FindingText", text); };
    if (english == u"English")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "English"));
    if (english == u"Spanish")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "Spanish"));
    if (english == u"French")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "French"));
    if (english == u"German")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "German"));
    if (english == u"Hindi")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "Hindi"));
    if (english == u"Japanese")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "Japanese"));
    return english;
}

QString sectorPackName(const QString& pack)
{
    const auto t = [](const char* text) { return QCoreApplication::translate("reel::ui::FindingText", text); };
    if (pack == u"finance")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "finance"));
    if (pack == u"health")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "health and fitness"));
    if (pack == u"beauty")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "beauty"));
    return pack;
}

std::optional<QString> messageFor(const QString& c, const QStringList& a)
{
    const auto t = [](const char* text) { return QCoreApplication::translate("reel::ui::FindingText", text); };
    const auto q = [&](qsizetype i) { return quoted(arg(a, i)); };
    const auto n = [&](qsizetype i) { return number(a, i); };

    // Structure
    if (c == u"section_empty")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "This section is empty."));
    if (c == u"too_few_words")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "Too short: %1 of at least %2 words.")).arg(n(0), n(1));
    if (c == u"too_many_words")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "Too long: %1 words; keep it to %2.")).arg(n(0), n(1));
    if (c == u"caption_too_long")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 characters; Instagram cuts captions at %2."))
                .arg(n(0), n(1));
    if (c == u"caption_short")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "Short caption: %1 characters of the recommended %2–%3."))
                .arg(n(0), n(1), n(2));
    if (c == u"caption_long")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "Long caption: %1 characters; %2–%3 work best."))
                .arg(n(0), n(1), n(2));
    if (c == u"caption_fold")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "Only the first %1 characters show before “more”."))
                .arg(n(0));
    // Hashtags
    if (c == u"hashtags_too_many")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 hashtags (caption included); Instagram allows %2."))
                .arg(n(0), n(1));
    if (c == u"hashtags_none")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "No hashtags yet."));
    if (c == u"hashtag_no_hash")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 does not start with #.")).arg(q(0));
    if (c == u"hashtag_bad_chars")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText",
                                   "%1 holds characters a hashtag cannot (only letters, digits and _)."))
                .arg(q(0));
    if (c == u"hashtag_digits_only")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 is only digits; Instagram does not link it."))
                .arg(q(0));
    if (c == u"hashtag_too_long")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 is longer than %2 characters.")).arg(q(0), n(1));
    if (c == u"hashtag_duplicate")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 is used twice.")).arg(q(0));
    if (c == u"hashtag_banned")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 is a restricted hashtag; posts using it lose reach."))
                .arg(q(0));
    if (c == u"hashtag_required_missing")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "The brand hashtag %1 is missing.")).arg(arg(a, 0));
    // Timing
    if (c == u"duration_too_long")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "About %1 s to say; the Reel is %2 s.")).arg(n(0), n(1));
    if (c == u"duration_too_short")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "Only about %1 s to say; the Reel is %2 s."))
                .arg(n(0), n(1));
    if (c == u"duration_over_recommended")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "A %1 s Reel; up to %2 s is recommended for reach."))
                .arg(n(0), n(1));
    if (c == u"hook_too_slow")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText",
                                   "The hook takes about %1 s to say; it should land within %2 s."))
                .arg(n(0), n(1));
    if (c == u"shots_past_end")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "The shot list runs to %1 s; the Reel is %2 s."))
                .arg(n(0), n(1));
    // Brand safety
    if (c == u"banned_word")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 is on the brand's do-not-use list.")).arg(q(0));
    if (c == u"offensive_word")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 is offensive.")).arg(q(0));
    if (c == u"risky_claim")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 is a claim that invites trouble.")).arg(q(0));
    if (c == u"risky_claim_sector")
        //: %1 the claim, %2 the kind of business, e.g. "health and fitness"
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 is a risky claim in %2."))
                .arg(q(0), sectorPackName(arg(a, 1)));
    if (c == u"competitor")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 names a competitor.")).arg(q(0));
    // Call to action
    if (c == u"cta_no_action")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "The call to action has no action verb."));
    if (c == u"cta_no_urgency")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "The call to action gives no reason to act now."));
    if (c == u"cta_not_question")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText",
                                   "The brand's CTA style is a question; this one does not end with “?”."));
    if (c == u"cta_not_command")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText",
                                   "The brand's CTA style is a command; start with an action verb."));
    if (c == u"cta_pushy")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "The brand's CTA style is soft; %1 adds pressure."))
                .arg(q(0));
    // Hook against its type
    if (c == u"hook_not_question")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "A question hook should ask a question."));
    if (c == u"hook_no_number")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "A statistic hook should hold a number."));
    if (c == u"hook_is_question")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "A bold claim states; this hook asks."));
    if (c == u"hook_no_story")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText",
                                   "A story hook usually starts from someone (I, we) or a moment."));
    if (c == u"hook_no_curiosity")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText",
                                   "A curiosity hook should open a gap (a secret, a why, an unfinished thought)."));
    if (c == u"hook_not_relatable")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText",
                                   "A relatable hook usually speaks to the viewer (you, POV)."));
    if (c == u"hook_not_shocking")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText",
                                   "A shocking hook needs a jolt: a number, a warning, a strong word."));
    // Voice, readability, tone
    if (c == u"voice_missing")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "Nothing here sounds %1."))
                .arg(quoted(CatalogText::label(CatalogKind::Voice, arg(a, 0))));
    if (c == u"readability_low")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "Reading ease %1; aim for %2 or more.")).arg(n(0), n(1));
    if (c == u"readability_unavailable")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "Reading ease is not available for %1."))
                .arg(languageName(arg(a, 0)));
    if (c == u"off_brief")
        //: %1 a score out of 100, %2 words of the topic and offer, e.g. coffee, roast, beans
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText",
                                   "The script strays from its brief (relevance %1 of 100). Say what the topic "
                                   "and the offer are about, e.g. %2."))
                .arg(n(0), arg(a, 1));
    if (c == u"hashtags_off_brief")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText",
                                   "%1: these hashtags have nothing to do with the topic, the offer or the brand."))
                .arg(arg(a, 0));
    if (c == u"other_language")
        //: %1 the words, %2 the script's language, e.g. Japanese
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText",
                                   "%1 is not in %2. Keep the script in one language (names are fine)."))
                .arg(q(0), languageName(arg(a, 1)));
    if (c == u"sentence_too_long")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "A sentence of %1 words; keep them under %2."))
                .arg(n(0), n(1));
    if (c == u"sentiment_mismatch") {
        const QString tone = arg(a, 0) == u"negative" ? t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "negative"))
                                                      : t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "positive"));
        //: %1 negative or positive, %2 the tone score, %3 the requested emotion, e.g. “Excitement”
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "The tone reads %1 (%2); the Reel should convey %3."))
                .arg(tone, n(1), quoted(CatalogText::label(CatalogKind::Emotion, arg(a, 2))));
    }
    if (c == u"sentiment_unavailable")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "Tone is checked for English only, not %1."))
                .arg(languageName(arg(a, 0)));
    // Spelling and style
    if (c == u"spelling")
        //: %1 the word, %2 the language, e.g. "English"
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 is not in the %2 dictionary."))
                .arg(q(0), languageName(arg(a, 1)));
    if (c == u"spelling_unavailable")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "No spelling dictionary for %1: spelling is not checked."))
                .arg(languageName(arg(a, 0)));
    if (c == u"shouting")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 is in capitals; it reads as shouting.")).arg(q(0));
    if (c == u"exclamations")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1: one mark is enough.")).arg(q(0));
    if (c == u"emoji_pile")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 emoji in a row; use at most %2.")).arg(n(0), n(1));
    if (c == u"emoji_many")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 emoji in this section; use at most %2."))
                .arg(n(0), n(1));
    if (c == u"word_repeated")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 is repeated.")).arg(q(0));
    if (c == u"word_overused")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "%1 is used %2 times.")).arg(q(0), n(1));
    if (c == u"override_unknown")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText",
                                   "The brand profile overrides %1, which the rule pack does not know."))
                .arg(q(0));
    return std::nullopt;
}

std::optional<QString> fixFor(const QString& c, const QStringList& a)
{
    const auto t = [](const char* text) { return QCoreApplication::translate("reel::ui::FindingText", text); };
    if (c == u"remove")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "remove %1")).arg(quoted(arg(a, 0)));
    if (c == u"replace")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "replace with %1")).arg(quoted(arg(a, 1)));
    if (c == u"add_hash")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "add #"));
    if (c == u"add_hashtag")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "add %1")).arg(arg(a, 0));
    if (c == u"remove_extra_hashtags")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "keep the first %1 hashtags")).arg(number(a, 0));
    if (c == u"lowercase")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "write in lower case"));
    if (c == u"end_with_question_mark")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "end with “?”"));
    if (c == u"trim_caption")
        return t(QT_TRANSLATE_NOOP("reel::ui::FindingText", "cut to %1 characters")).arg(number(a, 0));
    return std::nullopt;
}

} // namespace

QString FindingText::message(const Finding& finding)
{
    if (auto text = messageFor(finding.code, finding.args))
        return *text;
    return finding.toEnglish();
}

QString FindingText::fix(const QuickFix& fix)
{
    if (auto text = fixFor(fix.code, fix.args))
        return *text;
    return fix.code;
}

QString FindingText::fixLabel(const QuickFix& quickFix)
{
    //: %1 what the fix does, e.g. remove “fat”
    return tr("Fix: %1").arg(fix(quickFix));
}

QString FindingText::toolTip(const Finding& finding)
{
    QString text = message(finding);
    if (finding.fix)
        text += u'\n' + fixLabel(*finding.fix);
    return text;
}

bool FindingText::hasMessage(const QString& code)
{
    return messageFor(code, {}).has_value();
}

bool FindingText::hasFix(const QString& code)
{
    return fixFor(code, {}).has_value();
}

} // namespace reel::ui
