#pragma once

#include "model/FieldError.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace reel {

/// Who the brand speaks to. Keys follow the original service (`target_audience`).
struct TargetAudience
{
    QString ageRange; ///< free text, e.g. "25-40"
    QString gender;
    QString location;
    QStringList painPoints;
    /// Members the product does not know, kept verbatim as a JSON object text so that a
    /// file survives a round trip through the app unchanged.
    QByteArray unknownFields;

    friend bool operator==(const TargetAudience&, const TargetAudience&) = default;
};

/// A brand the user writes for. The first eight fields are the original service's
/// (snake_case keys kept); the rest are Reel Studio's additions, all optional.
struct BrandProfile
{
    QString brandName;
    QString sector;
    TargetAudience targetAudience;
    QStringList brandVoice;
    QString offer;
    QString platform = QStringLiteral("instagram");
    QString ctaStyle = QStringLiteral("direct");
    QStringList doNotUse;

    QStringList competitors;      ///< names that must not appear in a script
    QStringList requiredHashtags; ///< brand hashtags every caption should carry
    QString defaultLanguage;      ///< catalog language id; empty = the request decides
    QString notes;                ///< free notes for the team, never sent to a model
    /// The brand's own thresholds, by rule-pack setting name (e.g. "hashtags.max": 3), in place
    /// of the platform pack's values.
    QMap<QString, double> ruleOverrides;

    QByteArray unknownFields;

    friend bool operator==(const BrandProfile&, const BrandProfile&) = default;
};

/// Limits a profile must respect; the codec and the Profiles page use the same numbers.
namespace ProfileLimits {
inline constexpr int kNameMax = 120;
inline constexpr int kShortTextMax = 120; ///< sector, age range, gender, location, voices, CTA style
inline constexpr int kOfferMax = 2000;
inline constexpr int kNotesMax = 10000;
inline constexpr int kListItemMax = 300;
inline constexpr int kListMax = 500;
inline constexpr int kMinAge = 13; ///< Instagram's minimum age
inline constexpr int kMaxAge = 100;
} // namespace ProfileLimits

/// Checks the values of a profile (types are the codec's job). `prefix` is prepended to
/// every path, e.g. "brand_profile." for a request file.
FieldErrors checkProfile(const BrandProfile& profile, const QString& prefix = {});
/// checkProfile plus the rules for what a workspace keeps and the profile form accepts: each
/// required hashtag is one tag ("#" may be left out; no spaces or punctuation), and the age
/// range reads "25-40" or "55+" with ages from 13 to 100. Files in the original format are read
/// with checkProfile alone, as the original service read them.
FieldErrors checkProfileEntry(const BrandProfile& profile, const QString& prefix = {});
/// A required hashtag as the workspace keeps it: trimmed, with its "#" ("lumencoffee" →
/// "#lumencoffee"); unchanged when it is not one tag (checkProfileEntry says why).
QString normalisedHashtag(const QString& tag);
/// One hashtag: letters, digits, marks and _ after an optional "#" ("#LumenCoffee", "lumen_coffee"),
/// not "Lumen Coffee" or "#coffee!".
bool isOneHashtag(const QString& tag);

} // namespace reel
