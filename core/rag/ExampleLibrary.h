#pragma once

#include "common/Result.h"
#include "model/Example.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

namespace reel {

class Database;

/// What the Examples manager and the CLI ask the library for. Empty members do not filter.
struct ExampleQuery
{
    QString language;
    QString sector;
    QString hookType;
    QString emotion;
    QString goal;
    std::optional<ExampleSource> source;
    /// Full-text search over hook, body, CTA, caption and hashtags (FTS5; words are ANDed,
    /// a trailing * matches prefixes). Text without a word character falls back to substring search.
    QString text;
    enum class Sort
    {
        Updated,
        Quality,
        Sector,
        HookType,
        Language
    } sort = Sort::Updated;
    bool ascending = false;
    int limit = -1;
    int offset = 0;
};

/// The example library in the workspace database: CRUD, full-text search, the bundled samples,
/// exact-duplicate detection and the quality score.
class ExampleLibrary : public QObject
{
    Q_OBJECT

public:
    /// Version of the library compiled into the application; seeding adds what a newer version brings.
    static constexpr int kBundledVersion = 1;

    explicit ExampleLibrary(Database& database, QObject* parent = nullptr);

    /// The examples shipped with the app (resources/examples/*.json).
    static QList<Example> bundledExamples();
    /// Adds the bundled examples a workspace does not have yet, once per bundled version (an
    /// example the user deleted stays deleted). Returns how many were added.
    Result<int> seedBundled();

    Result<QList<Example>> find(const ExampleQuery& query) const;
    Result<int> count(const ExampleQuery& query) const;
    Result<Example> get(qint64 id) const;
    /// The example holding the same text (content hash), if any.
    Result<std::optional<Example>> findDuplicate(const Example& example) const;

    /// Checks, scores and stores an example; an exact duplicate is refused (DuplicateExample).
    Result<Example> add(Example example);
    Result<Example> update(qint64 id, Example example);
    Result<void> remove(qint64 id);

    /// What addAll() did: every example added, or none and the reason for each refused one
    /// (its index in the list and InvalidInput or DuplicateExample).
    struct Batch
    {
        QList<Example> added;
        QList<QPair<qsizetype, Error>> refused;
    };
    /// Adds all `examples` in one transaction, or none of them when any is refused. A database
    /// failure is the error; exampleAdded is emitted for each only after the commit.
    Result<Batch> addAll(QList<Example> examples);
    /// Deletes the examples in one transaction (ids no longer there are skipped); returns how
    /// many were deleted. exampleRemoved is emitted for each after the commit.
    Result<int> removeAll(const QList<qint64>& ids);

    /// The example promoted from the script `originUuid`, if any.
    Result<std::optional<Example>> findPromoted(const QString& originUuid) const;

    /// 0…100, documented in the developer guide: completeness of the sections (40), engagement
    /// when known (30; 15 when unknown), and reviewers' average stars for an example promoted
    /// from a rated script (30: 1 star 0, 5 stars 30; neutral 15 when unrated).
    static double qualityOf(const Example& example);

signals:
    void exampleAdded(qint64 id);
    void exampleChanged(qint64 id);
    void exampleRemoved(qint64 id);

private:
    Result<Example> insert(Example example, bool emitSignal);
    Database& m_db;
};

} // namespace reel
