// CSV, JSON Lines and JSON example imports, and the CSV writer.
// Property: records parsed from any bytes, written with csvRecord and parsed again, come back
// the same (formula cells neutralised on the way out and restored on the way in).
#include "FuzzSupport.h"
#include "common/Csv.h"
#include "rag/ExampleImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray in = reel::fuzz::bytes(data, size);
    const QList<QStringList> records = reel::parseCsv(in);
    QString written;
    QList<QStringList> kept;
    for (const QStringList& r : records) {
        if (r.size() == 1 && r.first().isEmpty())
            continue; // a blank line is not a record
        written += reel::csvRecord(r);
        kept.append(r);
    }
    const QList<QStringList> again = reel::parseCsv(written.toUtf8());
    reel::fuzz::require(again == kept, "CSV records survive write and read");
    for (const auto format : {reel::ExampleImporter::Format::Csv, reel::ExampleImporter::Format::Json,
                              reel::ExampleImporter::Format::Jsonl})
        static_cast<void>(reel::ExampleImporter::parse(in, format, {}));
    return 0;
}
