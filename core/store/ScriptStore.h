#pragma once

#include "common/Result.h"
#include "llm/ChatTypes.h"
#include "model/BrandProfile.h"
#include "model/ReelScript.h"
#include "model/ScriptRequest.h"
#include "store/HistoryTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace reel {

class Database;
class RulePack;
class RulePackStore;
struct ValidationReport;

/// A script the app produced, with where it came from: the profile as it was, the request, the
/// examples retrieved, the prompt version, provider, model, tokens, cost, latency, attempts and
/// how it fared in validation.
struct GenerationRecord
{
    qint64 id = 0;
    QString uuid;
    QString title;
    std::optional<qint64> profileId;
    BrandProfile profile;
    ScriptRequest request;
    QString language; ///< catalog id
    QString provider; ///< "offline", "openai", "ollama", … (see ProviderSettings)
    QString model;
    QString promptVersion;
    QList<qint64> retrievedIds;
    TokenUsage usage;
    double costUsd = 0;
    qint64 latencyMs = 0;
    int attempts = 1;
    int firstAttemptErrors = 0;
    int errors = 0;
    int warnings = 0;
    /// The current version's validation (errors, warnings, score and the original envelope's
    /// `validation` object), against the rules in force: recomputed whenever a version is saved
    /// and, through ScriptStore::revalidateAll, when the rule pack changes.
    int score = 0;
    ValidationSummary validation;
    QString variantGroup; ///< shared by the variants of one request
    int variantIndex = 0;
    QString status = QStringLiteral("draft");
    ReelScript script; ///< the current version
    int currentVersion = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// One saved state of a script.
struct ScriptVersion
{
    int number = 0;
    QString kind; ///< "generated", "edit", "restore", "import"
    QString author;
    QString note;
    ReelScript script;
    QDateTime createdAt;
    bool autosaved = false; ///< written by the editor's autosave (an edit still open)
};

/// Everything the workspace keeps of one script: what exports carry and imports restore.
struct HistoryEntry
{
    GenerationRecord record;
    QList<ScriptVersion> versions; ///< oldest first
    QList<Rating> ratings;         ///< oldest first
    QList<StatusChange> statusChanges;
    std::optional<Performance> performance;
};

/// What importing a history export did.
struct HistoryImportReport
{
    int added = 0;
    QStringList skippedUuids; ///< already in the workspace (kept as they are)
};

/// Generated scripts and their versions in the workspace database.
class ScriptStore
{
public:
    explicit ScriptStore(Database& database);

    /// The OS user name (the default author of versions and status changes).
    static QString defaultAuthor();

    /// Stores a new script and its first version ("generated") in one transaction.
    Result<GenerationRecord> add(GenerationRecord record, const QString& author = defaultAuthor());
    Result<GenerationRecord> get(qint64 id) const;
    /// The id of the script `key` names: its number or its uuid (NotFound otherwise).
    Result<qint64> find(const QString& key) const;
    /// Newest first.
    Result<QList<GenerationRecord>> recent(int limit = 50) const;
    Result<qint64> count() const;
    /// Saves `script` as the next version and makes it current; returns its number.
    Result<int> saveVersion(qint64 id, const ReelScript& script, const QString& kind = QStringLiteral("edit"),
                            const QString& author = defaultAuthor(), const QString& note = {});
    Result<QList<ScriptVersion>> versions(qint64 id) const;
    /// Checks every script's current version again against the rules in force (after the rule
    /// pack changed) and stores the result; returns how many changed. `progress` is called before
    /// each script and may return false to stop (Cancelled; nothing is saved).
    Result<int> revalidateAll(const std::function<bool(int done, int total)>& progress = {});
    /// The findings of `script` against `record`'s profile and request and the rules in force.
    ValidationReport validationOf(const GenerationRecord& record, const ReelScript& script) const;

    /// The editor's autosave: the first autosave after a saved version starts a new version
    /// (kind "edit", marked autosaved); later ones rewrite that version in place, so one editing
    /// session is one version. Nothing is written when `script` equals the current version.
    /// Returns the current version number.
    Result<int> autosave(qint64 id, const ReelScript& script, const QString& author = defaultAuthor());
    /// Ends an editing session: an autosaved current version becomes a saved one (with `script`
    /// and `note`); otherwise a new "edit" version is saved when `script` differs.
    Result<int> commitEdit(qint64 id, const ReelScript& script, const QString& author = defaultAuthor(),
                           const QString& note = {});
    /// Makes version `number` current again as a new "restore" version.
    Result<int> restore(qint64 id, int number, const QString& author = defaultAuthor());

    /// A page of the History list and the number of scripts matching the query.
    Result<QList<ScriptSummary>> search(const ScriptQuery& query) const;
    Result<qint64> countMatching(const ScriptQuery& query) const;
    /// The distinct values used, for the History filters: "brand", "provider", "language",
    /// "sector" or "hook_type".
    Result<QStringList> distinctValues(const QString& column) const;

    /// Moves the script through the workflow (see Workflow); refuses a move the workflow does not
    /// allow (StatusNotAllowed) and a rejection or send-back without a comment (InvalidInput).
    Result<StatusChange> setStatus(qint64 id, const QString& status, const QString& comment = {},
                                   const QString& author = defaultAuthor());
    Result<QList<StatusChange>> statusHistory(qint64 id) const;

    /// Adds a rating (stars 1–5, a thumb with reason tags, a comment; at least one of them).
    Result<Rating> rate(qint64 id, Rating rating);
    Result<QList<Rating>> ratings(qint64 id) const;

    /// Sets a published script's figures (InvalidInput for a script not published or a
    /// negative figure).
    Result<Performance> setPerformance(qint64 id, const Performance& performance);
    Result<std::optional<Performance>> performance(qint64 id) const;
    /// Performance figures from CSV: a header naming `id` or `uuid`, and any of views, likes,
    /// comments, shares, saves, posted_on. Every row is checked first; all rows or none are saved.
    /// Returns the scripts updated.
    Result<QList<qint64>> importPerformanceCsv(const QByteArray& csv);

    /// The script with its versions, ratings, status changes and performance.
    Result<HistoryEntry> entry(qint64 id) const;
    /// Adds exported entries back (one transaction); a uuid already present is skipped.
    Result<HistoryImportReport> importEntries(const QList<HistoryEntry>& entries);
    /// Deletes scripts with everything they hold.
    Result<int> remove(const QList<qint64>& ids);

private:
    struct Current
    {
        int number = 0;
        bool autosaved = false;
        QByteArray document;
    };

    Result<qint64> insertScript(GenerationRecord& record, const QString& created, const QString& updated);
    Result<void> insertVersion(qint64 id, const ScriptVersion& version, const QString& created);
    Result<void> makeCurrent(qint64 id, const ReelScript& script, int number, const QString& stamp);
    /// Inside a transaction: the next version, made current.
    Result<int> appendVersion(qint64 id, ScriptVersion version);
    Result<Current> current(qint64 id) const;
    Result<int> writeEdit(qint64 id, const ReelScript& script, const QString& author, const QString& note,
                          bool autosaved);
    Result<void> insertReview(qint64 id, const HistoryEntry& entry);
    Result<void> updateRatingSummary(qint64 id);
    const RulePack& rulesInForce() const;

    Database& m_db;
    mutable std::shared_ptr<RulePackStore> m_rules; ///< keeps the pack in use alive while it is used
};

} // namespace reel
