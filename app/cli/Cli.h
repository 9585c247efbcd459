#pragma once

#include "model/ScriptRequest.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

/// Exit codes of reelstudio-cli (also printed by --help).
namespace ExitCode {
inline constexpr int Ok = 0;
inline constexpr int Invalid = 1;    ///< the input has errors (each printed with its JSON path)
inline constexpr int Unreadable = 2; ///< a file cannot be read or written
inline constexpr int Workspace = 3;  ///< the workspace cannot be opened (damaged, newer, foreign)
inline constexpr int NotFound = 4;   ///< no such profile or script
inline constexpr int Model = 5;      ///< generate: the model server failed and nothing was written
inline constexpr int Usage = 64;     ///< wrong command line
} // namespace ExitCode

/// reelstudio-cli: the headless face of Reel Studio. Runs one command and returns its exit code.
namespace reel {
class RetrievalIndex;
class Workspace;
struct Error;
struct Example;
struct HistoryEntry;
namespace history {
enum class Format;
} // namespace history
} // namespace reel

/// A text file (or standard input for "-", a FIFO, a device) read whole, at most `maxBytes`
/// (16 MiB: one document); `error` says why not (too large, not UTF-8 text, unreadable).
struct FileRead
{
    QByteArray bytes;
    QString error;
};
FileRead readInput(const QString& path, qint64 maxBytes = 16 * 1024 * 1024);

/// The exit code for a core error (ExitCode::Invalid for refused input, NotFound, …).
int exitCodeFor(const reel::Error& error);

class Cli
{
public:
    Cli(QTextStream& out, QTextStream& err);
    ~Cli();
    int run(const QStringList& arguments);

private:
    int checkInput(const QStringList& args, bool json);
    int profiles(const QStringList& args);
    int validate(const QStringList& args);
    int examples(const QStringList& args);
    int retrieve(const QStringList& args);
    int generate(const QStringList& args);
    int history(const QStringList& args);
    /// Writes `entries` to --out as `format` (SRT of several scripts: one file each in the folder).
    int exportEntries(const QList<reel::HistoryEntry>& entries, reel::history::Format format);
    int rate(const QStringList& args);
    /// The request of `path` with its brand profile: --profile's when given (the request may then
    /// be a bare request object or {"script_request": …}), else the file's own. Null after
    /// printing every problem; `exit` then holds the exit code.
    std::optional<reel::RequestFile> loadRequest(const QString& path, int& exit);
    /// The workspace of --workspace / $REELSTUDIO_WORKSPACE; null after printing why it cannot be opened.
    std::unique_ptr<reel::Workspace> openWorkspace();
    int importExamples(reel::Workspace& ws, const QString& path, const QByteArray& bytes);
    /// The workspace's retrieval index, made with the embedder its settings name (the key of a
    /// network embedder comes from $OPENAI_API_KEY); null after printing why it cannot be used.
    std::unique_ptr<reel::RetrievalIndex> openIndex(reel::Workspace& ws);
    /// Prints the near-duplicates of `example` in the library as notes; `where` prefixes them.
    void noteNearDuplicates(reel::RetrievalIndex& index, const reel::Example& example, const QString& where);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_workspaceFolder;
    QString m_format;
    QString m_output;
    bool m_rename = false;
    bool m_replace = false;
    QString m_profilePath;
    QString m_requestPath;
    QString m_rulesPath;
    QString m_date;
    int m_k = 5;
    QStringList m_filters;
    QStringList m_maps;
    bool m_validOnly = false;
    QString m_embedder;
    QString m_embeddingModel;
    QString m_baseUrl;
    int m_dimensions = 0;
    qint64 m_ivfThreshold = 0;
    QString m_provider;
    QString m_model;
    int m_variants = 1;
    bool m_stream = false;
    bool m_formatGiven = false;
    // history and rate
    QString m_search;
    QString m_brand;
    QString m_status;
    int m_limit = 50;
    bool m_json = false;
    bool m_all = false;
    bool m_force = false;
    QString m_outPath;
    QString m_comment;
    QString m_author;
    QString m_stars;
    QString m_thumb;
    QStringList m_tags;
};
