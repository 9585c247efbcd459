#include "store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace reel {

namespace {

Q_LOGGING_CATEGORY(lcDatabase, "reel.store.database")

QString sqlText(const QSqlError& e)
{
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return text.isEmpty() ? QStringLiteral("unknown error") : text;
}

std::optional<QVariant> scalar(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        *error = sqlText(q.lastError());
        if (error->isEmpty() || *error == u"unknown error")
            *error = sqlText(db.lastError());
        return std::nullopt;
    }
    return q.value(0);
}

QString quoted(const QString& literal)
{
    QString s = literal;
    s.replace(u'\'', QStringLiteral("''"));
    return u'\'' + s + u'\'';
}

} // namespace

Result<void> execSql(QSqlDatabase& db, const QString& sql, const QString& operation)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Error::make(ErrorCode::Sql, {operation, sqlText(q.lastError())});
    return {};
}

bool isBusyError(const QString& text)
{
    return text.contains(u"database is locked") || text.contains(u"database table is locked")
           || text.contains(u"database is busy");
}

namespace {
// Open write transactions per connection of this thread (connections never cross threads).
thread_local QHash<QString, int> t_openTransactions;
} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db, QString operation)
    : m_db(std::move(db))
    , m_operation(std::move(operation))
{
    int& depth = t_openTransactions[m_db.connectionName()];
    if (depth > 0) {
        m_joined = m_counted = true;
        ++depth;
        return;
    }
    QElapsedTimer clock;
    clock.start();
    int pauseMs = 5;
    for (;;) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_open = m_counted = true;
            ++t_openTransactions[m_db.connectionName()];
            return;
        }
        const QString why = sqlText(q.lastError());
        if (why.contains(u"within a transaction")) {
            // Opened by other means (QSqlDatabase::transaction()): join it like a nested one.
            m_joined = m_counted = true;
            ++t_openTransactions[m_db.connectionName()];
            return;
        }
        // Each BEGIN IMMEDIATE already waited for the busy timeout; keep asking (with a short,
        // growing pause so that waiting writers do not wake in lock step) until kWriteWaitMs.
        if (!isBusyError(why) || clock.elapsed() >= Database::kWriteWaitMs) {
            qCWarning(lcDatabase).noquote() << "cannot start a write transaction for" << m_operation << "after"
                                            << clock.elapsed() << "ms:" << why;
            m_startError = Error::make(ErrorCode::Sql, {m_operation, why});
            return;
        }
        qCInfo(lcDatabase).noquote() << "waiting for the write lock for" << m_operation;
        QThread::msleep(static_cast<unsigned long>(pauseMs + QRandomGenerator::global()->bounded(pauseMs)));
        pauseMs = std::min(pauseMs * 2, 200);
    }
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    if (m_counted) {
        int& depth = t_openTransactions[m_db.connectionName()];
        depth = std::max(0, depth - 1);
    }
}

std::optional<Error> WriteTransaction::commit()
{
    if (m_joined)
        return std::nullopt;
    if (!m_open)
        return m_startError.value_or(Error::make(ErrorCode::Sql, {m_operation, QStringLiteral("not started")}));
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("COMMIT"))) {
            m_open = false;
            return std::nullopt;
        }
        // COMMIT can meet a reader's lock (a checkpoint in progress); it keeps the transaction
        // open, so it can simply be tried again.
        const QString why = sqlText(q.lastError());
        if (!isBusyError(why) || clock.elapsed() >= Database::kWriteWaitMs) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            m_open = false;
            return Error::make(ErrorCode::Sql, {m_operation, why});
        }
        QThread::msleep(20);
    }
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_namePrefix(QStringLiteral("reel-%1-").arg(reinterpret_cast<quintptr>(this), 0, 16))
{}

Database::~Database()
{
    // SQLite's advice for long-lived connections: refresh the planner's statistics when they are
    // stale (the History and Analytics queries rely on them to skip-scan their indexes).
    if (QSqlDatabase::contains(connectionName())) {
        QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
        if (db.isOpen())
            QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
    }
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString& name : names) {
        if (name.startsWith(m_namePrefix)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

QString Database::connectionName() const
{
    return m_namePrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (db.open()) {
        // Per-connection settings; none of them writes to the file. Debian's SQLite makes
        // WAL default to synchronous=FULL, so NORMAL is set explicitly.
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    return open(path, migrations());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const QList<Migration>& migrationList)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::make(ErrorCode::WorkspaceUnusable,
                           {info.absolutePath(), QStringLiteral("the folder cannot be created")});
    if (info.exists() && info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorCode::FileUnreadable, {path, file.errorString()});
        static constexpr char kMagic[] = "SQLite format 3";
        if (file.read(sizeof kMagic) != QByteArray(kMagic, sizeof kMagic))
            return Error::make(ErrorCode::DatabaseDamaged,
                               {path, QStringLiteral("it is not an SQLite database: the file header is wrong")});
    }
    std::unique_ptr<Database> db(new Database(QFileInfo(path).absoluteFilePath()));
    if (auto r = db->initialise(migrationList); !r)
        return r.error();
    return db;
}

Result<void> Database::inspect(QSqlDatabase& db, bool* fresh)
{
    // One read transaction, so that the three values are one snapshot: a file another process is
    // creating right now is either still empty or already stamped, never half of each.
    QString why;
    if (auto r = execSql(db, QStringLiteral("BEGIN"), QStringLiteral("inspection")); !r)
        return Error::make(ErrorCode::DatabaseDamaged, {m_path, r.error().args.value(1)});
    const auto appId = scalar(db, QStringLiteral("PRAGMA application_id"), &why);
    const auto version = appId ? scalar(db, QStringLiteral("PRAGMA user_version"), &why) : std::nullopt;
    const auto tables = version ? scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &why) : std::nullopt;
    static_cast<void>(execSql(db, QStringLiteral("COMMIT"), QStringLiteral("inspection")));
    if (!tables)
        return Error::make(ErrorCode::DatabaseDamaged, {m_path, why});
    const qint32 id = appId->toInt();
    m_schemaVersion = version->toInt();
    *fresh = id == 0 && m_schemaVersion == 0 && tables->toInt() == 0;
    if (!*fresh && id != kApplicationId)
        return Error::make(ErrorCode::DatabaseForeign, {m_path});
    return {};
}

Result<void> Database::initialise(const QList<Migration>& migrationList)
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error::make(ErrorCode::DatabaseDamaged, {m_path, sqlText(db.lastError())});

    // 1. Read-only inspection: nothing is written before the file is known to be ours and sound.
    bool fresh = false;
    if (auto r = inspect(db, &fresh); !r)
        return r;
    const int latest = migrationList.isEmpty() ? 0 : migrationList.constLast().version;
    const auto tooNew = [&]() -> Result<void> {
        return Error::make(ErrorCode::DatabaseTooNew,
                           {m_path, QString::number(m_schemaVersion), QString::number(latest)});
    };
    if (m_schemaVersion > latest)
        return tooNew();
    if (!fresh) {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check(5)")))
            return Error::make(ErrorCode::DatabaseDamaged, {m_path, sqlText(check.lastError())});
        QStringList problems;
        while (check.next())
            problems.append(check.value(0).toString());
        if (problems != QStringList{QStringLiteral("ok")})
            return Error::make(ErrorCode::DatabaseDamaged, {m_path, problems.join(QStringLiteral("; "))});
    }
    if (m_schemaVersion == latest && !fresh) {
        // Up to date; WAL is a property of the file, set when it was created.
        return {};
    }

    // 2. Creating or upgrading is one process's job: the others wait here, then find the work done.
    QLockFile upgrade(m_path + QStringLiteral(".upgrade.lock"));
    upgrade.setStaleLockTime(0); // a dead holder is still detected
    if (!upgrade.tryLock(kWriteWaitMs))
        return Error::make(ErrorCode::MigrationFailed,
                           {m_path, QString::number(latest), QStringLiteral("another process is upgrading it")});
    if (auto r = inspect(db, &fresh); !r)
        return r;
    if (m_schemaVersion > latest)
        return tooNew();
    if (m_schemaVersion == latest && !fresh)
        return {};

    // 3. A copy of the old schema before upgrading it, so an upgrade can always be undone by hand.
    if (!fresh) {
        m_backupPath = QStringLiteral("%1.v%2.bak").arg(m_path).arg(m_schemaVersion);
        QFile::remove(m_backupPath);
        if (auto r = execSql(db, QStringLiteral("VACUUM INTO ") + quoted(m_backupPath), QStringLiteral("backup")); !r)
            return Error::make(ErrorCode::MigrationFailed, {m_path, QString::number(latest), r.error().args.value(1)});
    }

    // 4. The file is ours: switch to WAL (persistent) and upgrade, one transaction per step.
    QString why;
    const auto mode = scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"), &why);
    if (!mode)
        return Error::make(ErrorCode::DatabaseDamaged, {m_path, why});
    for (const Migration& m : migrationList) {
        if (m.version <= m_schemaVersion)
            continue;
        const QString target = QString::number(m.version);
        WriteTransaction t(db, m.description);
        if (auto e = t.startError())
            return Error::make(ErrorCode::MigrationFailed, {m_path, target, e->args.value(1)});
        // Read again under the write lock (an older Reel Studio may not take the upgrade lock).
        const auto now = scalar(db, QStringLiteral("PRAGMA user_version"), &why);
        if (!now)
            return Error::make(ErrorCode::MigrationFailed, {m_path, target, why});
        if (now->toInt() >= m.version) {
            m_schemaVersion = now->toInt();
            continue; // the transaction rolls back: nothing was written
        }
        QStringList statements = m.statements;
        statements.append(QStringLiteral("PRAGMA user_version = ") + target);
        if (m_schemaVersion == 0)
            statements.append(QStringLiteral("PRAGMA application_id = ") + QString::number(kApplicationId));
        for (const QString& sql : std::as_const(statements)) {
            if (auto r = execSql(db, sql, m.description); !r)
                return Error::make(ErrorCode::MigrationFailed, {m_path, target, r.error().args.value(1)});
        }
        if (auto e = t.commit())
            return Error::make(ErrorCode::MigrationFailed, {m_path, target, e->args.value(1)});
        m_schemaVersion = m.version;
    }
    if (m_schemaVersion > latest)
        return tooNew();
    return {};
}

} // namespace reel
