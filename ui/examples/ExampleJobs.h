#pragma once

#include "common/Error.h"
#include "examples/ExampleFiles.h"
#include "rag/ExampleImporter.h"
#include "rag/ExampleLibrary.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace reel {
class Database;
} // namespace reel

/// The Examples page's file work, done away from the GUI thread (QtConcurrent): reading and
/// checking an import file, the import itself, and exports. Each job uses its own ExampleLibrary
/// on the job thread's database connection, and releases that connection before it returns.
namespace reel::ui::examplejobs {

struct FileRead
{
    QString path;
    QByteArray bytes;
    examplefiles::Format format = examplefiles::Format::Csv;
    /// The file could not be read (args: path, reason).
    std::optional<reel::Error> readError;
    examplefiles::Unreadable unreadable = examplefiles::Unreadable::No;
    /// The file is text but not `format` (a JSON syntax error names line and column).
    std::optional<reel::Error> formatError;
    examplefiles::Preview preview;

    bool ok() const { return !readError && unreadable == examplefiles::Unreadable::No && !formatError; }
};

/// Reads `path` (up to 512 MiB) and previews its first rows; the format is guessed from the
/// name and content unless `format` is given.
FileRead readFile(const QString& path, std::optional<examplefiles::Format> format, int previewRows);
/// Previews bytes already read as another format.
FileRead reformat(FileRead read, examplefiles::Format format, int previewRows);

/// A row that repeats an earlier row of the file or an example of the library.
struct Duplicate
{
    int ofRow = 0;        ///< the earlier row of the file, or 0
    qint64 ofExample = 0; ///< the library example, or 0
    QString hook;         ///< the library example's hook
};

struct Checked
{
    std::optional<reel::Error> error; ///< the file as a whole cannot be imported
    reel::ExampleImporter::Plan plan;
    QHash<int, Duplicate> duplicates; ///< by row number
    int errorRows() const { return plan.invalid() - int(duplicates.size()); }
};

/// Parses every row with `mapping` (column → field, "" to ignore) and marks duplicates.
Checked check(reel::Database& database, const QByteArray& bytes, examplefiles::Format format,
              const QHash<QString, QString>& mapping);

/// Adds the plan's valid rows in one transaction (nothing when it fails).
reel::Result<reel::ExampleImporter::Outcome> apply(reel::Database& database, const reel::ExampleImporter::Plan& plan);

/// Writes examples `ids` (in that order), or every example `query` finds, to `path` as `format`
/// through QSaveFile (the file appears whole or not at all). Returns how many were written.
reel::Result<int> exportTo(reel::Database& database, const QList<qint64>& ids, const reel::ExampleQuery& query,
                           const QString& path, examplefiles::Format format);

} // namespace reel::ui::examplejobs
