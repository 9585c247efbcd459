#pragma once

// Private to core/generate: the offline composer's phrases for one language, read from
// resources/composer/composer_<lang>.json (compiled into the application).

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace reel::detail {

/// What the composer says about one sector when the brand's profile says nothing more specific.
struct SectorPhrases
{
    QString label;        ///< "Fitness": thumbnails and short hooks
    QString subject;      ///< "your training": what the viewer works on
    QStringList pains;    ///< used when the profile lists no pain points
    QString offer;        ///< used when the profile has no offer
    QStringList benefits; ///< practical tips that develop the body
    QStringList hashtags;
    QStringList visuals; ///< shot descriptions for the body
};

/// Every phrase pattern of one language. Patterns hold slots in braces ({pain}, {offer}, {topic},
/// {brand}, {subject}, {label}, {focus}, {seconds}, {question}: a topic that asks why, how or what,
/// {extra}: the offer's second clause, "first bag free"); a slot written with a capital ({Pain})
/// starts its sentence and is capitalised.
struct ComposerTemplates
{
    static constexpr int kFormatVersion = 1;

    QString language;
    QHash<QString, QStringList> hooks; ///< hook type → patterns; "generic" for any other type
    /// Hooks built on the request's topic, tried first when there is one (hook type → patterns).
    QHash<QString, QStringList> topicHooks;
    QStringList painSentences;
    QStringList topicSentences;
    QStringList offerSentences;
    QStringList develop;     ///< sector-neutral sentences that carry the body to its length
    QStringList bridges;     ///< the last body sentence, leading into the call to action
    QStringList offerExtras; ///< the offer's second clause as a sentence ("Plus: first bag free.")
    QHash<QString, QStringList> emotions;
    QHash<QString, QStringList> voiceBody;            ///< voice → body sentences that carry it
    QHash<QString, QStringList> voiceCaption;         ///< voice → short caption lines that carry it
    QHash<QString, QHash<QString, QStringList>> ctas; ///< CTA style → goal group → patterns
    QStringList ctaExtensions;                        ///< appended to a requested CTA too short to stand alone
    QHash<QString, QStringList> offerCtas;            ///< goal group → calls to action that name the offer
    QStringList captions;
    QHash<QString, QStringList> thumbnails; ///< hook type → patterns; "generic" for any other type
    QHash<QString, QString> overlays;       ///< goal group → on-screen call to action
    QStringList hookVisuals;
    QStringList bodyVisuals;
    QStringList ctaVisuals;
    QHash<QString, SectorPhrases> sectors; ///< sector id → phrases; "generic" for any other sector

    /// Parses a composer file; problems come back as InvalidInput with the path of each.
    static Result<ComposerTemplates> fromJson(const QByteArray& json);
    /// The templates compiled in for `language` (a catalog language id), or null when there are none.
    static const ComposerTemplates* builtIn(const QString& language);

    const SectorPhrases& sector(const QString& id) const;
    QStringList hooksFor(const QString& hookType) const;
    QStringList topicHooksFor(const QString& hookType) const;
    QStringList thumbnailsFor(const QString& hookType) const;
};

/// The slot names a pattern uses, lower-case, in order.
QStringList slotsOf(const QString& pattern);
/// Fills a pattern's slots from `values` (keys lower-case). Empty when a slot has no value.
QString fillPattern(const QString& pattern, const QHash<QString, QString>& values);
/// Upper-cases the first letter of `text` (after any leading punctuation such as "¿" or "«").
QString capitalised(const QString& text);

} // namespace reel::detail
