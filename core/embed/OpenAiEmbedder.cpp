#include "embed/OpenAiEmbedder.h"

#include "common/InputLimits.h"
#include "embed/EmbeddingCache.h"
#include "llm/ApiCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cmath>

namespace reel {

struct OpenAiEmbedder::Job
{
    QStringList texts;
    QStringList hashes;
    QList<Vector> vectors;           ///< by text position; empty until known
    QList<QList<qsizetype>> pending; ///< batches of positions of unique uncached texts
    QHash<QString, QList<qsizetype>> positionsOfHash;
    std::function<void(Result<QList<Vector>>)> done;
};

namespace {

ApiFailure badResponse(const QString& why, const ApiResponseInfo& info)
{
    ApiFailure f;
    f.kind = ApiFailure::Kind::BadResponse;
    f.status = info.status;
    f.message = why;
    f.requestId = info.requestId;
    f.retries = info.retries;
    return f;
}

bool normalise(Vector& v)
{
    double sum = 0;
    for (float x : v) {
        if (!std::isfinite(x))
            return false;
        sum += static_cast<double>(x) * x;
    }
    if (sum <= 0)
        return false;
    const auto inv = static_cast<float>(1.0 / std::sqrt(sum));
    for (float& x : v)
        x *= inv;
    return true;
}

} // namespace

OpenAiEmbedder::OpenAiEmbedder(ApiEndpoint endpoint, Options options, EmbeddingCache* cache, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_options(std::move(options))
    , m_cache(cache)
    , m_network(new QNetworkAccessManager(this))
    , m_dimension(supportsDimensions(m_options.model) ? m_options.dimensions : 0)
{
    if (m_dimension == 0) {
        if (m_options.model == u"text-embedding-3-large")
            m_dimension = 3072;
        else if (m_options.model == u"text-embedding-3-small" || m_options.model == u"text-embedding-ada-002")
            m_dimension = 1536;
    }
}

OpenAiEmbedder::~OpenAiEmbedder() = default;

EmbedderIdentity OpenAiEmbedder::identity() const
{
    return {QStringLiteral("openai:") + m_options.model, m_dimension, kVersion};
}

bool OpenAiEmbedder::supportsDimensions(const QString& model)
{
    return model.startsWith(u"text-embedding-3");
}

int OpenAiEmbedder::estimateTokens(const QString& text)
{
    return static_cast<int>(text.toUtf8().size() / 3 + 1);
}

QList<QList<qsizetype>> OpenAiEmbedder::batches(const QList<int>& tokenCounts, int maxInputs, int maxTokens)
{
    QList<QList<qsizetype>> out;
    QList<qsizetype> current;
    qint64 tokens = 0;
    for (qsizetype i = 0; i < tokenCounts.size(); ++i) {
        const int t = tokenCounts.at(i);
        if (!current.isEmpty() && (current.size() >= maxInputs || tokens + t > maxTokens)) {
            out.append(current);
            current.clear();
            tokens = 0;
        }
        current.append(i);
        tokens += t;
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

void OpenAiEmbedder::embed(const QStringList& texts, const QStringList&,
                           std::function<void(Result<QList<Vector>>)> done)
{
    if (m_job) {
        done(Error::make(ErrorCode::Cancelled, {QStringLiteral("embedding (another one is running)")}));
        return;
    }
    auto job = std::make_unique<Job>();
    job->texts = texts;
    job->done = std::move(done);
    job->vectors.resize(texts.size());
    for (const QString& t : texts)
        job->hashes.append(EmbeddingCache::hashOf(t));

    if (m_cache) {
        auto cached = m_cache->get(identity().id, m_dimension, job->hashes);
        if (!cached) {
            job->done(cached.error());
            return;
        }
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const auto it = cached->constFind(job->hashes.at(i));
            if (it == cached->cend())
                continue;
            if (m_dimension == 0)
                m_dimension = int(it->size()); // learned from an earlier answer
            if (it->size() == m_dimension)
                job->vectors[i] = it.value();
        }
    }
    QList<qsizetype> unique; // first position of each uncached text
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (!job->vectors.at(i).isEmpty())
            continue;
        auto& positions = job->positionsOfHash[job->hashes.at(i)];
        if (positions.isEmpty())
            unique.append(i);
        positions.append(i);
    }
    QList<int> tokens;
    for (qsizetype i : unique)
        tokens.append(estimateTokens(texts.at(i)));
    for (const QList<qsizetype>& batch : batches(tokens, m_options.maxInputs, m_options.maxTokens)) {
        QList<qsizetype> positions;
        for (qsizetype b : batch)
            positions.append(unique.at(b));
        job->pending.append(positions);
    }
    m_job = std::move(job);
    sendNext();
}

void OpenAiEmbedder::sendNext()
{
    if (!m_job)
        return;
    if (m_job->pending.isEmpty()) {
        finish(m_job->vectors);
        return;
    }
    const QList<qsizetype> batch = m_job->pending.constFirst();
    QJsonArray input;
    for (qsizetype i : batch) {
        const QString& t = m_job->texts.at(i);
        input.append(t.isEmpty() ? QStringLiteral(" ") : t); // the API refuses empty strings
    }
    QJsonObject body{{QStringLiteral("model"), m_options.model},
                     {QStringLiteral("input"), input},
                     {QStringLiteral("encoding_format"), QStringLiteral("float")}};
    if (m_options.dimensions > 0 && supportsDimensions(m_options.model))
        body.insert(QStringLiteral("dimensions"), m_options.dimensions);

    ApiCall::Request request;
    request.path = QStringLiteral("embeddings");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto* call = new ApiCall(*m_network, m_endpoint, request, m_options.retry, m_options.timeouts, this);
    m_call = call;
    ++m_requestsSent;
    connect(call, &ApiCall::failed, this, [this, call](const ApiFailure& f) {
        call->deleteLater();
        finish(f.toError());
    });
    connect(call, &ApiCall::succeeded, this, [this, call, batch](const QByteArray& bytes, const ApiResponseInfo& info) {
        call->deleteLater();
        const QJsonArray data = parseJsonOrEmpty(bytes, limits::kAnswerBytes).object().value(u"data").toArray();
        if (data.size() != batch.size()) {
            finish(badResponse(QStringLiteral("expected %1 embeddings, got %2").arg(batch.size()).arg(data.size()),
                               info)
                           .toError());
            return;
        }
        QList<QPair<QString, Vector>> fresh;
        for (qsizetype n = 0; n < data.size(); ++n) {
            const QJsonObject item = data.at(n).toObject();
            const qsizetype index = item.contains(u"index") ? item.value(u"index").toInteger(-1) : n;
            const QJsonArray values = item.value(u"embedding").toArray();
            if (index < 0 || index >= batch.size() || values.isEmpty()) {
                finish(badResponse(QStringLiteral("embedding %1 is missing or malformed").arg(n), info).toError());
                return;
            }
            Vector v(values.size());
            for (qsizetype j = 0; j < values.size(); ++j)
                v[j] = static_cast<float>(values.at(j).toDouble(std::nan("")));
            if (m_dimension == 0)
                m_dimension = int(v.size());
            if (v.size() != m_dimension || !normalise(v)) {
                finish(badResponse(QStringLiteral("embedding %1 has %2 values, expected %3")
                                           .arg(n)
                                           .arg(v.size())
                                           .arg(m_dimension),
                                   info)
                               .toError());
                return;
            }
            const qsizetype position = batch.at(index);
            const QString& hash = m_job->hashes.at(position);
            for (qsizetype p : m_job->positionsOfHash.value(hash))
                m_job->vectors[p] = v;
            fresh.append({hash, v});
        }
        if (m_cache) {
            if (auto r = m_cache->put(identity().id, fresh); !r) {
                finish(r.error());
                return;
            }
        }
        m_job->pending.removeFirst();
        sendNext();
    });
    call->start();
}

void OpenAiEmbedder::cancel()
{
    if (m_call)
        m_call->cancel();
}

void OpenAiEmbedder::finish(Result<QList<Vector>> result)
{
    std::unique_ptr<Job> job = std::move(m_job);
    if (job)
        job->done(std::move(result));
}

} // namespace reel
