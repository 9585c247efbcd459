#pragma once

#include "common/Result.h"
#include "model/Example.h"
#include "rag/ExampleImporter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace reel::ui::examplefiles {

using Format = reel::ExampleImporter::Format;

/// Examples as a file ExampleImporter reads back whole: JSON is Reel Studio's own example file
/// (versioned, what `reelstudio-cli examples add` reads); JSON Lines has one flat object per
/// line; CSV (UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF) has the importer's fields
/// as its header. Hashtags are a list in JSON and space-separated in CSV.
QByteArray encode(const QList<reel::Example>& examples, Format format);

/// The format a file name asks for by its extension (.json, .jsonl/.ndjson, .csv/.tsv).
std::optional<Format> formatOfName(const QString& fileName);
QString extensionOf(Format format);

/// Why a file cannot be imported at all, before any parsing.
enum class Unreadable
{
    No,
    Empty,
    NotText ///< binary, or not UTF-8
};
Unreadable checkText(const QByteArray& bytes);

/// What the first records of an import file hold, for the column mapping.
struct Preview
{
    /// CSV: the header; JSON: the members of the first objects, in order of appearance.
    QStringList columns;
    /// Up to the requested number of records, one value per column ("" when absent).
    QList<QStringList> rows;
    /// Records in the whole file (CSV records after the header, JSON objects, JSONL lines).
    int records = 0;
};
/// Reads the start of `bytes` as `format`. A JSON file that does not parse, or that holds no
/// list of examples, is an error naming the line and column or the member.
reel::Result<Preview> preview(const QByteArray& bytes, Format format, int maxRows);

/// The importer's default for a column: the field of the same name (case and spaces ignored),
/// or empty (ignore the column).
QString defaultField(const QString& column);

/// Reel Studio's JSON example file nests the engagement figures, which the importer (flat
/// fields) leaves out: takes them from the file for every row it parsed.
void restoreEngagement(const QByteArray& bytes, reel::ExampleImporter::Plan& plan);

} // namespace reel::ui::examplefiles
