#pragma once

// Internal to core/store: what ScriptStore's source files share.

#include "common/Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace reel::scriptsql {

inline Error sqlError(const QString& operation, const QSqlQuery& q)
{
    return Error::make(ErrorCode::Sql, {operation, q.lastError().text()});
}

/// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
inline QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// Timestamps are stored as ISO 8601 UTC with milliseconds, which sort as text.
inline QString stamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QString now()
{
    return stamp(QDateTime::currentDateTimeUtc());
}

inline QDateTime readStamp(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

/// The UTC instant a local day starts at, as stored (for date-range filters).
inline QString dayStart(const QDate& day)
{
    return stamp(day.startOfDay());
}

/// A transaction that rolls back unless committed.
class Transaction
{
public:
    Transaction(QSqlDatabase db, QString operation)
        : m_db(std::move(db))
        , m_operation(std::move(operation))
        , m_open(m_db.transaction())
    {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// An error when the transaction could not start.
    std::optional<Error> startError() const
    {
        if (m_open)
            return std::nullopt;
        return Error::make(ErrorCode::Sql, {m_operation, m_db.lastError().text()});
    }
    std::optional<Error> commit()
    {
        m_open = false;
        if (m_db.commit())
            return std::nullopt;
        const Error e = Error::make(ErrorCode::Sql, {m_operation, m_db.lastError().text()});
        m_db.rollback();
        return e;
    }

private:
    QSqlDatabase m_db;
    QString m_operation;
    bool m_open = false;
};

} // namespace reel::scriptsql
