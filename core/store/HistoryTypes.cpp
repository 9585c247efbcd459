#include "store/HistoryTypes.h"

namespace reel {

QStringList Workflow::statuses()
{
    return {QLatin1String(kDraft), QLatin1String(kInReview), QLatin1String(kApproved), QLatin1String(kPublished),
            QLatin1String(kRejected)};
}

QStringList Workflow::nextStatuses(const QString& from)
{
    if (from == QLatin1String(kDraft))
        return {QLatin1String(kInReview), QLatin1String(kRejected)};
    if (from == QLatin1String(kInReview))
        return {QLatin1String(kApproved), QLatin1String(kRejected), QLatin1String(kDraft)};
    if (from == QLatin1String(kApproved))
        return {QLatin1String(kPublished), QLatin1String(kInReview), QLatin1String(kRejected)};
    if (from == QLatin1String(kRejected))
        return {QLatin1String(kDraft)};
    return {};
}

bool Workflow::allowed(const QString& from, const QString& to)
{
    return nextStatuses(from).contains(to);
}

bool Workflow::needsComment(const QString& from, const QString& to)
{
    if (to == QLatin1String(kRejected))
        return true;
    // Sending back: in review → draft, approved → in review.
    return (from == QLatin1String(kInReview) && to == QLatin1String(kDraft))
           || (from == QLatin1String(kApproved) && to == QLatin1String(kInReview));
}

QStringList RatingTags::up()
{
    return {QStringLiteral("strong_hook"), QStringLiteral("on_brand"), QStringLiteral("clear_cta"),
            QStringLiteral("right_length"), QStringLiteral("fresh_idea")};
}

QStringList RatingTags::down()
{
    return {QStringLiteral("weak_hook"), QStringLiteral("off_brand"),   QStringLiteral("too_long"),
            QStringLiteral("too_short"), QStringLiteral("unclear_cta"), QStringLiteral("factual_error"),
            QStringLiteral("wrong_tone")};
}

} // namespace reel
