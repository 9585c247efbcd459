#pragma once

#include "common/Result.h"
#include "embed/EmbeddingThread.h"
#include "embed/LexicalEmbedder.h"
#include "index/VectorIndex.h"
#include "model/Example.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace reel {

class ExampleLibrary;

/// What to find examples for.
struct RetrievalRequest
{
    QString text; ///< what the Reel is about (topic, offer, pain points…)
    QString language = QStringLiteral("en");
    QString sector;
    QString hookType;
    QString emotion;
    QString goal;
    int k = 5;
    /// Maximal marginal relevance (λ = 0.5: relevance and novelty weigh the same).
    bool diverse = false;
    /// Lift examples with a better quality score (engagement, later ratings) within a step.
    bool weightByQuality = true;
};

/// One retrieved example, with the filters it matched (a subset of language, sector, hook_type,
/// emotion, goal) — fewer than asked when the search had to relax.
struct RetrievedExample
{
    Example example;
    float similarity = 0; ///< cosine similarity to the request
    float score = 0;      ///< the ranking score (similarity, quality-weighted)
    QStringList matched;
};

/// The filter relaxation order when fewer than k examples match everything: goal first, then
/// emotion, then hook type, then sector. Language is never relaxed: a script in another
/// language teaches a model the wrong words, and every supported language has bundled examples.
QStringList relaxationOrder();

/// The index of the example library, kept in `<workspace>/index/` and rebuilt from the
/// database whenever its manifest does not match (missing, damaged, other embedder, library
/// changed). Not thread-safe: owned by the index worker thread.
class RetrievalIndex
{
public:
    RetrievalIndex(ExampleLibrary& library, QString folder, int dimension = LexicalEmbedder::kDefaultDimension);
    ~RetrievalIndex();

    enum class State
    {
        Missing,
        UpToDate,
        Rebuilt
    };
    /// Loads the saved index when it matches the library, else rebuilds and saves it.
    /// `progress(done, total)` is called during a rebuild; returning false cancels it.
    Result<State> ensure(const std::function<bool(qsizetype, qsizetype)>& progress = {});
    Result<void> rebuild(const std::function<bool(qsizetype, qsizetype)>& progress = {});

    /// Keeps the index in step with one example (after add/update/delete), and saves it — or,
    /// with deferred saving, marks it for the next flush(). A crash before the flush only costs a
    /// rebuild at the next start: the saved manifest no longer matches the library.
    Result<void> upsert(const Example& example);
    Result<void> remove(qint64 rowId);
    void setDeferredSave(bool deferred) { m_deferSave = deferred; }
    bool hasUnsavedChanges() const { return m_dirty; }
    Result<void> flush();

    Result<QList<RetrievedExample>> retrieve(const RetrievalRequest& request);

    /// Library examples whose text is nearly the same as `example`'s (cosine similarity of their
    /// vectors at least `threshold`), most similar first; the example itself is left out.
    Result<QList<QPair<qint64, float>>> nearDuplicates(const Example& example, float threshold = 0.9f);

    /// Makes the index with a network embedder from now on (an empty factory: back to the lexical
    /// one). The embedder is made by `make` on a thread of its own (EmbeddingThread) and
    /// `threadEnd` runs there when it goes. The next ensure() rebuilds, since the manifest names
    /// another embedder.
    void setRemoteEmbedder(std::function<std::unique_ptr<Embedder>()> make, std::function<void()> threadEnd = {});
    /// What the vectors are made with (a network embedder's size may be 0 until its first answer).
    EmbedderIdentity identity() const;
    /// The manifest's embedder key: the identity, plus a fingerprint of the lexical IDF table.
    QString embedderKey() const;
    /// From this many examples on, the index adds an IVF accelerator (see VectorIndex).
    void setIvfThreshold(qsizetype threshold) { m_ivfThreshold = threshold; }
    /// Asked while a network embedding is waiting; returning true cancels it at once.
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    const VectorIndex* index() const { return m_index.get(); }
    QString folder() const { return m_folder; }

private:
    Result<void> save();
    Result<QList<Vector>> vectorize(const QStringList& texts, const QStringList& languages);
    Result<Vector> vectorizeOne(const QString& text, const QString& language);
    /// A network embedder whose size is not known yet learns it from one (cached) probe.
    Result<void> learnDimension();
    /// The library's current (row id, content hash) list, to compare with the index.
    Result<QString> libraryHash() const;

    ExampleLibrary& m_library;
    QString m_folder;
    LexicalEmbedder m_embedder;
    std::unique_ptr<EmbeddingThread> m_remote;
    std::function<bool()> m_cancelled;
    qsizetype m_ivfThreshold = 100'000;
    bool m_deferSave = false;
    bool m_dirty = false;
    std::unique_ptr<VectorIndex> m_index;
};

} // namespace reel
