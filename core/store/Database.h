#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace reel {

/// One schema step. Each runs in its own transaction together with the user_version bump.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

/// The workspace database (SQLite through Qt Sql).
///
/// Opening checks the file before anything is written: a file that is not SQLite, an SQLite
/// file of another application, a damaged file or one from a newer Reel Studio is refused and
/// left untouched. An older schema is first copied beside the file (`VACUUM INTO`), then
/// upgraded one migration at a time, each in a transaction. One process creates or upgrades a
/// file at a time (a lock file beside it); the others wait and then find it done.
///
/// Connections are named per thread (QSqlDatabase connections must not cross threads);
/// every connection gets WAL, synchronous=NORMAL, foreign_keys=ON and a busy timeout.
class Database
{
public:
    /// The application's schema, in order. Later features append migrations here.
    static const QList<Migration>& migrations();
    static int latestVersion();
    static constexpr qint32 kApplicationId = 0x5245454c; // "REEL"
    /// How long one statement waits for a lock held by another connection.
    static constexpr int kBusyTimeoutMs = 5000;
    /// How long a write transaction keeps asking for the write lock before giving up.
    static constexpr int kWriteWaitMs = 60'000;

    static Result<std::unique_ptr<Database>> open(const QString& path);
    /// For tests of the migration mechanism: open with another list of migrations.
    static Result<std::unique_ptr<Database>> open(const QString& path, const QList<Migration>& migrations);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// This thread's connection, opened on first use.
    QSqlDatabase connection() const;
    /// Closes and removes this thread's connection (call before a worker thread ends).
    void releaseThreadConnection() const;

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    /// Where the pre-upgrade copy went, when an upgrade happened during open().
    QString backupPath() const { return m_backupPath; }

private:
    explicit Database(QString path);
    Result<void> initialise(const QList<Migration>& migrations);
    /// Reads the application id, schema version and table count in one snapshot; refuses a
    /// foreign file. `fresh`: an empty file (a workspace being created).
    Result<void> inspect(QSqlDatabase& db, bool* fresh);
    QString connectionName() const;

    QString m_path;
    QString m_namePrefix;
    QString m_backupPath;
    int m_schemaVersion = 0;
};

/// Runs `sql` on `db`; on failure returns an Sql error naming `operation`.
Result<void> execSql(QSqlDatabase& db, const QString& sql, const QString& operation);

/// A write transaction that rolls back unless committed.
///
/// It starts with BEGIN IMMEDIATE, which takes the database's write lock at once: a transaction
/// that reads and then writes never fails halfway because another process wrote in between (a
/// deferred BEGIN gets SQLITE_BUSY at once in that case, without waiting). While another
/// writer holds the lock, each attempt waits for the busy timeout; the start is retried with
/// backoff until `Database::kWriteWaitMs` have passed, so many processes writing one workspace
/// take turns instead of failing.
///
/// A WriteTransaction started while another one is open on the same connection joins it: it
/// neither commits nor rolls back, and the outer one decides (a batch of library calls is one
/// transaction, each call's own transaction part of it).
class WriteTransaction
{
public:
    WriteTransaction(QSqlDatabase db, QString operation);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    /// An error when the transaction could not start (the lock was not granted in time).
    std::optional<Error> startError() const { return m_startError; }
    /// Commits; on failure the transaction is rolled back and the error returned.
    std::optional<Error> commit();

private:
    QSqlDatabase m_db;
    QString m_operation;
    bool m_open = false;
    bool m_joined = false;
    bool m_counted = false; ///< this object counts in the connection's open transactions
    std::optional<Error> m_startError;
};

/// Whether an SQL error means "another connection holds the lock" (SQLITE_BUSY or SQLITE_LOCKED).
bool isBusyError(const QString& databaseText);

} // namespace reel
