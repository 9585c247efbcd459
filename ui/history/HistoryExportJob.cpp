#include "history/HistoryExportJob.h"

#include "common/FileSet.h"
#include "common/InputLimits.h"
#include "history/DocumentText.h"
#include "history/HistoryExport.h"
#include "history/PdfExport.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace reel::ui::historyjobs {

namespace {

constexpr int kIdPage = 500;

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

Result<void> writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(ErrorCode::FileUnwritable, {path, file.errorString()});
    return {};
}

Result<QByteArray> readFile(const QString& path)
{
    return readInput(path, limits::kImportBytes);
}

Result<ExportOutcome> run(const ScriptStore& store, const ExportRequest& request)
{
    QList<qint64> ids = request.ids;
    if (ids.isEmpty() && request.query) {
        auto found = matchingIds(store, *request.query);
        if (!found)
            return found.error();
        ids = std::move(found).value();
    }
    auto entries = readEntries(store, ids);
    if (!entries)
        return entries.error();
    return write(entries.value(), request);
}

} // namespace

std::optional<ExportFormat> formatOfPath(const QString& path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    if (s == u"md" || s == u"markdown")
        return ExportFormat::Markdown;
    if (s == u"pdf")
        return ExportFormat::Pdf;
    if (s == u"csv")
        return ExportFormat::Csv;
    if (s == u"json")
        return ExportFormat::Json;
    if (s == u"txt")
        return ExportFormat::Teleprompter;
    if (s == u"srt")
        return ExportFormat::Srt;
    return std::nullopt;
}

QString suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Teleprompter:
        return QStringLiteral("txt");
    case ExportFormat::Srt:
        return QStringLiteral("srt");
    }
    return {};
}

Result<QList<qint64>> matchingIds(const ScriptStore& store, ScriptQuery query)
{
    QList<qint64> ids;
    query.offset = 0;
    query.limit = kIdPage;
    for (;;) {
        auto page = store.search(query);
        if (!page)
            return page.error();
        for (const ScriptSummary& s : page.value())
            ids.append(s.id);
        if (page->size() < kIdPage)
            break;
        query.offset += kIdPage;
    }
    return ids;
}

Result<QList<HistoryEntry>> readEntries(const ScriptStore& store, const QList<qint64>& ids)
{
    QList<HistoryEntry> entries;
    entries.reserve(ids.size());
    for (const qint64 id : ids) {
        auto e = store.entry(id);
        if (!e) {
            if (e.error().code == ErrorCode::NotFound)
                continue; // deleted since it was listed
            return e.error();
        }
        entries.append(std::move(e).value());
    }
    return entries;
}

Result<ExportOutcome> write(const QList<HistoryEntry>& entries, const ExportRequest& request)
{
    ExportOutcome out;
    out.scripts = int(entries.size());
    QByteArray bytes;
    switch (request.format) {
    case ExportFormat::Markdown:
        bytes = history::toMarkdown(entries, DocumentText::words());
        break;
    case ExportFormat::Csv:
        bytes = history::toCsv(entries);
        break;
    case ExportFormat::Json:
        bytes = history::toJson(entries);
        break;
    case ExportFormat::Teleprompter:
        bytes = history::toTeleprompter(entries);
        break;
    case ExportFormat::Pdf:
        if (auto written = PdfExport::write(entries, request.path, request.pdfTitle); !written)
            return written.error();
        out.files.append(request.path);
        return out;
    case ExportFormat::Srt:
        if (entries.size() == 1) {
            bytes = history::toSrt(history::captionCues(entries.first()));
            break;
        }
        // Captions belong to one video each: one file per script beside the name chosen, written
        // all or none, and files already there replaced only when the user agreed (`overwrite`).
        {
            const QFileInfo info(request.path);
            auto written = writeFileSet(info.absolutePath(), history::srtFiles(entries, info.completeBaseName()),
                                        request.overwrite);
            if (!written)
                return written.error();
            out.files = written.value();
        }
        return out;
    }
    if (auto written = writeFile(request.path, bytes); !written)
        return written.error();
    out.files.append(request.path);
    return out;
}

Result<ExportOutcome> exportHere(Database& database, const ExportRequest& request)
{
    return run(ScriptStore(database), request);
}

Result<ExportOutcome> exportOnWorker(Database& database, const ExportRequest& request)
{
    const ConnectionGuard guard(database);
    return run(ScriptStore(database), request);
}

Result<HistoryImportReport> importHistory(Database& database, const QString& path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    auto entries = history::fromJson(bytes.value());
    if (!entries)
        return entries.error();
    const ConnectionGuard guard(database);
    return ScriptStore(database).importEntries(entries.value());
}

Result<QList<qint64>> importPerformance(Database& database, const QString& path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    const ConnectionGuard guard(database);
    return ScriptStore(database).importPerformanceCsv(bytes.value());
}

} // namespace reel::ui::historyjobs
