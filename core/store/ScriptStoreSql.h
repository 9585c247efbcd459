#pragma once

// Internal to core/store: what ScriptStore's source files share.

#include "common/Error.h"
#include "store/Database.h"

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

/// Every write of the history is one BEGIN IMMEDIATE transaction (see WriteTransaction).
using Transaction = WriteTransaction;

} // namespace reel::scriptsql
