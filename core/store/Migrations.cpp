#include "store/Database.h"

namespace reel {

// Never edit a released migration: append a new one. Tests upgrade from every version.
const QList<Migration>& Database::migrations()
{
    static const QList<Migration> list = {
            {1,
             QStringLiteral("brand profiles and user catalog values"),
             {
                     QStringLiteral("CREATE TABLE brand_profile ("
                                    " id INTEGER PRIMARY KEY,"
                                    " uuid TEXT NOT NULL UNIQUE,"
                                    " name TEXT NOT NULL COLLATE NOCASE UNIQUE,"
                                    " sector TEXT NOT NULL,"
                                    " document TEXT NOT NULL CHECK (json_valid(document)),"
                                    " created_at TEXT NOT NULL,"
                                    " updated_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX brand_profile_sector ON brand_profile(sector)"),
                     QStringLiteral("CREATE TABLE catalog_value ("
                                    " kind TEXT NOT NULL,"
                                    " value TEXT NOT NULL COLLATE NOCASE,"
                                    " created_at TEXT NOT NULL,"
                                    " PRIMARY KEY (kind, value))"),
             }},
    };
    return list;
}

int Database::latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace reel
