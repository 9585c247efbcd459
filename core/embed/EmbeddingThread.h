#pragma once

#include "common/Result.h"
#include "embed/Embedder.h"

#include <QStringList>

#include <functional>
#include <memory>

class QThread;
class QObject;

namespace reel {

/// A network embedder on a thread of its own, asked synchronously by the index worker.
///
/// The index worker runs FAISS and must finish one job before the next: it cannot hand its own
/// event loop to a network reply (a nested event loop there would run queued shutdowns and
/// library edits in the middle of a rebuild). So the embedder lives here, with its own network
/// manager and event loop; embed() waits for its answer — checking `cancelled` every few
/// milliseconds — and a cancel or shutdown ends the wait at once.
class EmbeddingThread
{
public:
    using Factory = std::function<std::unique_ptr<Embedder>()>;

    /// `make` runs on the new thread; `threadEnd` runs there after the embedder is gone (e.g. to
    /// release that thread's database connection).
    explicit EmbeddingThread(Factory make, std::function<void()> threadEnd = {});
    /// Cancels what is running and joins the thread (within about a second even when the
    /// server is silent).
    ~EmbeddingThread();
    EmbeddingThread(const EmbeddingThread&) = delete;
    EmbeddingThread& operator=(const EmbeddingThread&) = delete;

    /// The embedder's identity as of its last answer (a network embedder learns its size from it).
    EmbedderIdentity identity() const;

    /// Embeds `texts`, waiting for the answer. Returns Cancelled as soon as `cancelled()` says so.
    Result<QList<Vector>> embed(const QStringList& texts, const QStringList& languages,
                                const std::function<bool()>& cancelled = {});

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QThread* m_thread = nullptr;
    QObject* m_context = nullptr; ///< lives on m_thread; owns nothing
};

} // namespace reel
