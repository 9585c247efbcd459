#pragma once

#include "common/Result.h"
#include "embed/Embedder.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

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
    static constexpr int kFormatVersion = 2; ///< 2: optional IVF accelerator
    int formatVersion = kFormatVersion;
    QString embedder; ///< EmbedderIdentity::key()
    int dimension = 0;
    qint64 count = 0;
    QString contentHash; ///< over every item's row id and content hash, in order
};

/// Inner-product search over normalised vectors with filtering done *before* the search: only
/// items that pass the filter are scored (an IDSelector bitmap), so a rare sector is never
/// crowded out of an unfiltered top-k.
///
/// The vectors live in a FAISS IndexFlatIP whose sequential ids (positions) are mapped to
/// database rows here (FAISS 1.7.3's IndexIDMap cannot take an ID selector in a search); search
/// over it is exact. Above a size threshold, optimize() adds an IVF accelerator (an inverted
/// file over 8-bit scalar-quantised codes, keyed by row id): a query probes the closest lists,
/// more of them the rarer the filter, and the candidates are re-scored exactly from the flat
/// vectors; when the probed lists hold too few matching items, the search falls back to the
/// exact scan. bench_retrieval measures its recall against exact search.
/// Not thread-safe: used from the index worker thread only.
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

    /// Builds the IVF accelerator when the index holds at least `ivfThreshold` items (and drops it
    /// below half that). Training takes seconds at 100k; call it off the GUI thread.
    void optimize(qsizetype ivfThreshold);
    bool hasIvf() const;
    /// Lists probed per query for an unfiltered search (more for a selective filter).
    void setProbes(int probes) { m_probes = probes; }
    /// Memory held by the vectors (flat + IVF codes), in bytes.
    qint64 memoryBytes() const;

    struct Hit
    {
        qint64 rowId = 0;
        float score = 0;
        qsizetype position = 0;
    };
    /// The `k` best items that pass `filter` (all items when it is empty), best first.
    QList<Hit> search(const Vector& query, int k, const std::function<bool(const IndexedItem&)>& filter = {}) const;
    /// The same, always by the exact scan (the reference the IVF path is measured against).
    QList<Hit> searchExact(const Vector& query, int k,
                           const std::function<bool(const IndexedItem&)>& filter = {}) const;
    /// The stored vector of a position (for diversity re-ranking).
    Vector vectorAt(qsizetype position) const;

    QString contentHash() const;

    /// Writes the index, its items and the manifest into `folder` atomically (each file through
    /// a temporary file and a rename; the manifest last).
    Result<void> save(const QString& folder, const QString& embedderKey) const;
    /// Reads an index back; any mismatch, truncation or damage is an error (the caller rebuilds).
    static Result<std::unique_ptr<VectorIndex>> load(const QString& folder, const QString& expectedEmbedderKey);

private:
    void reindexPositions();
    QList<Hit> exactOver(const Vector& query, int k, const std::vector<uint8_t>* bitmap, qsizetype allowed) const;

    struct Impl;
    std::unique_ptr<Impl> d;
    QList<IndexedItem> m_items;
    QHash<qint64, qsizetype> m_positionOfRow;
    int m_probes = 48;
};

} // namespace reel
