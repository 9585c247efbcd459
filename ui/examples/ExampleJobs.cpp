#include "examples/ExampleJobs.h"

#include "common/InputLimits.h"
#include "rag/ExampleLibrary.h"
#include "store/Database.h"

#include <QFile>
#include <QSaveFile>

namespace reel::ui::examplejobs {

namespace {

// Releases the job thread's database connection however the job ends (pool threads live on).
class ConnectionGuard
{
public:
    explicit ConnectionGuard(Database& database)
        : m_database(database)
    {}
    ~ConnectionGuard() { m_database.releaseThreadConnection(); }
    ConnectionGuard(const ConnectionGuard&) = delete;
    ConnectionGuard& operator=(const ConnectionGuard&) = delete;

private:
    Database& m_database;
};

} // namespace

FileRead readFile(const QString& path, std::optional<examplefiles::Format> format, int previewRows)
{
    FileRead read;
    read.path = path;
    // The same limit as the command line's import; whether it is text is judged below.
    auto bytes = readInput(path, limits::kImportBytes, false);
    if (!bytes) {
        read.readError = bytes.error();
        return read;
    }
    read.bytes = std::move(bytes).value();
    const examplefiles::Format chosen = format.value_or(ExampleImporter::guessFormat(path, read.bytes));
    return reformat(std::move(read), chosen, previewRows);
}

FileRead reformat(FileRead read, examplefiles::Format format, int previewRows)
{
    read.format = format;
    read.formatError.reset();
    read.preview = {};
    read.unreadable = examplefiles::checkText(read.bytes);
    if (read.unreadable != examplefiles::Unreadable::No)
        return read;
    auto preview = examplefiles::preview(read.bytes, format, previewRows);
    if (preview)
        read.preview = std::move(preview).value();
    else
        read.formatError = preview.error();
    return read;
}

Checked check(Database& database, const QByteArray& bytes, examplefiles::Format format,
              const QHash<QString, QString>& mapping)
{
    Checked out;
    auto parsed = ExampleImporter::parse(bytes, format, mapping);
    if (!parsed) {
        out.error = parsed.error();
        return out;
    }
    out.plan = std::move(parsed).value();
    examplefiles::restoreEngagement(bytes, out.plan);

    const ConnectionGuard guard(database);
    const ExampleLibrary library(database);
    QList<bool> okBefore;
    okBefore.reserve(out.plan.rows.size());
    for (const ExampleImporter::Row& row : std::as_const(out.plan.rows))
        okBefore.append(row.ok());
    ExampleImporter::checkDuplicates(library, out.plan);

    // checkDuplicates() marks repeats in words for the CLI; say here which row or example it repeats.
    QHash<QString, int> firstRowOf;
    for (qsizetype i = 0; i < out.plan.rows.size(); ++i) {
        const ExampleImporter::Row& row = out.plan.rows.at(i);
        if (!okBefore.at(i))
            continue;
        const QString hash = contentHashOf(row.example);
        if (row.ok()) {
            if (!firstRowOf.contains(hash))
                firstRowOf.insert(hash, row.number);
            continue;
        }
        Duplicate d;
        if (firstRowOf.contains(hash)) {
            d.ofRow = firstRowOf.value(hash);
        } else if (auto existing = library.findDuplicate(row.example); existing && existing.value()) {
            d.ofExample = existing.value()->id;
            d.hook = existing.value()->script.hook;
        }
        out.duplicates.insert(row.number, d);
    }
    return out;
}

Result<ExampleImporter::Outcome> apply(Database& database, const ExampleImporter::Plan& plan)
{
    const ConnectionGuard guard(database);
    ExampleLibrary library(database);
    return ExampleImporter::apply(library, plan, true);
}

Result<int> exportTo(Database& database, const QList<qint64>& ids, const ExampleQuery& query, const QString& path,
                     examplefiles::Format format)
{
    QList<Example> examples;
    {
        const ConnectionGuard guard(database);
        const ExampleLibrary library(database);
        if (ids.isEmpty()) {
            auto found = library.find(query);
            if (!found)
                return found.error();
            examples = std::move(found).value();
        } else {
            examples.reserve(ids.size());
            for (const qint64 id : ids) {
                auto e = library.get(id);
                if (!e)
                    return e.error();
                examples.append(std::move(e).value());
            }
        }
    }
    const QByteArray bytes = examplefiles::encode(examples, format);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(ErrorCode::FileUnwritable, {path, file.errorString()});
    return int(examples.size());
}

} // namespace reel::ui::examplejobs
