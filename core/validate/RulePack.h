#pragma once

#include "common/Result.h"
#include "validate/Finding.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace reel {

/// Words and phrases the rules look for, per language (resources/rules/lexicon_<lang>.json).
struct Lexicon
{
    QString language;
    QStringList ctaVerbs;     ///< action verbs a CTA should hold ("tap", "follow", "book" …)
    QStringList urgencyWords; ///< "today", "now", "last chance" …
    QStringList riskyClaims;  ///< phrases every brand should avoid ("guaranteed results", "risk-free" …)
    QHash<QString, QStringList> sectorClaims;  ///< extra packs: "finance", "health", "beauty"
    QHash<QString, QStringList> voiceKeywords; ///< voice id → words that carry it
    QStringList questionStarters;              ///< "why", "what", "how" … for question hooks without "?"
    QStringList storyCues;                     ///< "I", "we", "when I", "last year" …
    QStringList curiosityCues;                 ///< "secret", "nobody tells you" …
    QStringList relatableCues;                 ///< "you", "POV", "when you" …
    QStringList shockCues;                     ///< "stop", "never", "worst" …
    QStringList stopWords;                     ///< ignored by the repetition rule
};

/// A platform's rules as data: thresholds with effective dates, per-rule severity and switches,
/// banned hashtags, and the lexicons. Loaded from resources/rules/<platform>.json; a user can
/// load an updated pack (a newer pack_version wins over the built-in one).
class RulePack
{
public:
    static constexpr int kFormatVersion = 1;

    /// The pack compiled into the application for `platform` (only "instagram" so far).
    static const RulePack& builtIn(const QString& platform = QStringLiteral("instagram"));
    /// Parses a pack and lays it over the built-in one: a pack names only what it changes
    /// (`{"format": …, "format_version": 1, "settings": {"hashtags.max": 3}}` changes that limit
    /// and nothing else). Dated changes and rule switches add to the built-in ones. A setting this
    /// version does not know, or a value outside its range, is refused with its name and the
    /// allowed names or bounds. Problems come back as InvalidInput with each FieldError's path and
    /// its line in the file (FieldError::line).
    static Result<RulePack> fromJson(const QByteArray& json);

    /// What a threshold may be.
    struct SettingRange
    {
        QString key;
        double min = 0;
        double max = 0;
        bool whole = false; ///< a count: whole numbers only
    };
    /// Every threshold there is, with its bounds (packs and brand overrides are checked against it).
    static const QList<SettingRange>& settingRanges();
    static std::optional<SettingRange> rangeOf(const QString& key);
    static QStringList knownSettings();

    QString platform() const { return m_platform; }
    QString version() const { return m_version; }

    /// Every threshold in force on `date`: the base values with each dated change applied
    /// whose `from` is on or before `date`.
    QHash<QString, double> settingsOn(const QDate& date) const;
    /// The names of every threshold the pack knows (what a brand profile may override).
    QStringList settingKeys() const;

    bool isEnabled(const QString& ruleId) const;
    /// The severity a rule reports with, when the pack overrides the rule's own default.
    std::optional<Severity> severityOf(const QString& ruleId) const;

    QStringList bannedHashtags() const { return m_bannedHashtags; }
    /// The lexicon of `language`; falls back to English for a language without one.
    const Lexicon& lexicon(const QString& language) const;

private:
    /// `base` null: the built-in pack, which must name every threshold.
    static Result<RulePack> parse(const QByteArray& json, const RulePack* base);

    struct DatedChange
    {
        QDate from;
        QHash<QString, double> settings;
    };

    QString m_platform;
    QString m_version;
    QHash<QString, double> m_settings;
    QList<DatedChange> m_changes;
    QHash<QString, bool> m_enabled;
    QHash<QString, Severity> m_severity;
    QStringList m_bannedHashtags;
    QHash<QString, Lexicon> m_lexicons;
};

} // namespace reel
