#include "embed/EmbedderSettings.h"

#include "embed/EmbeddingCache.h"
#include "embed/OpenAiEmbedder.h"
#include "rag/Retriever.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace reel {

namespace {

constexpr auto kKind = "embedder.kind";
constexpr auto kBaseUrl = "embedder.base_url";
constexpr auto kModel = "embedder.model";
constexpr auto kDimensions = "embedder.dimensions";
constexpr auto kIvfThreshold = "embedder.ivf_threshold";

} // namespace

Result<EmbedderSettings> EmbedderSettings::load(Database& database)
{
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'embedder.%'")))
        return Error::make(ErrorCode::Sql, {QStringLiteral("reading the embedder settings"), q.lastError().text()});
    EmbedderSettings s;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String(kKind))
            s.kind = value == u"openai" ? Kind::OpenAi : Kind::Lexical;
        else if (key == QLatin1String(kBaseUrl))
            s.baseUrl = QUrl(value);
        else if (key == QLatin1String(kModel))
            s.model = value;
        else if (key == QLatin1String(kDimensions))
            s.dimensions = value.toInt();
        else if (key == QLatin1String(kIvfThreshold) && value.toLongLong() > 0)
            s.ivfThreshold = value.toLongLong();
    }
    if (s.kind == Kind::OpenAi && (s.model.isEmpty() || !s.baseUrl.isValid())) {
        // Incomplete settings fall back to the offline embedder.
        s.kind = Kind::Lexical;
        s.model.clear();
        s.baseUrl.clear();
    }
    return s;
}

Result<void> EmbedderSettings::save(Database& database) const
{
    QSqlDatabase db = database.connection();
    WriteTransaction t(db, QStringLiteral("saving the embedder settings"));
    if (auto e = t.startError())
        return *e;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    const QList<QPair<const char*, QString>> values{{kKind, kind == Kind::OpenAi ? QStringLiteral("openai")
                                                                                 : QStringLiteral("lexical")},
                                                    {kBaseUrl, baseUrl.toString()},
                                                    {kModel, model},
                                                    {kDimensions, QString::number(dimensions)},
                                                    {kIvfThreshold, QString::number(ivfThreshold)}};
    for (const auto& [key, value] : values) {
        q.addBindValue(QString::fromLatin1(key));
        q.addBindValue(value.isNull() ? QStringLiteral("") : value); // the column is NOT NULL
        if (!q.exec())
            return Error::make(ErrorCode::Sql, {QStringLiteral("saving the embedder settings"), q.lastError().text()});
    }
    if (auto e = t.commit())
        return *e;
    return {};
}

QString EmbedderSettings::id() const
{
    return kind == Kind::OpenAi ? QStringLiteral("openai:") + model : QStringLiteral("lexical");
}

std::unique_ptr<Embedder> createRemoteEmbedder(const EmbedderSettings& settings, EmbeddingCache* cache)
{
    if (settings.kind != EmbedderSettings::Kind::OpenAi)
        return nullptr;
    ApiEndpoint endpoint;
    endpoint.baseUrl = settings.baseUrl;
    endpoint.apiKey = settings.apiKey;
    OpenAiEmbedder::Options options;
    options.model = settings.model;
    options.dimensions = settings.dimensions;
    return std::make_unique<OpenAiEmbedder>(endpoint, options, cache);
}

void useEmbedder(RetrievalIndex& index, const EmbedderSettings& settings, Database& database)
{
    index.setIvfThreshold(settings.ivfThreshold);
    if (settings.kind != EmbedderSettings::Kind::OpenAi) {
        index.setRemoteEmbedder({});
        return;
    }
    // The cache reads and writes through the embedding thread's own connection, released there.
    auto cache = std::make_shared<EmbeddingCache>(database);
    index.setRemoteEmbedder([settings, cache] { return createRemoteEmbedder(settings, cache.get()); },
                            [&database] { database.releaseThreadConnection(); });
}

} // namespace reel
