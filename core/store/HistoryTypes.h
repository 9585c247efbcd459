#pragma once

#include "model/Example.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace reel {

/// The review workflow: draft → in_review → approved → published, or rejected.
namespace Workflow {
inline constexpr auto kDraft = "draft";
inline constexpr auto kInReview = "in_review";
inline constexpr auto kApproved = "approved";
inline constexpr auto kPublished = "published";
inline constexpr auto kRejected = "rejected";
/// Every status, in workflow order.
QStringList statuses();
/// The statuses a script in `from` may move to:
/// draft → in_review, rejected; in_review → approved, rejected, draft (sent back);
/// approved → published, in_review (reopened), rejected; rejected → draft (reopened);
/// published is final.
QStringList nextStatuses(const QString& from);
bool allowed(const QString& from, const QString& to);
/// Moves that must say why: rejecting, and sending a script back.
bool needsComment(const QString& from, const QString& to);
} // namespace Workflow

/// One status change of a script.
struct StatusChange
{
    qint64 id = 0;
    QString from; ///< empty for the first status of an imported script
    QString to;
    QString author;
    QString comment;
    QDateTime at;

    friend bool operator==(const StatusChange&, const StatusChange&) = default;
};

enum class Thumb
{
    None,
    Up,
    Down
};

/// A reviewer's rating of a script. At least one of stars, thumb or comment is given.
struct Rating
{
    qint64 id = 0;
    std::optional<int> stars; ///< 1…5
    Thumb thumb = Thumb::None;
    QStringList tags; ///< reason tags (see RatingTags), with a thumb
    QString comment;
    QString author;
    QDateTime at;

    friend bool operator==(const Rating&, const Rating&) = default;
};

/// Reason tags offered with a thumb (ids; the UI translates them). Users may type others.
namespace RatingTags {
QStringList up();   ///< strong_hook, on_brand, clear_cta, right_length, fresh_idea
QStringList down(); ///< weak_hook, off_brand, too_long, too_short, unclear_cta, factual_error, wrong_tone
} // namespace RatingTags

/// How a published script's Reel did.
struct Performance
{
    Engagement figures; ///< views, likes, comments, shares, saves
    std::optional<QDate> postedOn;
    QDateTime updatedAt;

    friend bool operator==(const Performance&, const Performance&) = default;
};

/// What the History list shows of a script (no documents: quick to list by the hundred).
struct ScriptSummary
{
    qint64 id = 0;
    QString uuid;
    QString title;
    QString brand;
    QString status;
    QString language;
    QString sector;
    QString hookType;
    QString provider;
    QString model;
    int score = 0;
    int errors = 0;
    int warnings = 0;
    std::optional<double> rating; ///< average stars
    int ratingCount = 0;
    double costUsd = 0;
    qint64 latencyMs = 0;
    int currentVersion = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// A History search: every set member narrows it.
struct ScriptQuery
{
    enum class Sort
    {
        Created,
        Updated,
        Title,
        Brand,
        Status,
        Rating,
        Score,
        Cost
    };

    QString text; ///< words searched in title, brand and the script's sections (prefix match)
    QString brand;
    QString status;
    std::optional<int> minStars; ///< average rating at least this
    bool unratedOnly = false;
    std::optional<QDate> from; ///< created on or after, local date
    std::optional<QDate> to;   ///< created on or before, local date
    QString sector;
    QString hookType;
    QString language;
    QString provider;
    Sort sort = Sort::Created;
    bool descending = true;
    int offset = 0;
    int limit = 200;
};

} // namespace reel
