// The History export (the answer envelope per script plus versions, ratings, status changes and
// performance). Property: an export that reads writes back to the same export.
#include "FuzzSupport.h"
#include "history/HistoryExport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto entries = reel::history::fromJson(reel::fuzz::bytes(data, size));
    if (entries) {
        // toJson stamps the export time: compare what it says about the scripts.
        const QByteArray once = reel::history::toJson(entries.value());
        auto again = reel::history::fromJson(once);
        reel::fuzz::require(again.ok(), "an export reads back");
        reel::fuzz::require(again->size() == entries->size(), "every script reads back");
        for (qsizetype i = 0; i < again->size(); ++i) {
            const reel::HistoryEntry& a = entries->at(i);
            const reel::HistoryEntry& b = again->at(i);
            reel::fuzz::require(a.record.script == b.record.script && a.record.uuid == b.record.uuid
                                        && a.versions.size() == b.versions.size()
                                        && a.ratings.size() == b.ratings.size(),
                                "a script reads back whole");
        }
        reel::history::toCsv(entries.value());
        reel::history::toMarkdown(entries.value());
    }
    return 0;
}
