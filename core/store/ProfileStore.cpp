#include "store/ProfileStore.h"

#include "common/Clock.h"
#include "model/JsonCodec.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace reel {

namespace {

constexpr auto kColumns = "id, uuid, document, created_at, updated_at";

QString timestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Error sqlError(const QString& operation, const QSqlQuery& q)
{
    return Error::make(ErrorCode::Sql, {operation, q.lastError().text()});
}

Result<StoredProfile> fromRow(const QSqlQuery& q)
{
    StoredProfile row;
    row.id = q.value(0).toLongLong();
    row.uuid = q.value(1).toString();
    auto decoded = codec::decodeProfile(q.value(2).toString().toUtf8());
    // The stored document passed checkProfile when written; a row edited by hand that no
    // longer does is still shown, so the user can fix it in the form.
    row.profile = std::move(decoded.value);
    row.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    row.updatedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    return row;
}

bool isUniqueViolation(const QSqlQuery& q)
{
    return q.lastError().nativeErrorCode() == u"2067" || q.lastError().databaseText().contains(u"UNIQUE");
}

} // namespace

ProfileStore::ProfileStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

Result<QList<StoredProfile>> ProfileStore::list() const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM brand_profile ORDER BY name COLLATE NOCASE")
                        .arg(QLatin1String(kColumns))))
        return sqlError(QStringLiteral("listing brand profiles"), q);
    QList<StoredProfile> out;
    while (q.next())
        out.append(fromRow(q).value());
    return out;
}

Result<StoredProfile> ProfileStore::get(qint64 id) const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM brand_profile WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("reading a brand profile"), q);
    if (!q.next())
        return Error::make(ErrorCode::NotFound, {QStringLiteral("brand profile"), QString::number(id)});
    return fromRow(q);
}

Result<StoredProfile> ProfileStore::findByName(const QString& name) const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM brand_profile WHERE name = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return sqlError(QStringLiteral("reading a brand profile"), q);
    if (!q.next())
        return Error::make(ErrorCode::NotFound, {QStringLiteral("brand profile"), name});
    return fromRow(q);
}

Result<StoredProfile> ProfileStore::insert(const StoredProfile& row)
{
    if (const FieldErrors errors = checkProfile(row.profile); !errors.isEmpty())
        return Error::invalid(errors);
    QSqlDatabase db = m_db.connection();
    WriteTransaction t(db, QStringLiteral("saving a brand profile"));
    if (auto e = t.startError())
        return *e;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO brand_profile (id, uuid, name, sector, document, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(row.id > 0 ? QVariant(row.id) : QVariant());
    q.addBindValue(row.uuid);
    q.addBindValue(row.profile.brandName.trimmed());
    q.addBindValue(row.profile.sector.trimmed());
    q.addBindValue(QString::fromUtf8(codec::encodeProfile(row.profile, codec::Layout::Compact)));
    q.addBindValue(timestamp(row.createdAt));
    q.addBindValue(timestamp(row.updatedAt));
    if (!q.exec()) {
        if (isUniqueViolation(q))
            return Error::make(ErrorCode::DuplicateName, {row.profile.brandName.trimmed()});
        return sqlError(QStringLiteral("saving a brand profile"), q);
    }
    StoredProfile stored = row;
    stored.id = q.lastInsertId().toLongLong();
    if (auto e = t.commit())
        return *e;
    emit profileAdded(stored.id);
    return stored;
}

Result<StoredProfile> ProfileStore::create(const BrandProfile& profile)
{
    if (const FieldErrors errors = checkProfileEntry(profile); !errors.isEmpty())
        return Error::invalid(errors);
    StoredProfile row;
    row.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.profile = profile;
    row.profile.brandName = profile.brandName.trimmed();
    row.createdAt = row.updatedAt = Clock::nowUtc();
    return insert(row);
}

Result<StoredProfile> ProfileStore::restore(const StoredProfile& removed)
{
    return insert(removed);
}

Result<StoredProfile> ProfileStore::update(qint64 id, const BrandProfile& profile)
{
    if (const FieldErrors errors = checkProfileEntry(profile); !errors.isEmpty())
        return Error::invalid(errors);
    auto existing = get(id);
    if (!existing)
        return existing.error();
    StoredProfile row = std::move(existing).value();
    row.profile = profile;
    row.profile.brandName = profile.brandName.trimmed();
    row.updatedAt = Clock::nowUtc();

    QSqlDatabase db = m_db.connection();
    WriteTransaction t(db, QStringLiteral("saving a brand profile"));
    if (auto e = t.startError())
        return *e;
    QSqlQuery q(db);
    q.prepare(
            QStringLiteral("UPDATE brand_profile SET name = ?, sector = ?, document = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(row.profile.brandName);
    q.addBindValue(row.profile.sector.trimmed());
    q.addBindValue(QString::fromUtf8(codec::encodeProfile(row.profile, codec::Layout::Compact)));
    q.addBindValue(timestamp(row.updatedAt));
    q.addBindValue(id);
    if (!q.exec()) {
        if (isUniqueViolation(q))
            return Error::make(ErrorCode::DuplicateName, {row.profile.brandName});
        return sqlError(QStringLiteral("saving a brand profile"), q);
    }
    if (auto e = t.commit())
        return *e;
    emit profileChanged(id);
    return row;
}

QString ProfileStore::uniqueName(const QString& base) const
{
    const QString trimmed = base.trimmed();
    if (!findByName(trimmed))
        return trimmed;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(trimmed).arg(n);
        if (!findByName(candidate))
            return candidate;
    }
}

Result<StoredProfile> ProfileStore::duplicate(qint64 id)
{
    auto source = get(id);
    if (!source)
        return source.error();
    BrandProfile copy = source->profile;
    QString name = QStringLiteral("%1 (copy)").arg(copy.brandName);
    for (int n = 2; findByName(name).ok(); ++n)
        name = QStringLiteral("%1 (copy %2)").arg(copy.brandName).arg(n);
    // A long name plus the suffix may pass the limit: shorten the original part.
    if (name.size() > ProfileLimits::kNameMax)
        name = name.right(ProfileLimits::kNameMax);
    copy.brandName = name;
    return create(copy);
}

Result<void> ProfileStore::remove(qint64 id)
{
    QSqlDatabase db = m_db.connection();
    WriteTransaction t(db, QStringLiteral("deleting a brand profile"));
    if (auto e = t.startError())
        return *e;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM brand_profile WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("deleting a brand profile"), q);
    if (q.numRowsAffected() == 0)
        return Error::make(ErrorCode::NotFound, {QStringLiteral("brand profile"), QString::number(id)});
    if (auto e = t.commit())
        return *e;
    emit profileRemoved(id);
    return {};
}

} // namespace reel
