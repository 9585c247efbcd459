#include "store/CatalogStore.h"

#include "common/Clock.h"
#include "model/BrandProfile.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace reel {

CatalogStore::CatalogStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
    , m_catalog(Catalog::builtIn())
{}

Result<void> CatalogStore::load()
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT kind, value FROM catalog_value ORDER BY created_at, value")))
        return Error::make(ErrorCode::Sql, {QStringLiteral("reading the catalog"), q.lastError().text()});
    while (q.next()) {
        if (const auto kind = Catalog::kindFromKey(q.value(0).toString()))
            m_catalog.addUserValue(*kind, q.value(1).toString());
    }
    return {};
}

Result<void> CatalogStore::addValue(CatalogKind kind, const QString& value)
{
    const QString v = value.trimmed();
    if (v.isEmpty() || !Catalog::isExtendable(kind) || m_catalog.contains(kind, v))
        return {};
    QSqlDatabase db = m_db.connection();
    WriteTransaction t(db, QStringLiteral("adding a catalog value"));
    if (auto e = t.startError())
        return *e;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO catalog_value (kind, value, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(Catalog::kindKey(kind));
    q.addBindValue(v);
    q.addBindValue(Clock::nowUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Error::make(ErrorCode::Sql, {QStringLiteral("adding a catalog value"), q.lastError().text()});
    if (auto e = t.commit())
        return *e;
    m_catalog.addUserValue(kind, v);
    emit catalogChanged(kind);
    return {};
}

Result<void> CatalogStore::learnFrom(const BrandProfile& profile)
{
    if (auto r = addValue(CatalogKind::Sector, profile.sector); !r)
        return r;
    if (auto r = addValue(CatalogKind::CtaStyle, profile.ctaStyle); !r)
        return r;
    for (const QString& voice : profile.brandVoice) {
        if (auto r = addValue(CatalogKind::Voice, voice); !r)
            return r;
    }
    return {};
}

} // namespace reel
