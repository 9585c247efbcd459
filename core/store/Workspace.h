#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

namespace reel {

class CatalogStore;
class ExampleLibrary;
class Database;
class ProfileStore;
class RulePackStore;

/// A workspace folder: `workspace.sqlite` (the source of truth), `index/` (derived FAISS
/// files) and `exports/`. Owns the database and the stores built on it.
class Workspace
{
public:
    static constexpr auto kEnvironmentVariable = "REELSTUDIO_WORKSPACE";
    static constexpr auto kDatabaseFileName = "workspace.sqlite";

    /// The folder to use: `commandLineFolder` when given, else $REELSTUDIO_WORKSPACE, else
    /// `workspace` under the platform's application-data folder (QStandardPaths).
    static QString resolveFolder(const QString& commandLineFolder = {});

    /// Creates the folder if needed and opens (or creates, or upgrades) its database.
    static Result<std::unique_ptr<Workspace>> open(const QString& folder);

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    QString folder() const { return m_folder; }
    QString databasePath() const;
    QString indexFolder() const;
    QString exportsFolder() const;
    /// Where generated scripts go when the database cannot save them (history files to import).
    QString recoveryFolder() const;

    Database& database() { return *m_database; }
    ProfileStore& profiles() { return *m_profiles; }
    CatalogStore& catalog() { return *m_catalog; }
    /// The platform rule pack in force (built in, or an updated pack the user loaded).
    RulePackStore& rules() { return *m_rules; }
    /// The example library (seeded with the bundled samples on first open).
    ExampleLibrary& examples() { return *m_examples; }

private:
    Workspace() = default;

    QString m_folder;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<RulePackStore> m_rules;
    std::unique_ptr<ExampleLibrary> m_examples;
};

} // namespace reel
