#include "store/Workspace.h"

#include "rag/ExampleLibrary.h"
#include "store/CatalogStore.h"
#include "store/Database.h"
#include "store/ProfileStore.h"
#include "validate/RulePackStore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace reel {

QString Workspace::resolveFolder(const QString& commandLineFolder)
{
    if (!commandLineFolder.isEmpty())
        return QDir::cleanPath(QFileInfo(commandLineFolder).absoluteFilePath());
    const QString fromEnvironment = qEnvironmentVariable(kEnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QFileInfo(fromEnvironment).absoluteFilePath());
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace");
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& folder)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error::make(ErrorCode::WorkspaceUnusable, {folder, QStringLiteral("it is a file, not a folder")});
    if (!QDir().mkpath(folder))
        return Error::make(ErrorCode::WorkspaceUnusable, {folder, QStringLiteral("the folder cannot be created")});

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    auto db = Database::open(ws->databasePath());
    if (!db)
        return db.error();
    ws->m_database = std::move(db).value();
    ws->m_profiles = std::make_unique<ProfileStore>(*ws->m_database);
    ws->m_catalog = std::make_unique<CatalogStore>(*ws->m_database);
    ws->m_rules = std::make_unique<RulePackStore>(ws->m_folder);
    ws->m_examples = std::make_unique<ExampleLibrary>(*ws->m_database);
    if (auto seeded = ws->m_examples->seedBundled(); !seeded)
        return seeded.error();
    if (auto r = ws->m_catalog->load(); !r)
        return r.error();
    return ws;
}

Workspace::~Workspace()
{
    // Stores hold no connections of their own; the database goes last.
    m_examples.reset();
    m_rules.reset();
    m_catalog.reset();
    m_profiles.reset();
    m_database.reset();
}

QString Workspace::databasePath() const
{
    return m_folder + u'/' + QLatin1String(kDatabaseFileName);
}

QString Workspace::indexFolder() const
{
    return m_folder + QStringLiteral("/index");
}

QString Workspace::recoveryFolder() const
{
    return m_folder + QStringLiteral("/recovered");
}

QString Workspace::exportsFolder() const
{
    return m_folder + QStringLiteral("/exports");
}

} // namespace reel
