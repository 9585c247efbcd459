#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

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
/// upgraded one migration at a time, each in a transaction.
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
    QString connectionName() const;

    QString m_path;
    QString m_namePrefix;
    QString m_backupPath;
    int m_schemaVersion = 0;
};

/// Runs `sql` on `db`; on failure returns an Sql error naming `operation`.
Result<void> execSql(QSqlDatabase& db, const QString& sql, const QString& operation);

} // namespace reel
