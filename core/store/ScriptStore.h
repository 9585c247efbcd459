#pragma once

#include "common/Result.h"
#include "llm/ChatTypes.h"
#include "model/BrandProfile.h"
#include "model/ReelScript.h"
#include "model/ScriptRequest.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace reel {

class Database;

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
    int score = 0;
    /// The original envelope's `validation` object for the script as generated.
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
    /// Newest first.
    Result<QList<GenerationRecord>> recent(int limit = 50) const;
    Result<qint64> count() const;
    /// Saves `script` as the next version and makes it current; returns its number.
    Result<int> saveVersion(qint64 id, const ReelScript& script, const QString& kind = QStringLiteral("edit"),
                            const QString& author = defaultAuthor(), const QString& note = {});
    Result<QList<ScriptVersion>> versions(qint64 id) const;

private:
    Database& m_db;
};

} // namespace reel
