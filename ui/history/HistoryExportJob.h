#pragma once

#include "common/Result.h"
#include "store/ScriptStore.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace reel {
class Database;
} // namespace reel

/// The History page's file work. Exports read the scripts' entries and write one file (or one
/// SubRip file per script) through QSaveFile. Small exports run on the GUI thread; large ones and
/// every import run on a QtConcurrent thread with their own ScriptStore on that thread's database
/// connection, released before the job returns.
namespace reel::ui::historyjobs {

enum class ExportFormat
{
    Markdown,
    Pdf,
    Csv,
    Json,
    Teleprompter,
    Srt
};

/// By the file name's suffix (md/markdown, pdf, csv, json, txt, srt).
std::optional<ExportFormat> formatOfPath(const QString& path);
QString suffix(ExportFormat format);

/// Exports of more scripts than this run off the GUI thread.
inline constexpr int kBackgroundThreshold = 50;

struct ExportRequest
{
    QList<qint64> ids;                      ///< the scripts, in this order; empty: every match of `query`
    std::optional<reel::ScriptQuery> query; ///< used when `ids` is empty
    ExportFormat format = ExportFormat::Markdown;
    QString path;
    QString pdfTitle; ///< the PDF's document title (translated by the caller)
    /// Several caption files: replace files of the same names (the user said so). Without it such
    /// an export fails with FileExists and writes nothing.
    bool overwrite = false;
};

struct ExportOutcome
{
    int scripts = 0;
    QStringList files; ///< what was written
};

/// The ids of every script `query` matches, in its order (read a page at a time).
reel::Result<QList<qint64>> matchingIds(const reel::ScriptStore& store, reel::ScriptQuery query);
/// The entries of `ids`, in that order.
reel::Result<QList<reel::HistoryEntry>> readEntries(const reel::ScriptStore& store, const QList<qint64>& ids);
/// Writes `entries` as `request` says.
reel::Result<ExportOutcome> write(const QList<reel::HistoryEntry>& entries, const ExportRequest& request);

/// Reads and writes on the calling thread with the calling thread's connection (GUI thread).
reel::Result<ExportOutcome> exportHere(reel::Database& database, const ExportRequest& request);
/// For a worker thread: its own store and connection, released at the end.
reel::Result<ExportOutcome> exportOnWorker(reel::Database& database, const ExportRequest& request);

/// Reads a JSON history export and adds its scripts (worker thread). A damaged or foreign file is
/// refused whole, and nothing is added.
reel::Result<reel::HistoryImportReport> importHistory(reel::Database& database, const QString& path);
/// Reads performance figures from CSV and stores them (worker thread); how many scripts got them.
reel::Result<QList<qint64>> importPerformance(reel::Database& database, const QString& path);

} // namespace reel::ui::historyjobs
