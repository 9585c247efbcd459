#include "common/RuleSettingText.h"

#include <QHash>

namespace reel::ui {

QString RuleSettingText::label(const QString& key)
{
    // Built on every call so that a language switch takes effect at once; the list is short.
    const QHash<QString, QString> labels = {
            {QStringLiteral("hook.words.min"), tr("Hook: fewest words")},
            {QStringLiteral("hook.words.max"), tr("Hook: most words")},
            {QStringLiteral("hook.max_seconds"), tr("Hook: seconds to say it")},
            {QStringLiteral("body.words.min"), tr("Body: fewest words")},
            {QStringLiteral("body.words.max"), tr("Body: most words")},
            {QStringLiteral("cta.words.min"), tr("Call to action: fewest words")},
            {QStringLiteral("cta.words.max"), tr("Call to action: most words")},
            {QStringLiteral("caption.chars.max"), tr("Caption: characters (hard limit)")},
            {QStringLiteral("caption.chars.recommended_min"), tr("Caption: fewest characters recommended")},
            {QStringLiteral("caption.chars.recommended_max"), tr("Caption: most characters recommended")},
            {QStringLiteral("caption.fold"), tr("Caption: characters shown before “more”")},
            {QStringLiteral("hashtags.max"), tr("Hashtags: most")},
            {QStringLiteral("hashtags.min"), tr("Hashtags: fewest")},
            {QStringLiteral("hashtags.tag_max_chars"), tr("Hashtag: most characters")},
            {QStringLiteral("duration.tolerance"), tr("Duration: tolerance (0.15 = ±15 %)")},
            {QStringLiteral("duration.max_seconds"), tr("Reel: most seconds")},
            {QStringLiteral("duration.recommended_max_seconds"), tr("Reel: seconds recommended for reach")},
            {QStringLiteral("sentence.max_words"), tr("Sentence: most words")},
            {QStringLiteral("readability.min_score"), tr("Reading ease: lowest score")},
            {QStringLiteral("shouting.min_words"), tr("Capitals: words in a row that read as shouting")},
            {QStringLiteral("exclamation.max_run"), tr("Exclamation marks in a row: most")},
            {QStringLiteral("emoji.max_run"), tr("Emoji in a row: most")},
            {QStringLiteral("emoji.max_per_field"), tr("Emoji per section: most")},
            {QStringLiteral("repetition.max_uses"), tr("Same word per section: most uses")},
            {QStringLiteral("repetition.min_letters"), tr("Repetition: shortest word counted")},
            {QStringLiteral("sentiment.threshold"), tr("Tone: sentiment threshold")},
    };
    return labels.value(key, key);
}

bool RuleSettingText::isFraction(const QString& key)
{
    return key.endsWith(u"tolerance") || key.endsWith(u"threshold");
}

} // namespace reel::ui
