#pragma once

#include "store/HistoryTypes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace reel::ui {

/// Translated words of the History page that several of its parts share: version kinds, thumbs,
/// stars, rating averages, costs and durations. Status and reason-tag names are WorkflowText's.
class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(reel::ui::HistoryText)

public:
    /// "generated" → "Generated", "edit" → "Edit", "restore" → "Restored", "import" → "Imported".
    static QString versionKind(const QString& kind);
    static QString thumbName(reel::Thumb thumb);
    /// "★★★☆☆" for 3.
    static QString stars(int count);
    /// "★ 4.5 (2)", or "—" without ratings.
    static QString averageRating(const std::optional<double>& average, int count);
    /// "$0.0042" (four decimals below a cent, two above).
    static QString cost(double usd);
    /// "850 ms", "2.4 s".
    static QString latency(qint64 ms);
    /// A provider id as a person reads it ("offline" → "Offline composer").
    static QString providerName(const QString& provider);
    /// A date and time in the UI language, local time.
    static QString when(const QDateTime& at);

    /// The name status changes and ratings are signed with: the last one typed (QSettings), else
    /// ScriptStore::defaultAuthor().
    static QString savedAuthor();
    static void saveAuthor(const QString& author);
};

} // namespace reel::ui
