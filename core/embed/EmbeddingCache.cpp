#include "embed/EmbeddingCache.h"

#include "store/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <cstring>

namespace reel {

namespace {

QByteArray toBlob(const Vector& v)
{
    QByteArray blob(v.size() * qsizetype(sizeof(float)), Qt::Uninitialized);
    std::memcpy(blob.data(), v.constData(), static_cast<size_t>(blob.size()));
    return blob;
}

Error sqlError(const QString& operation, const QSqlQuery& q)
{
    return Error::make(ErrorCode::Sql, {operation, q.lastError().text()});
}

} // namespace

EmbeddingCache::EmbeddingCache(Database& database)
    : m_db(database)
{}

QString EmbeddingCache::hashOf(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QHash<QString, Vector>> EmbeddingCache::get(const QString& model, int dimension, const QStringList& hashes) const
{
    QHash<QString, Vector> out;
    QSqlDatabase db = m_db.connection();
    constexpr qsizetype kChunk = 400; // well under SQLite's bound-parameter limit
    for (qsizetype start = 0; start < hashes.size(); start += kChunk) {
        const QStringList part = hashes.mid(start, kChunk);
        QStringList marks(part.size(), QStringLiteral("?"));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT content_hash, vector FROM embedding_cache WHERE model = ? "
                                 "AND (? = 0 OR dimension = ?) AND content_hash IN (%1)")
                          .arg(marks.join(u',')));
        q.addBindValue(model);
        q.addBindValue(dimension);
        q.addBindValue(dimension);
        for (const QString& h : part)
            q.addBindValue(h);
        if (!q.exec())
            return sqlError(QStringLiteral("reading cached embeddings"), q);
        while (q.next()) {
            const QByteArray blob = q.value(1).toByteArray();
            const qsizetype floats = blob.size() / qsizetype(sizeof(float));
            if (floats == 0 || blob.size() % qsizetype(sizeof(float)) != 0 || (dimension > 0 && floats != dimension))
                continue; // a damaged row is simply embedded again
            Vector v(floats);
            std::memcpy(v.data(), blob.constData(), static_cast<size_t>(blob.size()));
            out.insert(q.value(0).toString(), v);
        }
    }
    return out;
}

Result<void> EmbeddingCache::put(const QString& model, const QList<QPair<QString, Vector>>& vectors)
{
    if (vectors.isEmpty())
        return {};
    QSqlDatabase db = m_db.connection();
    WriteTransaction t(db, QStringLiteral("caching embeddings"));
    if (auto e = t.startError())
        return *e;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO embedding_cache (model, content_hash, dimension, vector, "
                             "created_at) VALUES (?, ?, ?, ?, ?)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const auto& [hash, vector] : vectors) {
        q.addBindValue(model);
        q.addBindValue(hash);
        q.addBindValue(int(vector.size()));
        q.addBindValue(toBlob(vector));
        q.addBindValue(now);
        if (!q.exec())
            return sqlError(QStringLiteral("caching embeddings"), q);
    }
    if (auto e = t.commit())
        return *e;
    return {};
}

Result<qint64> EmbeddingCache::count(const QString& model) const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM embedding_cache WHERE model = ?"));
    q.addBindValue(model);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("counting cached embeddings"), q);
    return q.value(0).toLongLong();
}

} // namespace reel
