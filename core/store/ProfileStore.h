#pragma once

#include "common/Result.h"
#include "model/BrandProfile.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace reel {

class Database;

/// A brand profile as kept in the workspace.
struct StoredProfile
{
    qint64 id = 0;
    QString uuid;
    BrandProfile profile;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// Brand profiles in the workspace database. Names are unique ignoring case. Every write
/// checks the profile with checkProfile() first, so nothing invalid is stored; the whole
/// profile, unknown members included, is kept as its JSON document.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(Database& database, QObject* parent = nullptr);

    Result<QList<StoredProfile>> list() const;
    Result<StoredProfile> get(qint64 id) const;
    Result<StoredProfile> findByName(const QString& name) const;

    Result<StoredProfile> create(const BrandProfile& profile);
    Result<StoredProfile> update(qint64 id, const BrandProfile& profile);
    /// A copy named "<name> (copy)", "<name> (copy 2)", …
    Result<StoredProfile> duplicate(qint64 id);
    Result<void> remove(qint64 id);
    /// Puts back a removed profile with its id, uuid and dates (undo of remove).
    Result<StoredProfile> restore(const StoredProfile& removed);

    /// `base` if no profile has that name, else `base (2)`, `base (3)`, …
    QString uniqueName(const QString& base) const;

signals:
    void profileAdded(qint64 id);
    void profileChanged(qint64 id);
    void profileRemoved(qint64 id);

private:
    Result<StoredProfile> insert(const StoredProfile& row);
    Database& m_db;
};

} // namespace reel
