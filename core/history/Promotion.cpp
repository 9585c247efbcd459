#include "history/Promotion.h"

#include "rag/ExampleLibrary.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"

namespace reel::history {

namespace {

std::optional<double> averageStars(const QList<Rating>& ratings)
{
    double sum = 0;
    int n = 0;
    for (const Rating& r : ratings) {
        if (r.stars) {
            sum += *r.stars;
            ++n;
        }
    }
    return n ? std::optional<double>(sum / n) : std::nullopt;
}

Example exampleFrom(const HistoryEntry& entry)
{
    const GenerationRecord& r = entry.record;
    Example e;
    e.source = ExampleSource::Promoted;
    e.language = r.language.isEmpty() ? QStringLiteral("en") : r.language;
    e.sector = r.profile.sector;
    e.hookType = r.request.hookType;
    e.emotion = r.request.emotion;
    e.goal = r.request.goal;
    e.ctaStyle = r.profile.ctaStyle;
    e.scriptLength = r.request.scriptLength;
    // The library keeps the original service's sections.
    e.script.hook = r.script.hook;
    e.script.body = r.script.body;
    e.script.cta = r.script.cta;
    e.script.caption = r.script.caption;
    e.script.hashtags = r.script.hashtags;
    if (entry.performance)
        e.engagement = entry.performance->figures;
    e.rating = averageStars(entry.ratings);
    e.originScript = r.uuid;
    return e;
}

} // namespace

Result<Example> promoteScript(Workspace& workspace, qint64 scriptId)
{
    auto entry = ScriptStore(workspace.database()).entry(scriptId);
    if (!entry)
        return entry.error();
    Example example = exampleFrom(*entry);
    ExampleLibrary& library = workspace.examples();
    auto promoted = library.findPromoted(example.originScript);
    if (!promoted)
        return promoted.error();
    if (*promoted)
        return library.update((*promoted)->id, example);
    return library.add(example);
}

Result<bool> refreshPromoted(Workspace& workspace, qint64 scriptId)
{
    auto entry = ScriptStore(workspace.database()).entry(scriptId);
    if (!entry)
        return entry.error();
    ExampleLibrary& library = workspace.examples();
    auto promoted = library.findPromoted(entry->record.uuid);
    if (!promoted)
        return promoted.error();
    if (!*promoted)
        return false;
    Example example = **promoted;
    example.rating = averageStars(entry->ratings);
    example.engagement = entry->performance ? entry->performance->figures : Engagement{};
    if (auto updated = library.update(example.id, example); !updated)
        return updated.error();
    return true;
}

Result<Rating> rateScript(Workspace& workspace, qint64 scriptId, const Rating& rating)
{
    auto saved = ScriptStore(workspace.database()).rate(scriptId, rating);
    if (!saved)
        return saved;
    if (auto refreshed = refreshPromoted(workspace, scriptId); !refreshed)
        return refreshed.error();
    return saved;
}

Result<Performance> recordPerformance(Workspace& workspace, qint64 scriptId, const Performance& performance)
{
    auto saved = ScriptStore(workspace.database()).setPerformance(scriptId, performance);
    if (!saved)
        return saved;
    if (auto refreshed = refreshPromoted(workspace, scriptId); !refreshed)
        return refreshed.error();
    return saved;
}

} // namespace reel::history
