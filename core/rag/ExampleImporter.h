#pragma once

#include "common/Csv.h"
#include "common/Result.h"
#include "model/Example.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace reel {

class Database;
class ExampleLibrary;

/// Imports examples from CSV, JSON or JSONL. parse() reads and checks every row without
/// touching the library; apply() writes in one transaction either the valid rows or nothing.
class ExampleImporter
{
public:
    enum class Format
    {
        Json,
        Jsonl,
        Csv
    };

    struct Row
    {
        int number = 0; ///< 1-based: the CSV record or JSONL line (after the header), the JSON list index + 1
        Example example;
        FieldErrors errors; ///< paths are field names (hook, sector, …)
        bool ok() const { return errors.isEmpty(); }
    };

    struct Plan
    {
        Format format = Format::Json;
        QStringList columns; ///< CSV: the header as written
        QList<Row> rows;
        int valid() const;
        int invalid() const;
    };

    /// The example fields a column can map to.
    static QStringList fields();
    /// From the file name, else from the first character.
    static Format guessFormat(const QString& fileName, const QByteArray& bytes);
    /// A column maps to the field of the same name (case-insensitive, spaces → _) unless
    /// `mapping` (column → field, or → "" to ignore) says otherwise.
    static Result<Plan> parse(const QByteArray& bytes, Format format, const QHash<QString, QString>& mapping = {});

    struct Outcome
    {
        int added = 0;
        int skipped = 0;
    };
    /// Adds the plan's rows; exact duplicates of the library or of earlier rows are reported as
    /// row errors by parse() when `library` is given to check(). One transaction: either every
    /// accepted row is stored or none.
    static Result<Outcome> apply(ExampleLibrary& library, const Plan& plan, bool validRowsOnly);
    /// Marks rows that repeat a library script or an earlier row of the file.
    static void checkDuplicates(const ExampleLibrary& library, Plan& plan);
};

} // namespace reel
