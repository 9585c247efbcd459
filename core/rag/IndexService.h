#pragma once

#include "common/Error.h"
#include "embed/EmbedderSettings.h"
#include "rag/Retriever.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace reel {

class Database;
class IndexWorker;

/// The GUI-thread face of retrieval. All index work — embedding, building, saving, searching —
/// runs on one long-lived worker thread (FAISS must not run on the GUI thread nor on many
/// threads at once); requests go there as queued calls and results come back as signals.
/// A rebuild reports progress with an estimate of the time left and can be cancelled; one that
/// was interrupted (the app quit) is redone at the next start, because the saved manifest no
/// longer matches the library.
class IndexService : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Unknown,
        Loading,
        UpToDate,
        Stale,
        Rebuilding,
        Failed
    };
    Q_ENUM(State)

    IndexService(Database& database, const QString& indexFolder, QObject* parent = nullptr);
    ~IndexService() override;

    State state() const { return m_state; }
    /// "lexical/512/v1" — what the index is made with.
    QString embedderKey() const { return m_embedderKey; }

    /// Makes the index with `settings`' embedder from now on (a different embedder means a
    /// rebuild). The settings are not saved here (EmbedderSettings::save does that).
    void setEmbedder(const EmbedderSettings& settings);
    EmbedderSettings embedderSettings() const { return m_settings; }

    /// Loads the saved index, or rebuilds it when it is missing, damaged or out of date.
    void ensure();
    void rebuild();
    /// Stops a rebuild at the next batch; the previous state of the index files is kept.
    void cancel();
    /// The library changed: the index is updated in the background.
    void exampleChanged(qint64 id);
    void exampleRemoved(qint64 id);
    /// Answers with retrieved(ticket, …) or retrievalFailed(ticket, …).
    quint64 retrieve(const RetrievalRequest& request);
    /// Library examples whose text is nearly the same as `example`'s (cosine similarity at least
    /// `threshold`; the example's own row is left out). Answers with nearDuplicatesFound(ticket, …).
    quint64 findNearDuplicates(const Example& example, float threshold = 0.9f);

signals:
    void stateChanged(reel::IndexService::State state);
    /// `etaSeconds` < 0 while unknown.
    void progress(qint64 done, qint64 total, double etaSeconds);
    void retrieved(quint64 ticket, const QList<reel::RetrievedExample>& examples);
    void retrievalFailed(quint64 ticket, const reel::Error& error);
    /// (row id, similarity) pairs, most similar first; empty when there are none or the check failed.
    void nearDuplicatesFound(quint64 ticket, const QList<QPair<qint64, float>>& duplicates);
    void failed(const reel::Error& error);
    /// The embedder in use changed or its vector size became known.
    void embedderChanged(const QString& key);

private:
    void setState(State state);

    QThread* m_thread = nullptr;
    IndexWorker* m_worker = nullptr;
    State m_state = State::Unknown;
    QString m_embedderKey;
    EmbedderSettings m_settings;
    quint64 m_nextTicket = 1;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace reel
