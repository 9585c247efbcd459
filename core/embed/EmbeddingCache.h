#pragma once

#include "common/Result.h"
#include "embed/Embedder.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace reel {

class Database;

/// Vectors already paid for, in the workspace's `embedding_cache` table, keyed by (model, SHA-256
/// of the text): an unchanged example is never sent to an embedding API twice. Uses the calling
/// thread's database connection.
class EmbeddingCache
{
public:
    explicit EmbeddingCache(Database& database);

    static QString hashOf(const QString& text);

    /// The cached vectors among `hashes` (hash → vector), of `dimension` (0: any size).
    Result<QHash<QString, Vector>> get(const QString& model, int dimension, const QStringList& hashes) const;
    /// Stores (hash, vector) pairs in one transaction.
    Result<void> put(const QString& model, const QList<QPair<QString, Vector>>& vectors);
    Result<qint64> count(const QString& model) const;

private:
    Database& m_db;
};

} // namespace reel
