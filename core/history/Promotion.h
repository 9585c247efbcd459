#pragma once

#include "common/Result.h"
#include "model/Example.h"
#include "store/HistoryTypes.h"

namespace reel {

class Workspace;

namespace history {

/// The feedback loop between the history and the example library.
///
/// A well-rated or well-performing script is promoted into the library in one action: it becomes
/// an example (source "promoted") carrying the script's request (sector, hook type, emotion,
/// goal, CTA style, length), its average stars and its post performance, which raise or lower
/// its quality score and so its weight in retrieval. Promoting again refreshes that example; an
/// example with the same text already in the library is refused (DuplicateExample).
Result<Example> promoteScript(Workspace& workspace, qint64 scriptId);

/// Adds a rating and carries the new average to the example promoted from the script, if any.
Result<Rating> rateScript(Workspace& workspace, qint64 scriptId, const Rating& rating);
/// Sets a published script's figures and carries them to its promoted example, if any.
Result<Performance> recordPerformance(Workspace& workspace, qint64 scriptId, const Performance& performance);
/// Carries the script's current average stars and performance to its promoted example (after a
/// bulk change such as a performance CSV import). True when there was an example to update.
Result<bool> refreshPromoted(Workspace& workspace, qint64 scriptId);

} // namespace history
} // namespace reel
