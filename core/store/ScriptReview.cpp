// ScriptStore: the review side — workflow status, ratings, post performance.

#include "common/Csv.h"
#include "common/InputLimits.h"
#include "store/Database.h"
#include "store/ScriptStore.h"
#include "store/ScriptStoreSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace reel {

using scriptsql::now;
using scriptsql::readStamp;
using scriptsql::sqlError;
using scriptsql::Transaction;

namespace {

constexpr int kMaxComment = 2000;
constexpr int kMaxTag = 40;
constexpr int kMaxTags = 12;
constexpr int kMaxAuthor = 120;

int thumbValue(Thumb t)
{
    return t == Thumb::Up ? 1 : t == Thumb::Down ? -1 : 0;
}

Thumb thumbFrom(int v)
{
    return v > 0 ? Thumb::Up : v < 0 ? Thumb::Down : Thumb::None;
}

void checkAuthor(const QString& author, FieldErrors& errors)
{
    if (author.trimmed().isEmpty())
        errors.append({QStringLiteral("author"), FieldErrorKind::Empty, {}});
    else if (author.size() > kMaxAuthor)
        errors.append({QStringLiteral("author"),
                       FieldErrorKind::TooLong,
                       {QString::number(kMaxAuthor), QString::number(author.size())}});
}

void checkComment(const QString& comment, FieldErrors& errors)
{
    if (comment.size() > kMaxComment)
        errors.append({QStringLiteral("comment"),
                       FieldErrorKind::TooLong,
                       {QString::number(kMaxComment), QString::number(comment.size())}});
}

Result<QString> statusOf(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status FROM script WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("reading a script"), q);
    if (!q.next())
        return Error::make(ErrorCode::NotFound, {QStringLiteral("script"), QString::number(id)});
    return q.value(0).toString();
}

QVariant optionalCount(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<qint64> countFrom(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

void checkFigures(const Engagement& f, const QString& prefix, FieldErrors& errors)
{
    const std::pair<const char*, const std::optional<qint64>*> all[] = {{"views", &f.views},
                                                                        {"likes", &f.likes},
                                                                        {"comments", &f.comments},
                                                                        {"shares", &f.shares},
                                                                        {"saves", &f.saves}};
    for (const auto& [name, value] : all) {
        if (*value && **value < 0)
            errors.append({prefix + QLatin1String(name),
                           FieldErrorKind::OutOfRange,
                           {QStringLiteral("0"), QString(), QString::number(**value), QString()}});
    }
}

} // namespace

Result<StatusChange> ScriptStore::setStatus(qint64 id, const QString& status, const QString& comment,
                                            const QString& author)
{
    Transaction t(m_db.connection(), QStringLiteral("changing a status"));
    if (auto e = t.startError())
        return *e;
    auto from = statusOf(m_db.connection(), id);
    if (!from)
        return from.error();
    if (!Workflow::statuses().contains(status))
        return Error::invalid({{QStringLiteral("status"),
                                FieldErrorKind::NotOneOf,
                                {status, Workflow::statuses().join(QStringLiteral(", "))}}});
    if (!Workflow::allowed(*from, status))
        return Error::make(ErrorCode::StatusNotAllowed, {*from, status});
    FieldErrors errors;
    checkAuthor(author, errors);
    checkComment(comment, errors);
    if (Workflow::needsComment(*from, status) && comment.trimmed().isEmpty())
        errors.append({QStringLiteral("comment"), FieldErrorKind::Missing, {}});
    if (!errors.isEmpty())
        return Error::invalid(errors);

    StatusChange change{0, *from, status, author.trimmed(), comment.trimmed(), {}};
    const QString stamp = now();
    QSqlQuery u(m_db.connection());
    u.prepare(QStringLiteral("UPDATE script SET status = ?, updated_at = ? WHERE id = ?"));
    u.addBindValue(status);
    u.addBindValue(stamp);
    u.addBindValue(id);
    if (!u.exec())
        return sqlError(QStringLiteral("changing a status"), u);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO script_status (script_id, from_status, to_status, author, comment,"
                             " created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(id), QVariant(scriptsql::text(change.from)), QVariant(change.to),
                              QVariant(change.author), QVariant(scriptsql::text(change.comment)), QVariant(stamp)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(QStringLiteral("changing a status"), q);
    change.id = q.lastInsertId().toLongLong();
    change.at = readStamp(stamp);
    if (auto e = t.commit())
        return *e;
    return change;
}

Result<QList<StatusChange>> ScriptStore::statusHistory(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, from_status, to_status, author, comment, created_at FROM script_status"
                             " WHERE script_id = ? ORDER BY created_at, id"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("reading status changes"), q);
    QList<StatusChange> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), readStamp(q.value(5))});
    return out;
}

Result<Rating> ScriptStore::rate(qint64 id, Rating rating)
{
    FieldErrors errors;
    if (rating.stars && (*rating.stars < 1 || *rating.stars > 5))
        errors.append({QStringLiteral("stars"),
                       FieldErrorKind::OutOfRange,
                       {QStringLiteral("1"), QStringLiteral("5"), QString::number(*rating.stars), QString()}});
    rating.comment = rating.comment.trimmed();
    rating.author = rating.author.trimmed();
    if (rating.author.isEmpty())
        rating.author = defaultAuthor();
    checkAuthor(rating.author, errors);
    checkComment(rating.comment, errors);
    if (rating.tags.size() > kMaxTags)
        errors.append({QStringLiteral("tags"),
                       FieldErrorKind::TooMany,
                       {QString::number(kMaxTags), QString::number(rating.tags.size())}});
    for (qsizetype i = 0; i < rating.tags.size(); ++i) {
        rating.tags[i] = rating.tags.at(i).trimmed();
        const QString path = QStringLiteral("tags[%1]").arg(i);
        if (rating.tags.at(i).isEmpty())
            errors.append({path, FieldErrorKind::Empty, {}});
        else if (rating.tags.at(i).size() > kMaxTag)
            errors.append({path,
                           FieldErrorKind::TooLong,
                           {QString::number(kMaxTag), QString::number(rating.tags.at(i).size())}});
    }
    if (!rating.stars && rating.thumb == Thumb::None && rating.comment.isEmpty())
        errors.append({QStringLiteral("stars"), FieldErrorKind::Missing, {}});
    if (!errors.isEmpty())
        return Error::invalid(errors);

    Transaction t(m_db.connection(), QStringLiteral("saving a rating"));
    if (auto e = t.startError())
        return *e;
    if (auto status = statusOf(m_db.connection(), id); !status)
        return status.error();
    rating.at = readStamp(now());
    HistoryEntry single;
    single.ratings = {rating};
    if (auto inserted = insertReview(id, single); !inserted)
        return inserted.error();
    QSqlQuery last(m_db.connection());
    if (!last.exec(QStringLiteral("SELECT last_insert_rowid()")) || !last.next())
        return sqlError(QStringLiteral("saving a rating"), last);
    rating.id = last.value(0).toLongLong();
    if (auto e = t.commit())
        return *e;
    return rating;
}

Result<QList<Rating>> ScriptStore::ratings(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, stars, thumb, tags, comment, author, created_at FROM script_rating"
                             " WHERE script_id = ? ORDER BY created_at, id"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("reading ratings"), q);
    QList<Rating> out;
    while (q.next()) {
        Rating r;
        r.id = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            r.stars = q.value(1).toInt();
        r.thumb = thumbFrom(q.value(2).toInt());
        for (const QJsonValue& tag : parseJsonOrEmpty(q.value(3).toByteArray()).array())
            r.tags.append(tag.toString());
        r.comment = q.value(4).toString();
        r.author = q.value(5).toString();
        r.at = readStamp(q.value(6));
        out.append(r);
    }
    return out;
}

Result<void> ScriptStore::updateRatingSummary(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE script SET rating = (SELECT AVG(stars) FROM script_rating WHERE script_id = ?),"
                             " rating_count = (SELECT COUNT(*) FROM script_rating WHERE script_id = ?) WHERE id = ?"));
    for (int i = 0; i < 3; ++i)
        q.bindValue(i, id);
    if (!q.exec())
        return sqlError(QStringLiteral("saving a rating"), q);
    return {};
}

Result<void> ScriptStore::insertReview(qint64 id, const HistoryEntry& entry)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery r(db);
    r.prepare(QStringLiteral("INSERT INTO script_rating (script_id, stars, thumb, tags, comment, author, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const Rating& rating : entry.ratings) {
        const QVariantList values{
                id,
                rating.stars ? QVariant(*rating.stars) : QVariant(),
                thumbValue(rating.thumb),
                QString::fromUtf8(
                        QJsonDocument(QJsonArray::fromStringList(rating.tags)).toJson(QJsonDocument::Compact)),
                scriptsql::text(rating.comment),
                rating.author,
                scriptsql::stamp(rating.at.isValid() ? rating.at : QDateTime::currentDateTimeUtc())};
        for (int i = 0; i < values.size(); ++i)
            r.bindValue(i, values.at(i));
        if (!r.exec())
            return sqlError(QStringLiteral("saving a rating"), r);
    }
    if (!entry.ratings.isEmpty()) {
        if (auto summary = updateRatingSummary(id); !summary)
            return summary;
    }
    QSqlQuery s(db);
    s.prepare(QStringLiteral("INSERT INTO script_status (script_id, from_status, to_status, author, comment,"
                             " created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const StatusChange& c : entry.statusChanges) {
        const QVariantList values{id,
                                  scriptsql::text(c.from),
                                  c.to,
                                  c.author,
                                  scriptsql::text(c.comment),
                                  scriptsql::stamp(c.at.isValid() ? c.at : QDateTime::currentDateTimeUtc())};
        for (int i = 0; i < values.size(); ++i)
            s.bindValue(i, values.at(i));
        if (!s.exec())
            return sqlError(QStringLiteral("saving a status change"), s);
    }
    if (entry.performance) {
        QSqlQuery p(db);
        p.prepare(QStringLiteral("INSERT OR REPLACE INTO script_performance (script_id, views, likes, comments, shares,"
                                 " saves, posted_on, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        const Performance& f = *entry.performance;
        for (const QVariant& v :
             {QVariant(id), optionalCount(f.figures.views), optionalCount(f.figures.likes),
              optionalCount(f.figures.comments), optionalCount(f.figures.shares), optionalCount(f.figures.saves),
              f.postedOn ? QVariant(f.postedOn->toString(Qt::ISODate)) : QVariant(),
              QVariant(scriptsql::stamp(f.updatedAt.isValid() ? f.updatedAt : QDateTime::currentDateTimeUtc()))})
            p.addBindValue(v);
        if (!p.exec())
            return sqlError(QStringLiteral("saving performance figures"), p);
    }
    return {};
}

Result<Performance> ScriptStore::setPerformance(qint64 id, const Performance& performance)
{
    Transaction t(m_db.connection(), QStringLiteral("saving performance figures"));
    if (auto e = t.startError())
        return *e;
    auto status = statusOf(m_db.connection(), id);
    if (!status)
        return status.error();
    FieldErrors errors;
    if (*status != QLatin1String(Workflow::kPublished))
        errors.append(
                {QStringLiteral("status"), FieldErrorKind::NotOneOf, {*status, QLatin1String(Workflow::kPublished)}});
    checkFigures(performance.figures, {}, errors);
    if (!errors.isEmpty())
        return Error::invalid(errors);
    HistoryEntry single;
    single.performance = performance;
    single.performance->updatedAt = readStamp(now());
    if (auto saved = insertReview(id, single); !saved)
        return saved.error();
    if (auto e = t.commit())
        return *e;
    return *single.performance;
}

Result<std::optional<Performance>> ScriptStore::performance(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT views, likes, comments, shares, saves, posted_on, updated_at"
                             " FROM script_performance WHERE script_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("reading performance figures"), q);
    if (!q.next())
        return std::optional<Performance>();
    Performance p;
    p.figures = {countFrom(q.value(0)), countFrom(q.value(1)), countFrom(q.value(2)), countFrom(q.value(3)),
                 countFrom(q.value(4))};
    if (!q.value(5).isNull())
        p.postedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.updatedAt = readStamp(q.value(6));
    return std::optional<Performance>(p);
}

Result<QList<qint64>> ScriptStore::importPerformanceCsv(const QByteArray& csv)
{
    const QList<QStringList> records = parseCsv(csv);
    if (records.isEmpty())
        return Error::invalid({{QStringLiteral("header"), FieldErrorKind::Missing, {}}});
    QStringList header;
    for (const QString& h : records.first())
        header.append(h.trimmed().toLower());
    const qsizetype idColumn = header.indexOf(u"id");
    const qsizetype uuidColumn = header.indexOf(u"uuid");
    if (idColumn < 0 && uuidColumn < 0)
        return Error::invalid({{QStringLiteral("header.id"), FieldErrorKind::Missing, {}}});
    const QStringList figureNames{QStringLiteral("views"), QStringLiteral("likes"), QStringLiteral("comments"),
                                  QStringLiteral("shares"), QStringLiteral("saves")};

    struct Row
    {
        qint64 id = 0;
        Performance performance;
    };
    QList<Row> rows;
    FieldErrors errors;
    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT id, status FROM script WHERE id = ? OR uuid = ?"));
    for (qsizetype n = 1; n < records.size(); ++n) {
        const QStringList& record = records.at(n);
        const auto cell = [&](qsizetype column) {
            return column >= 0 && column < record.size() ? record.at(column).trimmed() : QString();
        };
        const QString prefix = QStringLiteral("row %1.").arg(n);
        const QString key = idColumn >= 0 && !cell(idColumn).isEmpty() ? cell(idColumn) : cell(uuidColumn);
        bool numeric = false;
        const qint64 asNumber = key.toLongLong(&numeric);
        find.bindValue(0, numeric ? QVariant(asNumber) : QVariant());
        find.bindValue(1, key);
        if (!find.exec())
            return sqlError(QStringLiteral("importing performance figures"), find);
        if (key.isEmpty() || !find.next()) {
            errors.append({prefix + (idColumn >= 0 ? QStringLiteral("id") : QStringLiteral("uuid")),
                           FieldErrorKind::NotOneOf,
                           {key, QStringLiteral("a script in the history")}});
            continue;
        }
        Row row;
        row.id = find.value(0).toLongLong();
        if (find.value(1).toString() != QLatin1String(Workflow::kPublished))
            errors.append({prefix + QStringLiteral("status"),
                           FieldErrorKind::NotOneOf,
                           {find.value(1).toString(), QLatin1String(Workflow::kPublished)}});
        std::optional<qint64>* targets[] = {&row.performance.figures.views, &row.performance.figures.likes,
                                            &row.performance.figures.comments, &row.performance.figures.shares,
                                            &row.performance.figures.saves};
        for (int f = 0; f < figureNames.size(); ++f) {
            const QString text = cell(header.indexOf(figureNames.at(f))).remove(u',').remove(u' ');
            if (text.isEmpty())
                continue;
            bool ok = false;
            const qint64 value = text.toLongLong(&ok);
            if (!ok)
                errors.append({prefix + figureNames.at(f),
                               FieldErrorKind::WrongType,
                               {QStringLiteral("integer"), QStringLiteral("string")}});
            else
                *targets[f] = value;
        }
        checkFigures(row.performance.figures, prefix, errors);
        if (const QString posted = cell(header.indexOf(u"posted_on")); !posted.isEmpty()) {
            const QDate day = QDate::fromString(posted, Qt::ISODate);
            if (!day.isValid())
                errors.append({prefix + QStringLiteral("posted_on"),
                               FieldErrorKind::WrongType,
                               {QStringLiteral("date"), QStringLiteral("string")}});
            else
                row.performance.postedOn = day;
        }
        rows.append(row);
    }
    if (!errors.isEmpty())
        return Error::invalid(errors);

    Transaction t(m_db.connection(), QStringLiteral("importing performance figures"));
    if (auto e = t.startError())
        return *e;
    QList<qint64> updated;
    for (Row& row : rows) {
        updated.append(row.id);
        HistoryEntry single;
        single.performance = row.performance;
        single.performance->updatedAt = readStamp(now());
        if (auto saved = insertReview(row.id, single); !saved)
            return saved.error();
    }
    if (auto e = t.commit())
        return *e;
    return updated;
}

} // namespace reel
