#pragma once

#include "common/Result.h"
#include "embed/Embedder.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace reel {

class Database;
class EmbeddingCache;
class RetrievalIndex;

/// Which embedder a workspace's index is made with (and from what size it adds IVF), kept in the workspace (`meta`
/// table) so the GUI and the CLI agree. The API key is never stored here: it is filled in at run time from the keychain
/// or $OPENAI_API_KEY.
struct EmbedderSettings
{
    enum class Kind
    {
        Lexical, ///< offline, the default
        OpenAi,  ///< any OpenAI-compatible /v1/embeddings endpoint
    };
    Kind kind = Kind::Lexical;
    QUrl baseUrl;
    QString model;
    int dimensions = 0; ///< text-embedding-3 only; 0 = the model's own size
    QString apiKey;     ///< run time only
    /// From this many examples on, the index adds an IVF accelerator (VectorIndex::optimize).
    qint64 ivfThreshold = kDefaultIvfThreshold;
    static constexpr qint64 kDefaultIvfThreshold = 100'000;

    static Result<EmbedderSettings> load(Database& database);
    Result<void> save(Database& database) const;
    /// "lexical" or "openai:<model>" — the identity id the index manifest records.
    QString id() const;

    friend bool operator==(const EmbedderSettings&, const EmbedderSettings&) = default;
};

/// The network embedder the settings call for, or nullptr for the lexical one (the retrieval
/// index owns its lexical embedder because it fits it to the library). Create it on the thread
/// that will use it.
std::unique_ptr<Embedder> createRemoteEmbedder(const EmbedderSettings& settings, EmbeddingCache* cache);

/// Makes `index` use the network embedder the settings call for (on its own thread, with the
/// workspace's embedding cache on that thread's database connection), or the lexical one.
void useEmbedder(RetrievalIndex& index, const EmbedderSettings& settings, Database& database);

} // namespace reel
