#pragma once

#include "embed/Embedder.h"
#include "llm/ApiTypes.h"
#include "llm/RetryPolicy.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace reel {

class ApiCall;
class EmbeddingCache;

/// Embeddings from any OpenAI-compatible `/v1/embeddings` endpoint (OpenAI, Ollama, LM Studio,
/// vLLM, llama.cpp…). Texts whose vectors are cached (EmbeddingCache, by model and text hash)
/// are not sent; the rest go in batches of at most `maxInputs` texts and `maxTokens` estimated
/// tokens (the API's limits: 2,048 inputs and 300k tokens a request), one request at a time, each with the API retry
/// policy. `dimensions` is sent only to text-embedding-3 models. Returned vectors are L2-normalised. Lives on the
/// thread that created it (its network manager is there).
class OpenAiEmbedder final : public QObject, public Embedder
{
    Q_OBJECT

public:
    struct Options
    {
        QString model = QStringLiteral("text-embedding-3-small");
        int dimensions = 0; ///< 0: the model's own size (learned from the first answer)
        int maxInputs = 2048;
        int maxTokens = 300'000;
        RetryPolicy retry;
        ApiTimeouts timeouts;
    };
    static constexpr int kVersion = 1;

    /// `cache` may be null (no caching); it must outlive the embedder.
    OpenAiEmbedder(ApiEndpoint endpoint, Options options, EmbeddingCache* cache = nullptr, QObject* parent = nullptr);
    ~OpenAiEmbedder() override;

    EmbedderIdentity identity() const override;
    void embed(const QStringList& texts, const QStringList& languages,
               std::function<void(Result<QList<Vector>>)> done) override;
    void cancel() override;

    /// Whether the model takes a `dimensions` parameter (the text-embedding-3 family).
    static bool supportsDimensions(const QString& model);
    /// A safe over-estimate of a text's token count (UTF-8 bytes / 3 + 1), for batching.
    static int estimateTokens(const QString& text);
    /// Splits item indexes into batches that respect both limits (a lone item over the token
    /// limit still forms its own batch; the server then says what is wrong).
    static QList<QList<qsizetype>> batches(const QList<int>& tokenCounts, int maxInputs, int maxTokens);

    /// How many HTTP requests embed() has sent (tests, statistics).
    int requestsSent() const { return m_requestsSent; }

private:
    struct Job;
    void sendNext();
    void finish(Result<QList<Vector>> result);

    ApiEndpoint m_endpoint;
    Options m_options;
    EmbeddingCache* m_cache;
    QNetworkAccessManager* m_network;
    std::unique_ptr<Job> m_job;
    QPointer<ApiCall> m_call;
    int m_dimension = 0;
    int m_requestsSent = 0;
};

} // namespace reel
