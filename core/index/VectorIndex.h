#pragma once

#include "common/Result.h"
#include "embed/Embedder.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace reel {

/// What the index knows of each example besides its vector: enough to filter before searching.
struct IndexedItem
{
    qint64 rowId = 0;
    QString language;
    QString sector;
    QString hookType;
    QString emotion;
    QString goal;
    QString contentHash;
};

/// Identifies an index file set; a mismatch with what the app expects means "rebuild".
struct IndexManifest
{
    static constexpr int kFormatVersion = 1;
    int formatVersion = kFormatVersion;
    QString embedder; ///< EmbedderIdentity::key()
    int dimension = 0;
    qint64 count = 0;
    QString contentHash; ///< over every item's row id and content hash, in order
};

/// Exact inner-product search over normalised vectors (FAISS IndexFlatIP), with filtering done
/// *before* the search: only positions whose item passes the filter are scored (an IDSelector
/// bitmap), so a rare sector is never crowded out of an unfiltered top-k. Positions are the
/// flat index's sequential ids, mapped to database rows here (DOMAIN.md §6: IndexIDMap cannot
/// take a selector on FAISS 1.7.3). Not thread-safe: used from the index worker thread only.
class VectorIndex
{
public:
    explicit VectorIndex(int dimension);
    ~VectorIndex();
    VectorIndex(const VectorIndex&) = delete;
    VectorIndex& operator=(const VectorIndex&) = delete;

    int dimension() const;
    qsizetype size() const;
    const QList<IndexedItem>& items() const { return m_items; }

    void add(const IndexedItem& item, const Vector& vector);
    void add(const QList<IndexedItem>& items, const QList<Vector>& vectors);
    bool remove(qint64 rowId);
    /// Replaces the vector and metadata of a row (or adds it).
    void upsert(const IndexedItem& item, const Vector& vector);
    void clear();

    struct Hit
    {
        qint64 rowId = 0;
        float score = 0;
        qsizetype position = 0;
    };
    /// The `k` best items that pass `filter` (all items when it is empty), best first.
    QList<Hit> search(const Vector& query, int k, const std::function<bool(const IndexedItem&)>& filter = {}) const;
    /// The stored vector of a position (for diversity re-ranking).
    Vector vectorAt(qsizetype position) const;

    QString contentHash() const;

    /// Writes the index, its items and the manifest into `folder` atomically (each file through
    /// a temporary file and a rename; the manifest last).
    Result<void> save(const QString& folder, const QString& embedderKey) const;
    /// Reads an index back; any mismatch, truncation or damage is an error (the caller rebuilds).
    static Result<std::unique_ptr<VectorIndex>> load(const QString& folder, const QString& expectedEmbedderKey);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    QList<IndexedItem> m_items;
};

} // namespace reel
