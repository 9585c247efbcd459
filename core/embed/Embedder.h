#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace reel {

/// What made a vector: vectors of different identities are never compared (the index manifest
/// records it and rebuilds when it changes).
struct EmbedderIdentity
{
    QString id; ///< "lexical" or "openai:<model>"
    int dimension = 0;
    int version = 0;

    QString key() const { return QStringLiteral("%1/%2/v%3").arg(id).arg(dimension).arg(version); }
    friend bool operator==(const EmbedderIdentity&, const EmbedderIdentity&) = default;
};

using Vector = QVector<float>;

/// Turns texts into L2-normalised vectors. `done` is called exactly once, possibly before
/// embed() returns (the lexical embedder) or later from the caller's event loop (a network one).
class Embedder
{
public:
    virtual ~Embedder() = default;
    virtual EmbedderIdentity identity() const = 0;
    /// `languages` holds one catalog language id per text (stemming and segmentation follow it).
    virtual void embed(const QStringList& texts, const QStringList& languages,
                       std::function<void(Result<QList<Vector>>)> done) = 0;
    /// Stops the embedding in progress, if any; its `done` reports ErrorCode::Cancelled or an
    /// Api error of kind "cancelled".
    virtual void cancel() {}
};

} // namespace reel
