#pragma once

#include "catalog/Catalog.h"
#include "common/Result.h"
#include "model/BrandProfile.h"

#include <QObject>

namespace reel {

class Database;

/// The workspace's catalog: the built-in lists plus the values users added, which are kept
/// in the database so every profile and request of the workspace sees them.
class CatalogStore : public QObject
{
    Q_OBJECT

public:
    explicit CatalogStore(Database& database, QObject* parent = nullptr);

    /// Loads the user values; call once after opening the workspace.
    Result<void> load();
    const Catalog& catalog() const { return m_catalog; }

    /// Adds `value` to an extendable list. Already known values (ignoring case) are no-ops.
    Result<void> addValue(CatalogKind kind, const QString& value);
    /// Adds whatever a profile uses that the catalog lacks (its sector, voices, CTA style).
    Result<void> learnFrom(const BrandProfile& profile);

signals:
    void catalogChanged(reel::CatalogKind kind);

private:
    Database& m_db;
    Catalog m_catalog;
};

} // namespace reel
