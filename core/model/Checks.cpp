// Value checks shared by the codecs, the stores and the Profiles page (through the same
// FieldError values), so that a file, the CLI and the form agree on what is valid.

#include "model/BrandProfile.h"
#include "model/ReelScript.h"
#include "model/ScriptRequest.h"
#include "validate/RulePack.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace reel {

namespace {

class Checker
{
public:
    explicit Checker(QString prefix)
        : m_prefix(std::move(prefix))
    {}

    FieldErrors errors;

    QString path(const QString& field) const { return m_prefix + field; }

    void text(const QString& field, const QString& value, int max, bool required)
    {
        if (required && value.trimmed().isEmpty()) {
            errors.append({path(field), FieldErrorKind::Empty, {}});
            return;
        }
        if (value.size() > max)
            errors.append(
                    {path(field), FieldErrorKind::TooLong, {QString::number(max), QString::number(value.size())}});
    }

    void list(const QString& field, const QStringList& values, int maxItems, int maxItemLength)
    {
        if (values.size() > maxItems) {
            errors.append({path(field),
                           FieldErrorKind::TooMany,
                           {QString::number(maxItems), QString::number(values.size())}});
            return;
        }
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString itemPath = path(field) + u'[' + QString::number(i) + u']';
            if (values.at(i).trimmed().isEmpty())
                errors.append({itemPath, FieldErrorKind::Empty, {}});
            else if (values.at(i).size() > maxItemLength)
                errors.append({itemPath,
                               FieldErrorKind::TooLong,
                               {QString::number(maxItemLength), QString::number(values.at(i).size())}});
        }
    }

private:
    QString m_prefix;
};

} // namespace

FieldErrors checkProfile(const BrandProfile& p, const QString& prefix)
{
    using namespace ProfileLimits;
    Checker c(prefix);
    c.text(QStringLiteral("brand_name"), p.brandName, kNameMax, true);
    c.text(QStringLiteral("sector"), p.sector, kShortTextMax, true);
    c.text(QStringLiteral("target_audience.age_range"), p.targetAudience.ageRange, kShortTextMax, false);
    c.text(QStringLiteral("target_audience.gender"), p.targetAudience.gender, kShortTextMax, false);
    c.text(QStringLiteral("target_audience.location"), p.targetAudience.location, kShortTextMax, false);
    c.list(QStringLiteral("target_audience.pain_points"), p.targetAudience.painPoints, kListMax, kListItemMax);
    c.list(QStringLiteral("brand_voice"), p.brandVoice, kListMax, kShortTextMax);
    c.text(QStringLiteral("offer"), p.offer, kOfferMax, false);
    c.text(QStringLiteral("platform"), p.platform, kShortTextMax, true);
    c.text(QStringLiteral("cta_style"), p.ctaStyle, kShortTextMax, true);
    c.list(QStringLiteral("do_not_use"), p.doNotUse, kListMax, kListItemMax);
    c.list(QStringLiteral("competitors"), p.competitors, kListMax, kListItemMax);
    c.list(QStringLiteral("required_hashtags"), p.requiredHashtags, kListMax, kListItemMax);
    c.text(QStringLiteral("default_language"), p.defaultLanguage, kShortTextMax, false);
    c.text(QStringLiteral("notes"), p.notes, kNotesMax, false);
    for (auto it = p.ruleOverrides.cbegin(); it != p.ruleOverrides.cend(); ++it) {
        // A threshold this version knows gets its own bounds; one it does not know is kept (a
        // newer version may) and only has to be a sane number.
        const auto range = RulePack::rangeOf(it.key());
        const double min = range ? range->min : 0, max = range ? range->max : 1e6;
        if (!std::isfinite(it.value()) || it.value() < min || it.value() > max)
            c.errors.append({c.path(QStringLiteral("rule_overrides.") + it.key()),
                             FieldErrorKind::OutOfRange,
                             {QString::number(min), QString::number(max), QString::number(it.value()), QString()}});
    }
    return c.errors;
}

bool isOneHashtag(const QString& tag)
{
    const QString body = tag.startsWith(u'#') ? tag.mid(1) : tag;
    if (body.isEmpty())
        return false;
    // Letters and digits of any script, the marks that complete them (Devanagari vowel signs) and _.
    return std::all_of(body.cbegin(), body.cend(),
                       [](QChar c) { return c.isLetterOrNumber() || c.isMark() || c == u'_' || c.isSurrogate(); });
}

namespace {

bool isAgeRange(const QString& text)
{
    using namespace ProfileLimits;
    static const QRegularExpression form(
            QStringLiteral("^\\s*(\\d{1,3})\\s*(?:[-\\x{2013}\\x{2014}]\\s*(\\d{1,3})|(\\+))\\s*$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return false;
    const int low = m.captured(1).toInt();
    const int high = m.captured(3).isEmpty() ? m.captured(2).toInt() : kMaxAge;
    return low >= kMinAge && high <= kMaxAge && low <= high;
}

} // namespace

QString normalisedHashtag(const QString& tag)
{
    const QString trimmed = tag.trimmed();
    if (!isOneHashtag(trimmed))
        return tag;
    return trimmed.startsWith(u'#') ? trimmed : u'#' + trimmed;
}

FieldErrors checkProfileEntry(const BrandProfile& p, const QString& prefix)
{
    FieldErrors errors = checkProfile(p, prefix);
    const QString ageRange = p.targetAudience.ageRange;
    if (!ageRange.trimmed().isEmpty() && !isAgeRange(ageRange))
        errors.append({prefix + QStringLiteral("target_audience.age_range"),
                       FieldErrorKind::NotAnAgeRange,
                       {ageRange.trimmed(), QString::number(ProfileLimits::kMinAge),
                        QString::number(ProfileLimits::kMaxAge)}});
    for (qsizetype i = 0; i < p.requiredHashtags.size(); ++i) {
        const QString tag = p.requiredHashtags.at(i).trimmed();
        if (!tag.isEmpty() && !isOneHashtag(tag))
            errors.append(
                    {prefix + QStringLiteral("required_hashtags[%1]").arg(i), FieldErrorKind::NotAHashtag, {tag}});
    }
    return errors;
}

FieldErrors checkRequest(const ScriptRequest& q, const QString& prefix)
{
    using namespace RequestLimits;
    Checker c(prefix);
    c.text(QStringLiteral("goal"), q.goal, ProfileLimits::kShortTextMax, true);
    c.text(QStringLiteral("hook_type"), q.hookType, ProfileLimits::kShortTextMax, true);
    c.text(QStringLiteral("emotion"), q.emotion, ProfileLimits::kShortTextMax, true);
    if (q.scriptLength < kMinSeconds || q.scriptLength > kMaxSeconds)
        c.errors.append({c.path(QStringLiteral("script_length")),
                         FieldErrorKind::OutOfRange,
                         {QString::number(kMinSeconds), QString::number(kMaxSeconds), QString::number(q.scriptLength),
                          QStringLiteral("seconds")}});
    c.text(QStringLiteral("language"), q.language, ProfileLimits::kShortTextMax, true);
    c.text(QStringLiteral("cta"), q.cta, ProfileLimits::kListItemMax, false);
    c.text(QStringLiteral("topic"), q.topic, kTopicMax, false);
    return c.errors;
}

FieldErrors checkScript(const ReelScript& s, const QString& prefix)
{
    Checker c(prefix);
    for (qsizetype i = 0; i < s.shots.size(); ++i) {
        const Shot& shot = s.shots.at(i);
        const QString base = QStringLiteral("shots[%1].").arg(i);
        if (shot.startS < 0)
            c.errors.append({c.path(base + QStringLiteral("start_s")),
                             FieldErrorKind::OutOfRange,
                             {QStringLiteral("0"), QString::number(RequestLimits::kMaxSeconds),
                              QString::number(shot.startS), QStringLiteral("seconds")}});
        if (shot.endS <= shot.startS)
            c.errors.append({c.path(base + QStringLiteral("end_s")),
                             FieldErrorKind::NotAfter,
                             {QStringLiteral("start_s"), QString::number(shot.startS), QString::number(shot.endS)}});
    }
    return c.errors;
}

} // namespace reel
